using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Ingest.Dedup;

/// <summary>What <see cref="DuplicateDetector.Check"/> found: the id of the first copy, the kind
/// ("exact" or "near") and the estimated Jaccard similarity of their word 3-shingles.</summary>
public sealed record DuplicateMatch(string FirstId, string Kind, double Similarity);

/// <summary>
/// Finds articles seen before. Exact: SHA-256 of the text's lower-cased word sequence (so
/// whitespace, punctuation and case do not matter). Near: MinHash over word 3-shingles (128
/// hashes); two texts whose estimated Jaccard similarity is at least <see cref="NearSimilarity"/>
/// are the same story (edited words, an added or dropped paragraph, other furniture). Candidates
/// come from locality-sensitive hashing (32 bands of 4 hashes), so a check costs a few dictionary
/// look-ups, not a scan of everything seen. docs/ingest.md gives the measurements.
/// </summary>
public sealed class DuplicateDetector
{
    public const double NearSimilarity = 0.7;

    /// <summary>Texts with fewer words are only checked for exact copies: a few shingles say little.</summary>
    public const int MinWordsForNear = 30;

    private const int Hashes = 128, Bands = 32, Rows = Hashes / Bands;

    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly List<(uint[] Signature, string Id)> _signatures = [];
    private readonly Dictionary<ulong, List<int>>[] _bands = Enumerable.Range(0, Bands).Select(_ => new Dictionary<ulong, List<int>>()).ToArray();

    /// <summary>Returns the earlier copy of <paramref name="text"/>, or records it as new under <paramref name="id"/>.</summary>
    public DuplicateMatch? Check(string id, string text)
    {
        var words = Words(text);
        var exactKey = ExactKey(words);
        if (_exact.TryGetValue(exactKey, out var first)) return new DuplicateMatch(first, "exact", 1.0);
        if (words.Count >= MinWordsForNear)
        {
            var signature = MinHash(words);
            if (FindNear(signature) is { } near) return near;
            int index = _signatures.Count;
            _signatures.Add((signature, id));
            for (int band = 0; band < Bands; band++)
            {
                var key = BandKey(signature, band);
                if (!_bands[band].TryGetValue(key, out var list)) _bands[band][key] = list = [];
                list.Add(index);
            }
        }
        _exact[exactKey] = id;
        return null;
    }

    private DuplicateMatch? FindNear(uint[] signature)
    {
        DuplicateMatch? best = null;
        var seen = new HashSet<int>();
        for (int band = 0; band < Bands; band++)
        {
            if (!_bands[band].TryGetValue(BandKey(signature, band), out var list)) continue;
            foreach (int index in list)
            {
                if (!seen.Add(index)) continue;
                double similarity = Similarity(signature, _signatures[index].Signature);
                if (similarity >= NearSimilarity && (best is null || similarity > best.Similarity))
                    best = new DuplicateMatch(_signatures[index].Id, "near", similarity);
            }
        }
        return best;
    }

    /// <summary>Share of equal MinHash slots: an unbiased estimate of the shingle sets' Jaccard similarity.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        int equal = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) equal++;
        return equal / (double)a.Length;
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        ulong key = (ulong)band;
        for (int i = band * Rows; i < (band + 1) * Rows; i++) key = Mix(key ^ signature[i]);
        return key;
    }

    /// <summary>Lower-cased runs of letters and digits.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>(text.Length / 5);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    public static string ExactKey(List<string> words) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));

    /// <summary>The MinHash signature: for each of 128 hash functions, the least hash over all word 3-shingles.</summary>
    public static uint[] MinHash(List<string> words)
    {
        var signature = new uint[Hashes];
        Array.Fill(signature, uint.MaxValue);
        int shingles = Math.Max(1, words.Count - 2);
        for (int i = 0; i < shingles; i++)
        {
            ulong h = 14695981039346656037UL; // FNV-1a over the shingle's words
            for (int j = i; j < Math.Min(i + 3, words.Count); j++)
            {
                foreach (char c in words[j]) { h ^= c; h *= 1099511628211UL; }
                h ^= ' '; h *= 1099511628211UL;
            }
            for (int k = 0; k < Hashes; k++)
            {
                uint value = (uint)Mix(h + (ulong)k * 0x9E3779B97F4A7C15UL);
                if (value < signature[k]) signature[k] = value;
            }
        }
        return signature;
    }

    /// <summary>SplitMix64 finalizer: turns one shingle hash into many independent ones.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

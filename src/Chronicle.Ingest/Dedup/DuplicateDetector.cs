using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Ingest.Dedup;

/// <summary>What <see cref="DuplicateDetector.Check"/> found: the id of the first copy and the kind
/// ("exact" or "near"), or null when the text is new.</summary>
public sealed record DuplicateMatch(string FirstId, string Kind, int Distance);

/// <summary>
/// Finds articles seen before. Exact: SHA-256 of the text's lower-cased word sequence (so
/// whitespace, punctuation and case do not matter). Near: a 64-bit SimHash over word 3-shingles;
/// two texts whose SimHashes differ in at most <see cref="MaxNearDistance"/> bits are the same story
/// (a changed word, an added line, different boilerplate). Candidates are found through four
/// 16-bit bands (any two fingerprints within 3 bits agree on at least one band), so a check costs
/// a few dictionary look-ups, not a scan of everything seen. docs/ingest.md gives the measurements.
/// </summary>
public sealed class DuplicateDetector
{
    public const int MaxNearDistance = 3;

    /// <summary>Texts with fewer words are only checked for exact copies: their SimHash is too coarse.</summary>
    public const int MinWordsForNear = 50;

    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<ushort, List<(ulong Hash, string Id)>>[] _bands = [new(), new(), new(), new()];

    /// <summary>Returns the earlier copy of <paramref name="text"/>, or records it as new under <paramref name="id"/>.</summary>
    public DuplicateMatch? Check(string id, string text)
    {
        var words = Words(text);
        var exactKey = ExactKey(words);
        if (_exact.TryGetValue(exactKey, out var first)) return new DuplicateMatch(first, "exact", 0);
        if (words.Count >= MinWordsForNear)
        {
            ulong hash = SimHash(words);
            if (FindNear(hash) is { } near) return near;
            for (int band = 0; band < 4; band++)
            {
                var key = (ushort)(hash >> (band * 16));
                if (!_bands[band].TryGetValue(key, out var list)) _bands[band][key] = list = [];
                list.Add((hash, id));
            }
        }
        _exact[exactKey] = id;
        return null;
    }

    private DuplicateMatch? FindNear(ulong hash)
    {
        DuplicateMatch? best = null;
        for (int band = 0; band < 4; band++)
        {
            if (!_bands[band].TryGetValue((ushort)(hash >> (band * 16)), out var list)) continue;
            foreach (var (other, id) in list)
            {
                int distance = BitOperations.PopCount(hash ^ other);
                if (distance <= MaxNearDistance && (best is null || distance < best.Distance)) best = new DuplicateMatch(id, "near", distance);
            }
        }
        return best;
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

    /// <summary>Charikar's SimHash: each 3-word shingle votes +1/-1 on every bit of its 64-bit hash.</summary>
    public static ulong SimHash(List<string> words)
    {
        Span<int> votes = stackalloc int[64];
        int shingles = Math.Max(1, words.Count - 2);
        for (int i = 0; i < shingles; i++)
        {
            ulong h = 14695981039346656037UL; // FNV-1a over the shingle's words
            for (int j = i; j < Math.Min(i + 3, words.Count); j++)
            {
                foreach (char c in words[j]) { h ^= c; h *= 1099511628211UL; }
                h ^= ' '; h *= 1099511628211UL;
            }
            h = Mix(h);
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong result = 0;
        for (int bit = 0; bit < 64; bit++) if (votes[bit] > 0) result |= 1UL << bit;
        return result;
    }

    /// <summary>SplitMix64 finalizer: FNV's low bits are weak, SimHash needs every bit uniform.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

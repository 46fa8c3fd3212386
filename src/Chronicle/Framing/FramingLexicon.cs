using Chronicle.Knowledge;

namespace Chronicle.FramingAnalysis;

/// <summary>How far a loaded-language flag reaches beyond the matched phrase.</summary>
public enum FlagExtension : byte
{
    None,
    /// <summary>Also the following content word: "unprovoked" + "assassination".</summary>
    NextWord,
    /// <summary>A following capitalised name, else one content word: "so-called" + "Islamic State".</summary>
    Name,
}

public sealed record LoadedEntry(string Category, FlagExtension Extension, WordSet UnlessPrevious, WordSet UnlessNext);

public enum MarkerPlacement : byte { Line, Designation, Affiliation }

public sealed record MarkerEntry(string Kind, MarkerPlacement Placement);

/// <summary>
/// Chronicle's own framing lexicons, shipped inside the library (Framing/Data/*.tsv, embedded):
/// loaded and evaluative language with a category per entry, and publisher notes and disclaimers.
/// Loaded once per process; the tables are immutable and safe to share between threads.
/// </summary>
public sealed class FramingLexicon
{
    public const string Version = "framing-lexicon-v1";

    private static readonly Lazy<FramingLexicon> Shared = new(() => new FramingLexicon(
        ReadResource("loaded-language.tsv"), ReadResource("source-markers.tsv")));

    public static FramingLexicon Default => Shared.Value;

    public FramingLexicon(string loadedLanguageTsv, string sourceMarkersTsv)
    {
        LoadedTerms = new PhraseTable<LoadedEntry>(ParseLoaded(loadedLanguageTsv));
        var markers = ParseMarkers(sourceMarkersTsv).ToList();
        InlineMarkers = new PhraseTable<MarkerEntry>(markers.Where(m => m.Value.Placement != MarkerPlacement.Line));
        LineMarkers = markers.Where(m => m.Value.Placement == MarkerPlacement.Line)
            .OrderByDescending(m => m.Phrase.Length).Select(m => (m.Phrase, m.Value.Kind)).ToArray();
    }

    public PhraseTable<LoadedEntry> LoadedTerms { get; }
    public PhraseTable<MarkerEntry> InlineMarkers { get; }
    /// <summary>Phrases that open a note line, longest first.</summary>
    public (string Prefix, string Kind)[] LineMarkers { get; }

    private static IEnumerable<(string Phrase, LoadedEntry Value)> ParseLoaded(string tsv)
    {
        foreach (var (fields, line) in Rows(tsv, 5))
        {
            var extension = fields[1] switch
            {
                "-" => FlagExtension.None,
                "next" => FlagExtension.NextWord,
                "name" => FlagExtension.Name,
                _ => throw new FormatException($"framing lexicon line {line}: unknown extension '{fields[1]}'"),
            };
            var entry = new LoadedEntry(fields[0], extension, Words(fields[2]), Words(fields[3]));
            foreach (var phrase in fields[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return (phrase, entry);
        }
    }

    private static IEnumerable<(string Phrase, MarkerEntry Value)> ParseMarkers(string tsv)
    {
        foreach (var (fields, line) in Rows(tsv, 3))
        {
            var placement = fields[1] switch
            {
                "line" => MarkerPlacement.Line,
                "designation" => MarkerPlacement.Designation,
                "affiliation" => MarkerPlacement.Affiliation,
                _ => throw new FormatException($"source-marker list line {line}: unknown placement '{fields[1]}'"),
            };
            var entry = new MarkerEntry(fields[0], placement);
            foreach (var phrase in fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return (phrase, entry);
        }
    }

    private static IEnumerable<(string[] Fields, int Line)> Rows(string tsv, int columns)
    {
        int number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != columns) throw new FormatException($"framing data line {number}: expected {columns} tab-separated fields, found {fields.Length}");
            yield return (fields, number);
        }
    }

    private static readonly WordSet NoWords = new("");

    private static WordSet Words(string field) => field == "-" ? NoWords : new WordSet(field.Replace(',', ' '), ignoreCase: true);

    private static string ReadResource(string name)
    {
        var assembly = typeof(FramingLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("Chronicle.Framing.Data." + name)
            ?? throw new InvalidOperationException($"framing data '{name}' is missing from the Chronicle assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

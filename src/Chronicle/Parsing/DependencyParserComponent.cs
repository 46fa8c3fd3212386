using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Parsing;

/// <summary>
/// Pipeline component of the Parsing stage: fills <see cref="Document.Heads"/> (document token
/// indexes, -1 for each sentence root) and <see cref="Document.DependencyRelations"/>. It always parses
/// with the tags of its own model's tagger, never with <see cref="Document.PartOfSpeech"/> from another
/// tagger: the parser was trained on that tagger's (jackknifed) tags, in EWT's tag set (HYPH, NFP, ADD,
/// ...), and another tagger's conventions and error patterns would cost accuracy. Its tags are stored in
/// <see cref="Document.PartOfSpeech"/> only when no tagger filled it (so later components always find tags).
/// The model is loaded on first use, so pipelines that never parse pay nothing.
/// </summary>
public sealed class DependencyParserComponent : IDocumentComponent
{
    public const string ModelVersion = "parse-ewt-v3";
    private readonly Lazy<DependencyParser> _parser;

    public DependencyParserComponent(DependencyParser parser) => _parser = new(parser);
    private DependencyParserComponent(string path)
    {
        _parser = Loaded.GetOrAdd(Path.GetFullPath(path),
            p => new Lazy<DependencyParser>(() => DependencyParser.Load(p), LazyThreadSafetyMode.ExecutionAndPublication));
        // Start loading now, on another core, while the taggers load and the input is read: the first document
        // then waits for what is left of it, not for all of it. A failure is kept by the Lazy and reported on first use.
        Pipeline.ModelLoading.Preload(_parser);
    }

    /// <summary>One loaded model per file for the whole process: pipelines are cheap to build, the model is not
    /// (about 0.6 s and 200 MB), and a loaded parser is read-only and safe to share between threads.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<DependencyParser>> Loaded = new();

    /// <summary>The component over the default model in the catalog, or null when the model file is absent.</summary>
    public static DependencyParserComponent? TryCreate(ModelCatalog models) =>
        models.Find(DependencyParser.DefaultModelFile) is { } path ? new DependencyParserComponent(path) : null;

    public string Name => "parser";
    public PipelineStage Stage => PipelineStage.Parsing;
    public bool EnglishOnly => true;

    public void Process(Document document)
    {
        var parser = _parser.Value;
        int total = document.Tokens.Length;
        var heads = new int[total];
        var relations = new string[total];
        bool ownTags = document.PartOfSpeech is null; // keep a tagging component's tags for later components
        var pos = document.PartOfSpeech ?? new string[total];
        int longest = 0;
        foreach (var s in document.Sentences) longest = Math.Max(longest, s.TokenCount);
        var words = new WordInfo[longest];
        var tags = new int[longest];
        var sentenceHeads = new int[longest];
        var labels = new int[longest];
        foreach (var s in document.Sentences)
        {
            int n = s.TokenCount;
            if (n == 0) continue;
            for (int i = 0; i < n; i++) words[i] = parser.Describe(document.TokenSpan(s.FirstToken + i));
            parser.Tagger.Tag(words.AsSpan(0, n), tags.AsSpan(0, n));
            parser.Parse(words.AsSpan(0, n), tags.AsSpan(0, n), sentenceHeads.AsSpan(0, n), labels.AsSpan(0, n));
            for (int i = 0; i < n; i++)
            {
                int t = s.FirstToken + i;
                heads[t] = sentenceHeads[i] < 0 ? -1 : s.FirstToken + sentenceHeads[i];
                relations[t] = parser.RelationLabels[labels[i]];
                if (ownTags) pos[t] = parser.Tagger.Labels[tags[i]];
            }
        }
        // Tokens outside every sentence (none with the current splitter) stay unattached roots.
        for (int t = 0; t < total; t++) relations[t] ??= "dep";
        document.Heads = heads;
        document.DependencyRelations = relations;
        if (ownTags) document.PartOfSpeech = pos;
        document.Models["parse"] = ModelVersion;
    }
}

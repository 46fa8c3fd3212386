using Chronicle.Annotations;
using Chronicle.Ingest;
using Chronicle.Ingest.Html;
using Chronicle.Ingest.Sources;
using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Store.Tests;

/// <summary>Ingest into the store, on both databases: an interrupted or repeated run skips what is
/// stored unchanged (by content hash), and a component that fails costs its layer, not the article.</summary>
public abstract partial class StoreContractTests
{
    private static readonly string[] Stories =
    [
        "The harbour board of Valdoria approved a new ferry terminal on Monday. Building starts in June.",
        "Farmers in the northern valley said the late frost had ruined a third of the apple harvest.",
        "The city council voted to keep the old tram line open for another five years, officials said.",
    ];

    /// <summary>Tokens and sentences only: the ingest loop is under test, not the models.</summary>
    private static Analyzer SegmentingAnalyzer(params IDocumentComponent[] extra)
    {
        var builder = new DocumentPipelineBuilder().Use(new TokenizerComponent()).Use(new SentenceSplitterComponent());
        foreach (var component in extra) builder.Use(component);
        return new Analyzer(builder.Build());
    }

    private static IngestSummary Ingest(IEventStore store, string folder, bool force = false, Analyzer? analyzer = null) =>
        new IngestRunner(analyzer ?? SegmentingAnalyzer(), store, new SourceReader(1 << 20, null), new ArticleExtractor(), force)
            .Run(SourceReader.Units([folder]));

    private static string StoryFolder()
    {
        var dir = Directory.CreateTempSubdirectory("chronicle-ingest-").FullName;
        for (int i = 0; i < Stories.Length; i++) File.WriteAllText(Path.Combine(dir, $"story-{i}.txt"), Stories[i]);
        return dir;
    }

    [Fact]
    public void ContentHashIsKeptWithTheArticleAndReplacedWithIt()
    {
        using var store = Create();
        var article = SyntheticCorpus.Article(4, 2);
        article.ContentHash = ContentHash.Of(article.Text, null);
        store.Store(article);
        Assert.Equal(article.ContentHash, store.StoredContentHash(article.Id!));
        Assert.Null(store.StoredContentHash("no-such-article"));
        var again = SyntheticCorpus.Article(4, 2); // stored by a writer that keeps no hash
        store.Store(again);
        Assert.Null(store.StoredContentHash(article.Id!));
    }

    [Fact]
    public void ReRunningAnIngestSkipsUnchangedArticlesAndForceAnalyzesThemAgain()
    {
        using var store = Create();
        var dir = StoryFolder();
        try
        {
            var first = Ingest(store, dir);
            Assert.Equal((3, 0), (first.Analyzed, first.Unchanged));

            var second = Ingest(store, dir);
            Assert.Equal((0, 3), (second.Analyzed, second.Unchanged));
            Assert.Equal(3, store.Counts().Articles);

            File.WriteAllText(Path.Combine(dir, "story-1.txt"), Stories[1] + " Prices are expected to rise.");
            var third = Ingest(store, dir);
            Assert.Equal((1, 2), (third.Analyzed, third.Unchanged));
            Assert.EndsWith("expected to rise.", store.GetArticle(Path.Combine(dir, "story-1"))!.Text);

            var forced = Ingest(store, dir, force: true);
            Assert.Equal((3, 0), (forced.Analyzed, forced.Unchanged));
            Assert.Equal(3, store.Counts().Articles);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void AComponentThatThrowsCostsItsLayerNotTheArticle()
    {
        using var store = Create();
        var dir = StoryFolder();
        try
        {
            var summary = Ingest(store, dir, analyzer: SegmentingAnalyzer(new FailingDateComponent(), new ToneMarkComponent()));
            Assert.Equal(3, summary.Analyzed);
            Assert.Empty(summary.Failures);
            Assert.Equal(3, summary.ItemsWithComponentErrors);
            var stored = store.GetArticle(Path.Combine(dir, "story-0"))!;
            Assert.NotEmpty(stored.Sentences); // the layers before and after the failure are there
            Assert.Equal(1.0, stored.Framing.Tone);
            Assert.Empty(stored.Dates);        // the failed component's partial result is not
            var error = Assert.Single(stored.Errors!);
            Assert.Equal("failing-dates", error.Component);
            Assert.Equal("InvalidOperationException: a bug met half way", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A later stage than the failing one, to show the pipeline goes on.</summary>
    private sealed class ToneMarkComponent : IDocumentComponent
    {
        public string Name => "tone-mark";
        public PipelineStage Stage => PipelineStage.Framing;
        public bool EnglishOnly => false;
        public void Process(Document document) => document.Framing.Tone = 1.0;
    }

    /// <summary>Adds a date, then throws: a component with a bug half way through its work.</summary>
    private sealed class FailingDateComponent : IDocumentComponent
    {
        public string Name => "failing-dates";
        public PipelineStage Stage => PipelineStage.Time;
        public bool EnglishOnly => false;

        public void Process(Document document)
        {
            document.Dates.Add(new TimeExpression { Text = document.Text[..3], Start = 0, End = 3, Value = "2021", Type = "DATE" });
            throw new InvalidOperationException("a bug met half way");
        }
    }
}

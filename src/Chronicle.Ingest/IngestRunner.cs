using Chronicle.Annotations;
using Chronicle.Ingest.Dedup;
using Chronicle.Ingest.Html;
using Chronicle.Ingest.Sources;
using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Ingest;

/// <summary>Counts of one ingest run, and the reason for every failure.</summary>
public sealed class IngestSummary
{
    public int Read { get; set; }
    public int Analyzed { get; set; }
    /// <summary>Articles already stored with the same id and content hash, not analyzed again.</summary>
    public int Unchanged { get; set; }
    public int ExactDuplicates { get; set; }
    public int NearDuplicates { get; set; }
    public List<(string Input, string Problem)> Failures { get; } = [];
    /// <summary>Articles analyzed and stored, but a component failed on them (their output carries <c>errors</c>).</summary>
    public List<(string Input, ComponentError Error)> ComponentErrors { get; } = [];
    public int ItemsWithComponentErrors { get; set; }
}

/// <summary>
/// The ingest loop: read each source unit into items, find the article in HTML, skip duplicates
/// (linking them to the first copy in the sink), skip articles the sink already holds with the same
/// content hash (so an interrupted run resumes where it stopped; <paramref name="force"/> re-analyzes them),
/// analyze the rest and store them. A bad item is recorded with its reason and the batch goes on.
/// </summary>
public sealed class IngestRunner(Analyzer analyzer, IAnalysisSink sink, SourceReader reader, ArticleExtractor extractor, bool force = false)
{
    private readonly DuplicateDetector _duplicates = new();

    public IngestSummary Summary { get; } = new();

    /// <summary>Ingests every unit; <paramref name="unitDone"/> is called after each (for progress).</summary>
    public IngestSummary Run(IReadOnlyList<string> units, Action<string>? unitDone = null)
    {
        foreach (var unit in units)
        {
            foreach (var item in reader.Read(unit)) Process(item);
            unitDone?.Invoke(unit);
        }
        return Summary;
    }

    /// <summary>The text to analyze and its metadata: an HTML page is reduced to its article (its title,
    /// date and URL fill what the source did not say). A failed or empty item throws its one-line reason.
    /// Shared with the cluster workers, so an article reads the same whichever path analyzes it.</summary>
    public static (string Text, DocumentMetadata Metadata) Prepare(IngestItem item, ArticleExtractor extractor)
    {
        if (item.Error is not null) throw new InputException(item.Input, item.Error);
        var metadata = new DocumentMetadata { Id = item.Id, Title = item.Title, Url = item.Url, Source = item.Source, Published = item.Published };
        var text = TextOf(item, metadata, extractor);
        if (string.IsNullOrWhiteSpace(text) && item.Fallback is { } fallback) (item, text) = (fallback, TextOf(fallback, metadata, extractor));
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException(item.Input, item.IsHtml ? "no article text found in the HTML page" : "empty text");
        metadata.TextSource = item.TextSource;
        return (text, metadata);
    }

    /// <summary>Analyzes prepared text and stores the result (the sink replaces an earlier version of the id).</summary>
    public static Document AnalyzeAndStore(Analyzer analyzer, IAnalysisSink sink, IngestItem item, string text, DocumentMetadata metadata)
    {
        var document = analyzer.Analyze(item.Input, text, metadata, isHtml: false);
        var analysis = Analysis.From(document);
        analysis.ContentHash = ContentHash.Of(text, metadata.Published);
        sink.Store(analysis);
        return document;
    }

    public void Process(IngestItem item)
    {
        Summary.Read++;
        try
        {
            var (text, metadata) = Prepare(item, extractor);
            if (_duplicates.Check(item.Id, text) is { } duplicate)
            {
                if (duplicate.Kind == "exact") Summary.ExactDuplicates++;
                else Summary.NearDuplicates++;
                sink.StoreDuplicate(item.Id, duplicate.FirstId, duplicate.Kind, metadata.Url);
                return;
            }
            var hash = ContentHash.Of(text, metadata.Published);
            if (!force && sink.StoredContentHash(item.Id) == hash)
            {
                Summary.Unchanged++;
                return;
            }
            var document = AnalyzeAndStore(analyzer, sink, item, text, metadata);
            Summary.Analyzed++;
            if (document.Errors.Count > 0)
            {
                Summary.ItemsWithComponentErrors++;
                foreach (var error in document.Errors) Summary.ComponentErrors.Add((item.Input, error));
            }
        }
        catch (InputException e)
        {
            Summary.Failures.Add((e.Input, e.Problem));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug met on one odd page must not lose the rest of a long batch: report it as that item's failure.
            Summary.Failures.Add((item.Input, $"internal error ({e.GetType().Name}: {e.Message})"));
        }
    }

    /// <summary>The item's article text: extracted from its page when it is HTML, else its content.</summary>
    private static string TextOf(IngestItem item, DocumentMetadata metadata, ArticleExtractor extractor) =>
        item.IsHtml ? HtmlAnalysis.ExtractInto(extractor, item.Content ?? "", metadata) : item.Content ?? "";
}

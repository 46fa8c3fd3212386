using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Store;
using Chronicle.Text;

namespace Chronicle.Server;

/// <summary>POST /api/articles: the body is one JSON Lines record (DESIGN.md section 2), checked by
/// the same parser as <c>analyze --jsonl</c>, analyzed by the default pipeline and stored.</summary>
public sealed class ArticleAnalyzer(IEventStore store, IHtmlArticleReader? htmlReader = null)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    // The pipeline is built once; components are not promised to be thread-safe, so one article at a time.
    private readonly Lazy<Analyzer> analyzer = new(() => new Analyzer(ChroniclePipeline.CreateDefault(), htmlReader));
    private readonly Lock gate = new();

    public sealed record Outcome(Analysis? Analysis, string? Problem);

    public Outcome AnalyzeAndStore(string body)
    {
        try
        {
            var record = JsonlRecord.Parse("request", body);
            var content = record.Text ?? record.Html!;
            if (string.IsNullOrWhiteSpace(content)) return new Outcome(null, $"article \"{record.Id}\" has empty text");
            var metadata = new DocumentMetadata
            {
                Id = record.Id, Title = record.Title, Source = record.Source, Url = record.Url, Published = record.Published,
            };
            Analysis analysis;
            lock (gate) analysis = analyzer.Value.AnalyzeToJson("request", content, metadata, isHtml: record.Text is null);
            store.Store(analysis);
            return new Outcome(analysis, null);
        }
        catch (InputException e)
        {
            return new Outcome(null, e.Problem);
        }
    }
}

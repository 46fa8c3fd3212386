using Chronicle.Ingest;
using Chronicle.Ingest.Html;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Cluster;

/// <summary>One work message to one stored article, exactly as <c>ingest</c> treats an item: the HTML
/// page reduced to its article, analyzed, stored in one transaction that replaces any earlier version of
/// the id (so a redelivered message replaces, never duplicates). Single-threaded by design: one worker
/// process uses one core, and more cores get more workers.</summary>
public sealed class ArticleProcessor(Analyzer analyzer, IAnalysisSink store)
{
    private readonly ArticleExtractor extractor = new();

    /// <summary>Analyzes and stores the article in <paramref name="body"/>; returns its word count.
    /// Bad input throws <see cref="Chronicle.Input.InputException"/> naming <paramref name="input"/>.</summary>
    public long Process(string input, ReadOnlySpan<byte> body)
    {
        var item = ArticleMessage.Decode(input, body);
        var (text, metadata) = IngestRunner.Prepare(item, extractor);
        var document = IngestRunner.AnalyzeAndStore(analyzer, store, item, text, metadata);
        return CountWords(document);
    }

    private static long CountWords(Document document)
    {
        long words = 0;
        foreach (var token in document.Tokens)
            if (token.Kind is TokenKind.Word or TokenKind.Number) words++;
        return words;
    }
}

using Chronicle.Input;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>Turns raw input (plain text, or HTML once an extractor is registered) into a
/// processed <see cref="Document"/>: the entry point the CLI, ingest and the server share.</summary>
public sealed class Analyzer(DocumentPipeline pipeline)
{
    public DocumentPipeline Pipeline { get; } = pipeline;

    /// <summary>Extracts article text and metadata from HTML; set by the ingest layer.</summary>
    public static Func<string, string, DocumentMetadata, string>? HtmlExtractor { get; set; }

    public Document Analyze(string input, string content, DocumentMetadata metadata, bool isHtml = false)
    {
        isHtml |= HtmlSniffer.LooksLikeHtml(content);
        string text = content;
        if (isHtml)
        {
            if (HtmlExtractor is null) throw new InputException(input, "HTML input needs the article extractor, which is not available yet");
            text = HtmlExtractor(input, content, metadata);
            if (string.IsNullOrWhiteSpace(text)) throw new InputException(input, "no article text found in the HTML page");
        }
        return Pipeline.Process(new Document(text, metadata));
    }

    public Analysis AnalyzeToJson(string input, string content, DocumentMetadata metadata, bool isHtml = false, bool withTokens = false) =>
        Analysis.From(Analyze(input, content, metadata, isHtml), withTokens);
}

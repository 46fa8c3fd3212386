using Chronicle.Input;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>Turns raw input (plain text, or HTML when given an <see cref="IHtmlArticleReader"/>) into a
/// processed <see cref="Document"/>: the entry point the CLI, ingest and the server share.</summary>
public sealed class Analyzer(DocumentPipeline pipeline, IHtmlArticleReader? htmlReader = null)
{
    public DocumentPipeline Pipeline { get; } = pipeline;

    public Document Analyze(string input, string content, DocumentMetadata metadata, bool isHtml = false)
    {
        isHtml |= HtmlSniffer.LooksLikeHtml(content);
        string text = content;
        if (isHtml)
        {
            if (htmlReader is null) throw new InputException(input, "HTML input needs an article extractor, and this analyzer has none");
            text = htmlReader.ReadArticle(content, metadata);
            if (string.IsNullOrWhiteSpace(text)) throw new InputException(input, "no article text found in the HTML page");
        }
        return Pipeline.Process(new Document(text, metadata));
    }

    public Analysis AnalyzeToJson(string input, string content, DocumentMetadata metadata, bool isHtml = false, bool withTokens = false) =>
        Analysis.From(Analyze(input, content, metadata, isHtml), withTokens);
}

using Chronicle.Input;
using Chronicle.Text;

namespace Chronicle.Ingest.Html;

/// <summary>The article extractor as an <see cref="IHtmlArticleReader"/>, for <see cref="Pipeline.Analyzer"/>: so that
/// <c>analyze</c> and the server take HTML pages. The extracted text is analyzed, and the page's title, date,
/// URL, author and site fill whatever metadata the caller did not give.</summary>
public sealed class HtmlAnalysis(ExtractionMethod method = ExtractionMethod.Chronicle) : IHtmlArticleReader
{
    private readonly ArticleExtractor extractor = new(method);

    public string ReadArticle(string html, DocumentMetadata metadata) => ExtractInto(extractor, html, metadata);

    /// <summary>Extracts the article and fills the missing metadata; returns the text ("" when the page has no article).</summary>
    public static string ExtractInto(ArticleExtractor extractor, string html, DocumentMetadata metadata)
    {
        var article = extractor.Extract(html, metadata.Url);
        metadata.Title ??= article.Title;
        metadata.Published ??= article.Published;
        metadata.Url ??= article.Url;
        metadata.Author ??= article.Author;
        metadata.Source ??= article.Site;
        return article.Text;
    }
}

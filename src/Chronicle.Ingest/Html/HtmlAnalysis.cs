using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Ingest.Html;

/// <summary>Connects the article extractor to <see cref="Analyzer"/>, so that <c>analyze</c> takes HTML
/// pages: the extracted text is analyzed, and the page's title, date, URL, author and site fill
/// whatever metadata the caller did not give.</summary>
public static class HtmlAnalysis
{
    public static void Register(ExtractionMethod method = ExtractionMethod.Chronicle)
    {
        var extractor = new ArticleExtractor(method);
        Analyzer.HtmlExtractor = (_, html, metadata) => ExtractInto(extractor, html, metadata);
    }

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

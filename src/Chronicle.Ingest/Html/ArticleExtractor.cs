using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Chronicle.Ingest.Html;

/// <summary>Which main-content algorithm to use (docs/ingest.md compares them).</summary>
public enum ExtractionMethod
{
    /// <summary>Chronicle's own scorer and block writer.</summary>
    Chronicle,
    /// <summary>SmartReader, the .NET port of Mozilla Readability.</summary>
    SmartReader,
}

/// <summary>
/// Finds the article in an HTML page: parses it with AngleSharp (a full HTML5 parser, so broken
/// markup is repaired the way browsers do), reads the metadata from the whole page, then removes the
/// furniture, scores the containers and renders the best one as text.
/// </summary>
public sealed class ArticleExtractor(ExtractionMethod method = ExtractionMethod.Chronicle)
{
    /// <summary>Below this many characters of text a page is taken to have no article.</summary>
    public const int MinArticleChars = 80;

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public ExtractionMethod Method { get; } = method;

    /// <summary>Extracts the article; the text is empty when the page has none.</summary>
    public ExtractedArticle Extract(string html, string? url = null)
    {
        using var document = _parser.ParseDocument(html);
        url ??= PageMetadata.CanonicalUrl(document);
        var jsonLd = JsonLdMetadata.Read(document);
        var site = PageMetadata.Site(document, jsonLd, url);
        var title = PageMetadata.Title(document, jsonLd, site);
        var author = PageMetadata.Author(document, jsonLd);
        var published = PublishedDateFinder.Find(document, url, jsonLd.DatePublished);
        string text = Method == ExtractionMethod.SmartReader ? SmartReaderText(html, url) : MainText(document);
        return new ExtractedArticle(title, text, published, author, site, url);
    }

    private static string MainText(IDocument document)
    {
        var body = document.Body;
        if (body is null) return "";
        PageCleaner.Clean(document, body);
        var containers = new ContentScorer().Select(body);
        var text = containers.Count == 0 ? "" : BlockTextWriter.Render(containers);
        return text.Length >= MinArticleChars ? text : "";
    }

    private static string SmartReaderText(string html, string? url)
    {
        // new Reader(url, html) parses the given text; Reader.ParseArticle(url, html) would fetch the URL (NOTES.md).
        var reader = new SmartReader.Reader(url ?? "https://localhost/", html);
        var article = reader.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.TextContent)) return "";
        var lines = article.TextContent.Split('\n').Select(DomText.Collapse).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }
}

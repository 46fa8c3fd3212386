using Chronicle.Text;

namespace Chronicle.Input;

/// <summary>
/// Reads the article out of an HTML page: its text, and whatever of the page's title, date, URL,
/// author and site the caller's metadata lacks. The core library only defines it; the ingest layer
/// (AngleSharp) implements it, and whoever builds an <see cref="Pipeline.Analyzer"/> passes one in.
/// </summary>
public interface IHtmlArticleReader
{
    /// <summary>The article text ("" when the page holds none); fills missing fields of <paramref name="metadata"/>.</summary>
    string ReadArticle(string html, DocumentMetadata metadata);
}

using System.Text;
using Chronicle.Ingest.Html;
using Chronicle.Ingest.Sources;
using Chronicle.Input;

namespace Chronicle.Tests.Ingest;

public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Accented = "Le café de la Société Générale a ouvert à Zürich — «ça marche», dit Noël Müller, qui paie 12 € l'heure.";

    private static string PageWith(string charsetMeta) => TestPages.NewsPage(charsetMeta,
        extraParagraph: $"<p>{Accented}</p>", headExtra: "<meta property=\"article:published_time\" content=\"2024-02-29T12:00:00Z\">");

    [Fact]
    public void Utf8Page()
    {
        var bytes = Encoding.UTF8.GetBytes(PageWith("<meta charset=\"utf-8\">"));
        AssertDecodedAndExtracted(TextDecoding.Decode("utf8.html", bytes));
    }

    [Fact]
    public void Windows1252PageDeclaredInMeta()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(PageWith("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"));
        AssertDecodedAndExtracted(TextDecoding.Decode("cp1252.html", bytes));
    }

    [Fact]
    public void Iso88591PageDeclaredInMeta()
    {
        // Latin-1 has no euro sign or dashes, so this page is written with Latin-1 characters only.
        var latin1 = Encoding.Latin1;
        var page = PageWith("<meta charset=\"ISO-8859-1\">").Replace("—", "-").Replace("€", "EUR");
        var text = TextDecoding.Decode("latin1.html", latin1.GetBytes(page));
        Assert.Contains("Société Générale a ouvert à Zürich - «ça marche», dit Noël Müller", text);
        Assert.Equal(new DateOnly(2024, 2, 29), new ArticleExtractor().Extract(text).Published);
    }

    [Fact]
    public void HttpCharsetWinsOverAMissingDeclaration()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(PageWith(""));
        var charset = TextDecoding.CharsetOfContentType("text/html; charset=\"windows-1252\"");
        AssertDecodedAndExtracted(TextDecoding.Decode("http.html", bytes, charset));
    }

    [Fact]
    public void UndeclaredWindows1252IsDetected()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(PageWith(""));
        AssertDecodedAndExtracted(TextDecoding.Decode("undeclared.html", bytes));
    }

    [Fact]
    public void ByteOrderMarksDecide()
    {
        var page = PageWith("<meta charset=\"windows-1252\">"); // a wrong declaration: the BOM wins
        AssertDecodedAndExtracted(TextDecoding.Decode("bom8.html", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(page)]));
        AssertDecodedAndExtracted(TextDecoding.Decode("bom16.html", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(page)]));
    }

    [Fact]
    public void BinaryDataIsRefused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var e = Assert.Throws<InputException>(() => TextDecoding.Decode("photo.html", bytes));
        Assert.Contains("binary", e.Problem);
    }

    private static void AssertDecodedAndExtracted(string text)
    {
        Assert.Contains(Accented, text);
        var article = new ArticleExtractor().Extract(text);
        Assert.Contains(Accented, article.Text.Split('\n'));
        Assert.Equal(new DateOnly(2024, 2, 29), article.Published);
    }
}

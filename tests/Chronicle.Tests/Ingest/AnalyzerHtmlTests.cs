using Chronicle.Ingest.Html;
using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Ingest;

public class AnalyzerHtmlTests
{
    private const string Page =
        "<html><head><title>Harbour reopens</title></head><body><nav>Home | World | Sport</nav><article><h1>Harbour reopens</h1>" +
        "<p>The port authority said on Monday that the northern harbour would reopen to cargo ships after three weeks of repairs.</p>" +
        "<p>Officials told reporters that the damage from the storm had been worse than first thought, but the new quay walls held.</p>" +
        "</article><footer>Copyright the paper</footer></body></html>";

    [Fact]
    public void AnalyzerWithoutAnHtmlReaderRefusesHtml()
    {
        var analyzer = new Analyzer(new DocumentPipelineBuilder().Build());
        var e = Assert.Throws<InputException>(() => analyzer.Analyze("page.html", Page, new DocumentMetadata()));
        Assert.Equal("page.html", e.Input);
        Assert.Contains("article extractor", e.Problem);
    }

    [Fact]
    public void InjectedReaderExtractsTheArticleAndFillsMissingMetadata()
    {
        var analyzer = new Analyzer(new DocumentPipelineBuilder().Build(), new HtmlAnalysis());
        var metadata = new DocumentMetadata();
        var document = analyzer.Analyze("page.html", Page, metadata);
        Assert.Contains("northern harbour would reopen", document.Text);
        Assert.DoesNotContain("Home | World", document.Text);
        Assert.Equal("Harbour reopens", metadata.Title);
    }
}

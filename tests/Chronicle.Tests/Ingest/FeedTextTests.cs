using Chronicle.Ingest;
using Chronicle.Ingest.Html;
using Chronicle.Ingest.Sinks;
using Chronicle.Ingest.Sources;
using Chronicle.Pipeline;
using Chronicle.Serialization;

namespace Chronicle.Tests.Ingest;

/// <summary>Feed items take their text from their richest field, HTML only when it is HTML, and keep
/// it when their page cannot be fetched (Fixtures/feeds: RSS 2.0, RSS 1.0 and Atom written for these
/// tests, one item per way of carrying text; their links point at http://feeds.test/).</summary>
public class FeedTextTests
{
    private const string FixtureHost = "http://feeds.test";
    private static readonly string[] Feeds = ["rss2.rss", "rss1.xml", "atom.atom"];
    private readonly string _dir = TestPages.TempDirectory();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "feeds", name);

    /// <summary>The fixture with its links pointing at <paramref name="host"/>, as a file.</summary>
    private string FixtureAt(string name, string host)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, File.ReadAllText(Fixture(name)).Replace(FixtureHost, host, StringComparison.Ordinal));
        return path;
    }

    private static Dictionary<string, IngestItem> ReadById(string path, PageFetcher? fetcher = null) =>
        new SourceReader(1 << 20, fetcher).Read(path).ToDictionary(i => i.Id);

    private static PageFetcher Fetcher() => new(TimeSpan.FromSeconds(5), 1 << 20);

    [Fact]
    public void Rss20ItemsTakeTheirRichestField()
    {
        var items = ReadById(Fixture("rss2.rss"));
        Assert.All(items.Values, i => Assert.Null(i.Error));
        Assert.All(items.Values, i => Assert.False(i.IsHtml)); // feed text is rendered here, never sent to the page extractor
        Assert.Equal("Lowmoor Gazette", items["gazette-mill"].Source);
        Assert.Equal(new DateOnly(2024, 3, 5), items["gazette-mill"].Published);

        // content:encoded: a body, so nothing is dropped as furniture (the caption, the link-only line).
        var bridge = items["gazette-bridge"];
        Assert.Equal(TextSources.FeedContent, bridge.TextSource);
        Assert.Equal(4, bridge.Content!.Split('\n').Length);
        Assert.StartsWith("The old ford at Tarnside.\nThe Lowmoor council voted on Monday", bridge.Content);
        Assert.EndsWith("\nRead the plans", bridge.Content);

        // A plain description is the text exactly as written.
        var mill = items["gazette-mill"];
        Assert.Equal(TextSources.FeedSummary, mill.TextSource);
        Assert.Equal("Workers at the Harlow paper mill returned to their machines on Tuesday after a nine-day strike over night-shift pay. " +
                     "The union said the owners had agreed to a raise of four percent.", mill.Content);

        // An HTML description: markup read, one line a paragraph, references decoded.
        var flood = items["gazette-flood"];
        Assert.Equal(TextSources.FeedSummary, flood.TextSource);
        Assert.Equal("The river authority lifted its flood warning for the lower valley on Wednesday morning, two days after heavy rain closed the Tarnside road.\n" +
                     "Residents of 40 homes & farms were allowed to return.", flood.Content);

        // Both fields: the full content wins over the teaser.
        var school = items["gazette-school"];
        Assert.Equal(TextSources.FeedContent, school.TextSource);
        Assert.StartsWith("The county will replace the leaking roof", school.Content);
        Assert.DoesNotContain("teaser", school.Content);
    }

    [Fact]
    public void Rss10ItemsAreRead()
    {
        var items = ReadById(Fixture("rss1.xml"));
        Assert.Equal(["http://feeds.test/market", "http://feeds.test/library", "http://feeds.test/ferry"], items.Keys);
        var market = items["http://feeds.test/market"];
        Assert.Equal(("Covered market reopens", "Eastwick Ledger", "http://feeds.test/market"), (market.Title, market.Source, market.Url));
        Assert.Equal(new DateOnly(2024, 4, 2), market.Published);
        Assert.Equal(TextSources.FeedSummary, market.TextSource);
        Assert.StartsWith("The covered market on Salt Street reopened on Tuesday", market.Content);

        var library = items["http://feeds.test/library"]; // an escaped HTML description
        Assert.Equal(TextSources.FeedSummary, library.TextSource);
        Assert.Equal("The Eastwick public library will open until nine in the evening from May, the town's cultural office said on Wednesday.\n" +
                     "The longer hours are paid for by a grant of 80,000 euros.", library.Content);
        Assert.Equal(new DateOnly(2024, 4, 3), library.Published);

        var ferry = items["http://feeds.test/ferry"];
        Assert.Equal(TextSources.FeedContent, ferry.TextSource);
        Assert.Equal(3, ferry.Content!.Split('\n').Length); // a paragraph and two list items
        Assert.DoesNotContain("Teaser", ferry.Content);
    }

    [Fact]
    public void AtomSummariesAndContentOfEveryType()
    {
        var items = ReadById(Fixture("atom.atom"));
        Assert.Equal(5, items.Count);
        Assert.All(items.Values, i => Assert.Equal("Northfold Courier", i.Source));
        var hospital = items["urn:northfold:hospital"]; // summary, plain text
        Assert.Equal(TextSources.FeedSummary, hospital.TextSource);
        Assert.StartsWith("Northfold general hospital opened a new children's wing on Monday with 60 beds. The health board", hospital.Content);
        var tram = items["urn:northfold:tram"]; // summary type="html"
        Assert.Equal(TextSources.FeedSummary, tram.TextSource);
        Assert.Equal("The extension of the number 4 tram line to Eastfield will open in 2026, a year later than planned, the transport authority said on Tuesday.", tram.Content);
        var port = items["urn:northfold:port"]; // content type="html" and a summary
        Assert.Equal(TextSources.FeedContent, port.TextSource);
        Assert.Equal("The port of Northfold handled 12 million tonnes of cargo last year, a record, its director told reporters on Wednesday.\n" +
                     "Grain exports rose most, by almost a fifth.", port.Content);
        var festival = items["urn:northfold:festival"]; // content type="xhtml"
        Assert.Equal(TextSources.FeedContent, festival.TextSource);
        Assert.Equal("About 20,000 people came to the Northfold folk festival over the weekend, the organisers said on Thursday.\n" +
                     "Next year the festival will move to the castle grounds.", festival.Content);
        var bakery = items["urn:northfold:bakery"]; // content type="text"
        Assert.Equal(TextSources.FeedContent, bakery.TextSource);
        Assert.StartsWith("The Rye and Crumb bakery on Mill Lane won", bakery.Content);
        Assert.Equal(new DateOnly(2024, 5, 10), bakery.Published);
    }

    [Fact]
    public void ItemsWithoutTextFailWithTheirReason()
    {
        var items = ReadById(Fixture("empty-items.rss"));
        Assert.Equal("feed item has no text and no link to an article page", items["empty-no-link"].Error);
        Assert.Equal("feed item has no text, and its link was not fetched (--no-fetch)", items["empty-blank"].Error);
    }

    [Theory]
    [InlineData("<p>One.</p>", true)]
    [InlineData("Line one<br/>line two", true)]
    [InlineData("Rain <B>and</B> wind", true)]
    [InlineData("See <a href=\"x\">this</a>", true)]
    [InlineData("Fish &amp; chips", true)]
    [InlineData("It&#8217;s here, it&#x2019;s now", true)]
    [InlineData("<!-- note --> text", true)]
    [InlineData("Prices rose 3 < 5 percent & fell", false)]
    [InlineData("AT&T and P&G; results", false)]
    [InlineData("The <unknown> tag and x<y>z", false)]
    [InlineData("Plain text with no markup at all.", false)]
    [InlineData("ends with <", false)]
    public void MarkupIsToldFromPlainText(string text, bool isHtml) => Assert.Equal(isHtml, ArticleBodyText.HasMarkup(text));

    [Fact]
    public void ArticleBodiesAreRenderedWithoutBoilerplateRules()
    {
        var body = new ArticleBodyText();
        // A one-line linked summary would be a "link line" on a page; scripts and styles are never text.
        Assert.Equal("Mayor resigns over budget", body.Render("<a href=\"http://x.test/\">Mayor resigns over budget</a><script>var x = 1;</script>"));
        Assert.Equal("Short.\nNote: updated", body.Render("<style>p{}</style><p>Short.</p><div class=\"share byline\">Note: updated</div>"));
        Assert.Equal("", body.Render("<img src=\"x.jpg\"><iframe src=\"y\"></iframe>"));
    }

    [Fact]
    public void WhenThePageFetchFailsTheFeedTextIsUsed()
    {
        using var server = new LocalHttpServer(_ => (500, "<html><body>Internal error</body></html>"));
        using var fetcher = Fetcher();
        var items = ReadById(FixtureAt("rss2.rss", server.BaseUrl), fetcher);
        Assert.All(items.Values, i => Assert.Null(i.Error));
        Assert.Equal(TextSources.FeedSummary, items["gazette-mill"].TextSource);
        Assert.StartsWith("Workers at the Harlow paper mill", items["gazette-mill"].Content);
        Assert.Equal(TextSources.FeedSummary, items["gazette-flood"].TextSource);
        Assert.Equal(TextSources.FeedContent, items["gazette-bridge"].TextSource);
        Assert.Equal(["/flood", "/mill"], server.Requested.Order(StringComparer.Ordinal)); // items with full content are not fetched

        // Nothing listening: the same; an item with no text of its own says why it failed.
        var unreachable = LocalHttpServer.UnreachableUrl();
        var atom = ReadById(FixtureAt("atom.atom", unreachable), fetcher);
        Assert.All(atom.Values, i => Assert.Null(i.Error));
        Assert.Equal(TextSources.FeedSummary, atom["urn:northfold:tram"].TextSource);
        var empty = ReadById(FixtureAt("empty-items.rss", server.BaseUrl), fetcher);
        Assert.Equal("HTTP 500 Error; the feed item has no text of its own", empty["empty-blank"].Error);
    }

    [Fact]
    public void AFetchedPageIsUsedAndAPageWithoutArticleFallsBackToTheSummary()
    {
        using var server = new LocalHttpServer(path => path == "/mill"
            ? (200, TestPages.NewsPage())
            : (200, "<html><body><nav><a href=\"/\">Home</a></nav><p>Cookies.</p></body></html>"));
        using var fetcher = Fetcher();
        var (summary, analyses) = Ingest([FixtureAt("rss2.rss", server.BaseUrl)], fetcher);
        Assert.Equal((4, 4, 0), (summary.Read, summary.Analyzed, summary.Failures.Count));
        var mill = analyses.Single(a => a.Id == "gazette-mill");
        Assert.Equal(TextSources.Page, mill.TextSource);
        Assert.StartsWith(TestPages.FirstParagraph, mill.Text);
        Assert.Equal("Mill workers end strike", mill.Title); // the feed's title, not the page's
        var flood = analyses.Single(a => a.Id == "gazette-flood");
        Assert.Equal(TextSources.FeedSummary, flood.TextSource);
        Assert.StartsWith("The river authority lifted its flood warning", flood.Text);
    }

    [Fact]
    public void EveryItemOfTheFixtureFeedsIsAnalyzedAndSaysWhereItsTextCameFrom()
    {
        var (summary, analyses) = Ingest(Feeds.Select(Fixture).ToList(), fetcher: null);
        Assert.Empty(summary.Failures);
        Assert.Equal((12, 12), (summary.Read, summary.Analyzed));
        Assert.Equal(6, analyses.Count(a => a.TextSource == TextSources.FeedSummary));
        Assert.Equal(6, analyses.Count(a => a.TextSource == TextSources.FeedContent));
        var json = AnalysisJson.Serialize(analyses.Single(a => a.Id == "urn:northfold:hospital"));
        Assert.Contains("\"published\":\"2024-05-06\",\"text_source\":\"feed-summary\",\"language\":\"en\"", json);
    }

    private static (IngestSummary Summary, List<Analysis> Analyses) Ingest(IReadOnlyList<string> paths, PageFetcher? fetcher)
    {
        var output = new StringWriter();
        using (var sink = new JsonlAnalysisSink(output, new StringWriter()))
        {
            var runner = new IngestRunner(new Analyzer(ChroniclePipeline.CreateDefault()), sink, new SourceReader(1 << 20, fetcher), new ArticleExtractor());
            runner.Run(paths);
            var analyses = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => AnalysisJson.Deserialize(l)!).ToList();
            return (runner.Summary, analyses);
        }
    }
}

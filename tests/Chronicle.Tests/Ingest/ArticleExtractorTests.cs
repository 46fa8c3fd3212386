using Chronicle.Ingest.Html;

namespace Chronicle.Tests.Ingest;

public class ArticleExtractorTests
{
    private readonly ArticleExtractor _extractor = new();

    [Fact]
    public void KeepsTheArticleParagraphsAsLinesAndDropsTheFurniture()
    {
        var article = _extractor.Extract(TestPages.NewsPage(), "https://courier.example/news/pier");
        var lines = article.Text.Split('\n');
        Assert.Equal([TestPages.FirstParagraph, TestPages.SecondParagraph, TestPages.ThirdParagraph], lines);
        Assert.DoesNotContain("Share on social", article.Text);
        Assert.DoesNotContain("Great article", article.Text);
        Assert.DoesNotContain("Harbour fees", article.Text);
    }

    [Fact]
    public void ReadsTitleAuthorAndSite()
    {
        var article = _extractor.Extract(TestPages.NewsPage());
        Assert.Equal("Northern pier to close for repairs", article.Title);
        Assert.Equal("Mara Lindqvist", article.Author);
        Assert.Equal("Valdoria Courier", article.Site);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2023-05-09T08:15:00+02:00\">", null, "2023-05-09")]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2022-12-31T23:10:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"J. Ode\"}}</script>", null, "2022-12-31")]
    [InlineData("<meta name=\"dc.date\" content=\"2021-03-04\">", null, "2021-03-04")]
    [InlineData("", "https://courier.example/2020/07/15/pier-closes/", "2020-07-15")]
    [InlineData("<script>window.__STATE__={\"article\":{\"publishedDate\":\"2018-06-30\"}}</script>", null, "2018-06-30")]
    [InlineData("<meta property=\"article:modified_time\" content=\"2024-01-01T00:00:00Z\">", null, null)]
    public void FindsThePublishedDate(string head, string? url, string? expected)
    {
        var article = _extractor.Extract(TestPages.NewsPage(headExtra: head), url);
        Assert.Equal(expected, article.Published?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void FindsTheDateInATimeElementAndInWrittenText()
    {
        var withTime = TestPages.NewsPage(extraParagraph: "<p class=\"meta\"><time datetime=\"2019-11-18T10:00:00Z\">18 November</time></p>");
        Assert.Equal(new DateOnly(2019, 11, 18), _extractor.Extract(withTime).Published);
        var written = TestPages.NewsPage(extraParagraph: "<span class=\"post-date\">Posted Monday, March 2, 2020 at 9:40</span>");
        Assert.Equal(new DateOnly(2020, 3, 2), _extractor.Extract(written).Published);
    }

    [Fact]
    public void EmbeddedPostQuotedInTheStoryIsKeptButSharingButtonsAreNot()
    {
        const string tweet = "The northern pier is closing and nobody asked the fishermen what they think about it.";
        var page = TestPages.NewsPage(extraParagraph:
            $"<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>{tweet}</p></blockquote></div>" +
            "<div class=\"social-share\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>");
        var article = _extractor.Extract(page);
        Assert.Contains(tweet, article.Text.Split('\n'));
        Assert.DoesNotContain("Share on Facebook", article.Text);
    }

    [Fact]
    public void CaptionsAndBylinesAreNotBodyText()
    {
        var page = TestPages.NewsPage(extraParagraph:
            "<figure><img src=\"pier.jpg\"><figcaption>The northern pier seen from the harbour wall on Monday evening.</figcaption></figure>" +
            "<p class=\"byline\">By Mara Lindqvist, harbour correspondent in Valdoria</p>");
        var article = _extractor.Extract(page);
        Assert.DoesNotContain("harbour wall", article.Text);
        Assert.DoesNotContain("correspondent", article.Text);
        Assert.Equal(3, article.Text.Split('\n').Length);
    }

    [Fact]
    public void BrokenMarkupIsRepairedAndStillYieldsTheArticle()
    {
        // Unclosed paragraphs and a page cut off in the middle of a tag, as truncated downloads are.
        var broken = $"<html><body><div class=content><p>{TestPages.FirstParagraph}<p>{TestPages.SecondParagraph}<div><b>{TestPages.ThirdParagraph}</div><p class=\"x";
        var article = _extractor.Extract(broken);
        Assert.Contains(TestPages.FirstParagraph, article.Text);
        Assert.Contains(TestPages.SecondParagraph, article.Text);
    }

    [Theory]
    [InlineData("<html><body><nav><a href=/>Home</a> <a href=/b>News</a></nav><footer>(c) 2020</footer></body></html>")]
    [InlineData("<html><head><title>x</title></head><body></body></html>")]
    [InlineData("<<<>>> </div></span> <p>")]
    public void APageWithoutAnArticleGivesEmptyText(string html) => Assert.Equal("", _extractor.Extract(html).Text);

    [Fact]
    public void SmartReaderMethodReadsTheGivenHtmlWithoutFetching()
    {
        var article = new ArticleExtractor(ExtractionMethod.SmartReader).Extract(TestPages.NewsPage(), "http://127.0.0.1:9/never-fetched");
        Assert.Contains(TestPages.SecondParagraph, article.Text);
    }
}

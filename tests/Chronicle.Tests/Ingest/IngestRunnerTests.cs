using System.Text;
using Chronicle.Ingest;
using Chronicle.Ingest.Html;
using Chronicle.Ingest.Sinks;
using Chronicle.Ingest.Sources;
using Chronicle.Pipeline;
using Chronicle.Serialization;

namespace Chronicle.Tests.Ingest;

public class IngestRunnerTests
{
    [Fact]
    public void AnalyzesNewArticlesLinksDuplicatesAndReportsFailures()
    {
        var dir = TestPages.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.html"), TestPages.NewsPage(headExtra: "<meta property=\"article:published_time\" content=\"2023-05-09\">"));
        File.WriteAllText(Path.Combine(dir, "b.html"), TestPages.NewsPage().Replace("<nav", "<div class=\"promo\">Subscribe today</div><nav")); // same article, other furniture
        File.WriteAllText(Path.Combine(dir, "c.txt"), TestPages.FirstParagraph + " " + TestPages.SecondParagraph + " " + TestPages.ThirdParagraph + " The pier reopens in July.");
        File.WriteAllText(Path.Combine(dir, "empty.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        File.WriteAllBytes(Path.Combine(dir, "d.jsonl"), Encoding.UTF8.GetBytes("{\"id\":\"j1\",\"text\":\"Valdoria's parliament met on Friday.\"}\n{\"text\":\"no id\"}\n"));

        var analyses = new StringWriter();
        var duplicates = new StringWriter();
        using var sink = new JsonlAnalysisSink(analyses, duplicates);
        var runner = new IngestRunner(new Analyzer(ChroniclePipeline.CreateDefault()), sink, new SourceReader(1 << 20, null), new ArticleExtractor());
        var summary = runner.Run(SourceReader.Units([dir]));

        Assert.Equal(6, summary.Read);
        Assert.Equal(2, summary.Analyzed); // a.html and j1
        Assert.Equal(1, summary.ExactDuplicates); // b.html
        Assert.Equal(1, summary.NearDuplicates); // c.txt: the same story with one sentence more
        Assert.Equal(2, summary.Failures.Count);
        Assert.Contains(summary.Failures, f => f.Problem.Contains("no article text"));
        Assert.Contains(summary.Failures, f => f.Problem.Contains("missing \"id\""));

        var lines = analyses.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = AnalysisJson.Deserialize(lines[0])!;
        Assert.Equal("Northern pier to close for repairs", first.Title);
        Assert.Equal("2023-05-09", first.Published);
        Assert.Equal("Valdoria Courier", first.Source);
        Assert.StartsWith(TestPages.FirstParagraph + "\n", first.Text);
        var links = duplicates.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, links.Length);
        Assert.Contains($"\"duplicate_of\":\"{first.Id!.Replace("/", "\\/")}\"".Replace("\\/", "/"), links[0]);
        Assert.Contains("\"kind\":\"exact\"", links[0]);
        Assert.Contains("\"kind\":\"near\"", links[1]);
    }
}

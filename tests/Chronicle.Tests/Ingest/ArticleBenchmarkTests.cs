using Xunit.Abstractions;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Ingest.Html;

namespace Chronicle.Tests.Ingest;

/// <summary>The extractor on the article-extraction development pages, scored like the benchmark
/// (\w+ tokens, 4-token shingles, per-page precision/recall averaged): a regression guard for the
/// figure in docs/ingest.md, read from ../shared at run time.</summary>
public partial class ArticleBenchmarkTests(ITestOutputHelper output)
{
    [SharedFact("data/article-extraction")]
    public void DevelopmentPagesScoreAboveTheTarget()
    {
        var dir = TestPages.SharedData("article-extraction");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "ground-truth.json")));
        var extractor = new ArticleExtractor();
        double precision = 0, recall = 0;
        int pages = 0;
        var clock = new System.Diagnostics.Stopwatch();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(dir, "html", page.Name + ".html.gz")), CompressionMode.Decompress);
            var html = new StreamReader(gz).ReadToEnd();
            clock.Start();
            var predicted = extractor.Extract(html, page.Value.GetProperty("url").GetString()).Text;
            clock.Stop();
            var (p, r) = Score(page.Value.GetProperty("articleBody").GetString()!, predicted);
            precision += p;
            recall += r;
            pages++;
        }
        precision /= pages;
        recall /= pages;
        double f1 = 2 * precision * recall / (precision + recall);
        output.WriteLine($"F1 {f1:0.000} (P {precision:0.000} R {recall:0.000}) on {pages} pages, {pages / clock.Elapsed.TotalSeconds:0} pages/s");
        Assert.True(f1 >= 0.960, $"F1 {f1:0.000} (P {precision:0.000} R {recall:0.000}) on {pages} pages");
    }

    private static (double Precision, double Recall) Score(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (s, n) in p) { int m = t.GetValueOrDefault(s); tp += Math.Min(n, m); fp += Math.Max(0, n - m); }
        foreach (var (s, n) in t) fn += Math.Max(0, n - p.GetValueOrDefault(s));
        return (tp + fp == 0 ? 1 : tp / (tp + fp), tp + fn == 0 ? 1 : tp / (tp + fn));
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var result = new Dictionary<string, int>();
        if (tokens.Count == 0) return result;
        int count = Math.Max(1, tokens.Count - 3);
        for (int i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}

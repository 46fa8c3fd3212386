using Chronicle.Pipeline;
using Chronicle.Text;
using Xunit.Abstractions;

namespace Chronicle.Tests.Framing;

/// <summary>
/// The framing test set (Fixtures/framing/passages.txt): passages in contrasting styles run through
/// the full default pipeline, so quotes come from the quotes stage as they do in production.
/// </summary>
public class FramingPassageTests(ITestOutputHelper output)
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => ChroniclePipeline.CreateDefault());

    [Fact]
    public void PassageSetHasTwentyPassagesInThreeStyles()
    {
        var passages = FramingPassageSet.Load();
        Assert.True(passages.Count >= 20, $"{passages.Count} passages");
        Assert.True(passages.Select(p => p.Style).Distinct().Count() >= 3);
        Assert.Contains(passages, p => p.Expected.Count == 0);
        Assert.Contains(passages, p => p.Expected.Any(e => e.Voice == "quote"));
        Assert.Contains(passages, p => p.Expected.Any(e => e.Kind == "marker"));
    }

    [Fact]
    public void PrecisionAndRecallReachTheBar()
    {
        var scores = FramingPassageSet.Load()
            .Select(p => FramingPassageSet.Score(p, Pipeline.Value.Process(new Document(p.Text)).Framing))
            .ToList();
        int predicted = scores.Sum(s => s.Predicted), expected = scores.Sum(s => s.Expected), matched = scores.Sum(s => s.Matched);
        double precision = predicted == 0 ? 0 : (double)matched / predicted;
        double recall = expected == 0 ? 0 : (double)matched / expected;
        double categoryAccuracy = matched == 0 ? 0 : (double)scores.Sum(s => s.CategoryAgree) / matched;
        var report = $"framing passages: precision {precision:F3} ({matched}/{predicted}), recall {recall:F3} ({matched}/{expected}), " +
                     $"category accuracy {categoryAccuracy:F3}\n" + string.Join("\n", scores.SelectMany(s => s.FalsePositives.Concat(s.Misses)));
        output.WriteLine(report);
        Assert.True(precision >= 0.85 && recall >= 0.8 && categoryAccuracy >= 0.9, report);
    }
}

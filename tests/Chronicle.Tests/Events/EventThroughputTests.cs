using System.Diagnostics;
using Chronicle.Events;
using Chronicle.Pipeline;
using Chronicle.Text;
using Xunit.Abstractions;

namespace Chronicle.Tests.Events;

public class EventThroughputTests(ITestOutputHelper output)
{
    /// <summary>The coder alone must stay well inside the 50,000 words/s budget of the whole pipeline
    /// on event-dense text (the test set repeated: one event per eight words), segmentation excluded.</summary>
    [Fact]
    public void CoderIsFastEnoughForTheWholePipelineBudget()
    {
        var lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Events", "event-sentences.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]).ToList();
        var text = string.Join(" ", Enumerable.Repeat(string.Join(" ", lines), 60));
        int words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var segment = new DocumentPipelineBuilder().Use(new TokenizerComponent()).Use(new SentenceSplitterComponent()).Build();
        var coder = new EventCoder(EventResources.Default);
        // Best of several runs: the first ones include JIT compilation (tiered, like a warm server).
        double best = double.MaxValue;
        Document doc = null!;
        for (int run = 0; run < 6; run++)
        {
            doc = segment.Process(new Document(text) { Language = "en" });
            var watch = Stopwatch.StartNew();
            coder.Process(doc);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        double rate = words / best;
        output.WriteLine($"{words} words, {doc.Events.Count} events, best {best * 1000:F0} ms: {rate:F0} words/s");
        Assert.True(doc.Events.Count > 1000);
        Assert.True(rate > 60_000, $"{rate:F0} words/s");
    }
}

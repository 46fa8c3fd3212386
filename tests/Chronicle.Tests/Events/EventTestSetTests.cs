using Chronicle.Annotations;
using Chronicle.Events;
using Chronicle.Pipeline;
using Chronicle.Text;
using Xunit.Abstractions;

namespace Chronicle.Tests.Events;

/// <summary>Scores the event coder on Chronicle's own test set (Events/event-sentences.tsv): every CAMEO
/// root 01-20, passives, negation, nominal events, coordination, quotes and sentences with no event.</summary>
public class EventTestSetTests(ITestOutputHelper output)
{
    private sealed record Expected(string Source, string Root, string? Target);

    // The coder alone after segmentation: language detection is not what is measured here (it can
    // take a one-line sentence for another language).
    private static readonly DocumentPipeline Pipeline = new DocumentPipelineBuilder()
        .Use(new TokenizerComponent()).Use(new SentenceSplitterComponent()).Use(new EventCoder(EventResources.Default)).Build();

    private static IEnumerable<(string Sentence, List<Expected> Events)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Events", "event-sentences.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var (sentence, expected) = (line.Split('\t')[0], line.Split('\t')[1]);
            var events = expected == "-" ? [] : expected.Split(';', StringSplitOptions.TrimEntries).Select(e =>
            {
                var p = e.Split(' ');
                return new Expected(p[0], p[1], p[2] == "-" ? null : p[2]);
            }).ToList();
            yield return (sentence, events);
        }
    }

    /// <summary>The PETRARCH scorer's actor rule: country part equal; "---ROLE" matches any country with that role.</summary>
    private static bool ActorMatches(string? expected, string? actual)
    {
        if (expected is null) return actual is null;
        if (actual is null) return false;
        if (expected.StartsWith("---")) return actual.Length >= 6 && actual[3..].StartsWith(expected[3..]);
        return actual.Length >= 3 && actual[..3] == expected[..3];
    }

    [Fact]
    public void TestSetCoversEveryRootAndTheRequiredConstructions()
    {
        var all = Load().ToList();
        Assert.True(all.Count >= 40);
        var roots = all.SelectMany(s => s.Events).Select(e => e.Root).ToHashSet();
        for (int root = 1; root <= 20; root++) Assert.Contains(root.ToString("00"), roots);
        Assert.Contains(all, s => s.Sentence.Contains(" were ") && s.Sentence.Contains(" by "));      // passive
        Assert.Contains(all, s => s.Sentence.Contains(" not ") || s.Sentence.Contains(" never "));   // negation
        Assert.Contains(all, s => s.Events.Count == 2 && s.Events[0].Source == s.Events[1].Target);  // coordination
        Assert.Contains(all, s => s.Events.Count == 0);                                              // no event
    }

    [Fact]
    public void CoderReachesPrecisionAndRecallOnTheTestSet()
    {
        int gold = 0, predicted = 0, correct = 0, emptyKept = 0, empty = 0;
        foreach (var (sentence, expected) in Load())
        {
            var doc = Pipeline.Process(new Document(sentence) { Language = "en" });
            var events = doc.Events;
            gold += expected.Count;
            predicted += events.Count;
            if (expected.Count == 0) { empty++; if (events.Count == 0) emptyKept++; }
            var used = new HashSet<EventRecord>();
            foreach (var e in expected)
            {
                var hit = events.FirstOrDefault(p => !used.Contains(p) && p.Root == e.Root
                                                     && ActorMatches(e.Source, p.Source?.Code) && ActorMatches(e.Target, p.Target?.Code));
                if (hit is not null) { used.Add(hit); correct++; }
            }
            var got = string.Join("; ", events.Select(p => $"{p.Source?.Code} {p.Cameo} {p.Target?.Code ?? "-"} [{p.Trigger.Text}]"));
            var want = string.Join("; ", expected.Select(e => $"{e.Source} {e.Root} {e.Target ?? "-"}"));
            if (used.Count != expected.Count || events.Count != expected.Count) output.WriteLine($"MISS {sentence}\n   want {want}\n   got  {got}");
        }
        double precision = predicted == 0 ? 0 : (double)correct / predicted, recall = (double)correct / gold;
        output.WriteLine($"gold {gold} predicted {predicted} correct {correct}: P {precision:F3} R {recall:F3}; empty kept {emptyKept}/{empty}");
        Assert.True(recall >= 0.85, $"recall {recall:F3}");
        Assert.True(precision >= 0.85, $"precision {precision:F3}");
        Assert.Equal(empty, emptyKept);
    }
}

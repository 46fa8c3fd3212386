using System.Diagnostics;
using Chronicle.Learning;

namespace Chronicle.Parsing;

/// <summary>Throughput of the parser on one thread, for <c>chronicle bench</c> and <c>chronicle parse --bench</c>.</summary>
public static class ParserBenchmark
{
    /// <summary>Words per second by wall clock and by the process's CPU time (the fairer figure on a
    /// shared, overloaded machine: it counts only the time this program actually ran), and the fastest single pass
    /// by wall clock (noise from other programs only ever slows a pass down, so the fastest is the steadiest figure).</summary>
    public sealed record Rate(double WallWordsPerSecond, double CpuWordsPerSecond, double BestPassWordsPerSecond);

    public sealed record Result(long Words, Rate WordFeatures, Rate Tagging, Rate Parsing);

    /// <summary>Runs each phase over all sentences <paramref name="repeats"/> times after a warm-up pass.</summary>
    public static Result Run(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences, int repeats = 5)
    {
        var words = new WordInfo[sentences.Count][];
        var tags = sentences.Select(s => new int[s.Count]).ToArray();
        int longest = sentences.Max(s => s.Count);
        var heads = new int[longest];
        var relations = new int[longest];
        long total = (long)sentences.Sum(s => s.Count) * repeats;

        var features = Measure(repeats, total, () =>
        {
            for (int k = 0; k < sentences.Count; k++)
            {
                var forms = sentences[k].Forms;
                var w = words[k] ??= new WordInfo[forms.Length];
                for (int i = 0; i < forms.Length; i++) w[i] = parser.Describe(forms[i]);
            }
        });
        var tagging = Measure(repeats, total, () =>
        {
            for (int k = 0; k < sentences.Count; k++) parser.Tagger.Tag(words[k], tags[k]);
        });
        var parsing = Measure(repeats, total, () =>
        {
            for (int k = 0; k < sentences.Count; k++)
            {
                int n = words[k].Length;
                parser.Parse(words[k], tags[k], heads.AsSpan(0, n), relations.AsSpan(0, n));
            }
        });
        return new Result(total, features, tagging, parsing);
    }

    private static Rate Measure(int repeats, long words, Action pass)
    {
        pass(); // warm-up: JIT, caches, workspaces
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var best = TimeSpan.MaxValue;
        for (int r = 0; r < repeats; r++)
        {
            var start = clock.Elapsed;
            pass();
            var elapsed = clock.Elapsed - start;
            if (elapsed < best) best = elapsed;
        }
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new Rate(words / clock.Elapsed.TotalSeconds, words / Math.Max(cpu.TotalSeconds, 1e-9), words / repeats / best.TotalSeconds);
    }
}

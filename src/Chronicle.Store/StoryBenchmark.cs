using System.Diagnostics;
using Chronicle.Serialization;

namespace Chronicle.Store;

/// <summary>
/// Speed of story assignment and event linking (docs/stories.md, "Benchmark"): streams the
/// <see cref="SyntheticStories"/> archive through <see cref="SqlEventStore.AssignStories"/> in
/// batches (the articles themselves are not stored; the story tables are), timing each call. The
/// cost of the first and of the last <see cref="Result.Window"/> articles shows whether the cost
/// per article grows with the archive. Generation is not timed. After the timed run it scores the
/// stories and links against the generator's truth, so a fast run that put everything in one story
/// (or none) shows.
/// </summary>
public static class StoryBenchmark
{
    public sealed record Result(
        string Store, int Articles, int Batch, double AssignSeconds, double GenerateSeconds, int Window,
        double FirstWindowSeconds, double LastWindowSeconds, long PeakWorkingSetBytes, StoryCounts Counts,
        PairScore Stories, PairScore Links)
    {
        public double ArticlesPerSecond => Articles / AssignSeconds;
        /// <summary>Seconds per 10,000 articles over the first and the last window.</summary>
        public double FirstCost => FirstWindowSeconds * 10_000 / Window;
        public double LastCost => LastWindowSeconds * 10_000 / Window;
        public double Ratio => LastWindowSeconds / FirstWindowSeconds;
    }

    /// <summary>Pairwise precision and recall: of the pairs put together, how many belong together, and the other way round.</summary>
    public sealed record PairScore(long Predicted, long True, long Both)
    {
        public double Precision => Predicted == 0 ? 1 : (double)Both / Predicted;
        public double Recall => True == 0 ? 1 : (double)Both / True;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <param name="progress">Called after each batch with the articles done so far.</param>
    public static Result Run(SqlEventStore store, int articles = 100_000, int batch = 500, Action<int>? progress = null, int seed = 1)
    {
        if (articles < 2) throw new ArgumentOutOfRangeException(nameof(articles), "at least 2 articles");
        if (batch < 1) throw new ArgumentOutOfRangeException(nameof(batch), "at least 1 article a batch");
        int window = Math.Min(10_000, articles / 2);
        // Time spent on the batches that end within the first window / start within the last one, and the articles they held.
        double firstSeconds = 0, lastSeconds = 0, assign = 0;
        int firstArticles = 0, lastArticles = 0, done = 0;
        var generate = new Stopwatch();
        var pending = new List<Analysis>(batch);
        using var source = SyntheticStories.Articles(articles, seed).GetEnumerator();
        while (done < articles)
        {
            generate.Start();
            pending.Clear();
            while (pending.Count < batch && source.MoveNext()) pending.Add(source.Current);
            generate.Stop();
            if (pending.Count == 0) break;
            long start = Stopwatch.GetTimestamp();
            store.AssignStories(pending);
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            assign += seconds;
            if (firstArticles < window) { firstSeconds += seconds; firstArticles += pending.Count; }
            if (done >= articles - window) { lastSeconds += seconds; lastArticles += pending.Count; }
            done += pending.Count;
            progress?.Invoke(done);
        }
        long peak;
        using (var self = Process.GetCurrentProcess()) peak = self.PeakWorkingSet64;
        // The windows are whole batches: scale each to exactly `window` articles.
        double first = firstArticles == 0 ? 0 : firstSeconds * window / firstArticles;
        double last = lastArticles == 0 ? 0 : lastSeconds * window / lastArticles;
        var (stories, links) = Score(store, articles, seed);
        return new Result(store.Kind, done, batch, assign, generate.Elapsed.TotalSeconds, window, first, last, peak, store.CountStories(), stories, links);
    }

    /// <summary>Stories against the generator's stories, and mention links against its happenings (two mentions
    /// belong together when both report the same happening; an event reported once belongs with none).</summary>
    private static (PairScore Stories, PairScore Links) Score(SqlEventStore store, int articles, int seed)
    {
        var partition = store.StoryPartition();
        var stories = Pairs(partition.Select(p => (p.Value, (long)SyntheticStories.StoryOf(p.Key))));
        var links = store.MentionLinks();
        var truth = new Dictionary<string, long>(StringComparer.Ordinal);
        var happenings = new Dictionary<string, long>(StringComparer.Ordinal);
        long once = -1;
        foreach (var a in SyntheticStories.Articles(articles, seed))
            foreach (var e in a.Events)
            {
                string key = a.Id + "/" + e.Id;
                if (!links.ContainsKey(key)) continue;
                truth[key] = e.Rule is { } rule && rule != SyntheticStories.OnceRule
                    ? happenings.TryGetValue(rule, out long h) ? h : happenings[rule] = happenings.Count
                    : once--;
            }
        var mentions = Pairs(links.Where(l => truth.ContainsKey(l.Key)).Select(l => (l.Value, truth[l.Key])));
        return (stories, mentions);
    }

    private static PairScore Pairs(IEnumerable<(long Predicted, long True)> items)
    {
        var predicted = new Dictionary<long, long>();
        var truth = new Dictionary<long, long>();
        var both = new Dictionary<(long, long), long>();
        foreach (var (p, t) in items)
        {
            predicted[p] = predicted.GetValueOrDefault(p) + 1;
            truth[t] = truth.GetValueOrDefault(t) + 1;
            both[(p, t)] = both.GetValueOrDefault((p, t)) + 1;
        }
        static long Sum(IEnumerable<long> sizes) => sizes.Sum(n => n * (n - 1) / 2);
        return new PairScore(Sum(predicted.Values), Sum(truth.Values), Sum(both.Values));
    }
}

using System.Diagnostics;

namespace Chronicle.Store;

/// <summary>Query speed on a store filled with synthetic events: loads <c>events</c> events (50 an
/// article) unless the store already holds them, then times typical filtered queries (first page
/// of 100, the way the API and UI ask) and reports the median of several runs of each.</summary>
public static class StoreBenchmark
{
    public sealed record Timing(string Query, int Rows, double MedianMs, double MaxMs);

    public sealed record Result(long Events, double LoadSeconds, IReadOnlyList<Timing> Timings);

    public static Result Run(IEventStore store, int events = 100_000, int runs = 15, Action<string>? progress = null)
    {
        const int perArticle = 50;
        int articles = (events + perArticle - 1) / perArticle;
        var load = Stopwatch.StartNew();
        long have = store.Counts().Events;
        if (have < events)
        {
            int first = (int)(have / perArticle);
            int done = 0;
            foreach (var analysis in SyntheticCorpus.Articles(articles - first, perArticle, seed: 1, first: first))
            {
                store.Store(analysis);
                if (++done % 500 == 0) progress?.Invoke($"stored {(first + done) * perArticle} events");
            }
        }
        (store as SqlEventStore)?.Optimize();
        load.Stop();

        var queries = new (string Name, Func<int> Run)[]
        {
            ("events, no filter", () => store.QueryEvents(EventFilter.None, null, 100).Items.Count),
            ("events by actor FRA", () => store.QueryEvents(new EventFilter { Actor = "FRA" }, null, 100).Items.Count),
            ("events by country IRQ and quad 4", () => store.QueryEvents(new EventFilter { Country = "IRQ", QuadClass = 4 }, null, 100).Items.Count),
            ("events by CAMEO 19 in 2023", () => store.QueryEvents(new EventFilter { Cameo = "19", From = "2023-01-01", To = "2023-12-31" }, null, 100).Items.Count),
            ("events by place Geneva, root 05", () => store.QueryEvents(new EventFilter { Place = "Geneva", Root = "05" }, null, 100).Items.Count),
            ("events USAMIL -> RUSGOV, page 2", () =>
            {
                var filter = new EventFilter { SourceActor = "USAMIL", TargetActor = "RUSGOV" };
                var page = store.QueryEvents(filter, null, 100);
                return page.Next is null ? 0 : store.QueryEvents(filter, page.Next, 100).Items.Count;
            }),
            ("timeline by month, quad 3", () => store.Timeline(new EventFilter { QuadClass = 3 }, byMonth: true).Count),
            ("actor network, top 200", () => store.Network(EventFilter.None, 200).Count),
            ("search articles \"spokesman talks\"", () => store.SearchArticles("spokesman talks", 20).Count),
        };
        var timings = new List<Timing>();
        foreach (var (name, query) in queries)
        {
            query(); // warm the cache and the statement
            var samples = new double[runs];
            int rows = 0;
            for (int i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                rows = query();
                samples[i] = watch.Elapsed.TotalMilliseconds;
            }
            Array.Sort(samples);
            timings.Add(new Timing(name, rows, samples[runs / 2], samples[^1]));
        }
        return new Result(store.Counts().Events, load.Elapsed.TotalSeconds, timings);
    }
}

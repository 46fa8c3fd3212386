namespace Chronicle.Stories;

/// <summary>What <see cref="GlobalEventIndex.Decide"/> chose for one mention: the global event it reports
/// (null: a new one) and the scorer's margin (0 for a new event).</summary>
public readonly record struct LinkDecision(long? GlobalEventId, double Score);

/// <summary>
/// Links event mentions to global events. Candidates are the active global events of the same CAMEO
/// root family in the mention's story, and those of the same family between the same two countries in any story
/// (a report can land in a story of its own). Each allowed candidate is scored by the
/// <see cref="EventLinkModel"/>; the best positive margin wins. As with <see cref="StoryIndex"/>,
/// deciding never changes the index, so another worker's links replay to the same state.
/// </summary>
public sealed class GlobalEventIndex(StoryOptions options, EventLinkModel model)
{
    private const int CandidatesPerList = 64;
    private const int SweepEvery = 256;

    private readonly Dictionary<long, GlobalEventState> _events = [];
    private readonly Dictionary<(long Story, int Family), List<GlobalEventState>> _byStory = [];
    private readonly Dictionary<(int Family, string Parties), List<GlobalEventState>> _byParties = [];
    private readonly Dictionary<string, List<(long Global, string? Source)>> _byArticle = new(StringComparer.Ordinal);
    private int _latestDay = int.MinValue;
    private int _linksSinceSweep;

    public int ActiveEvents => _events.Count;

    public GlobalEventState? Event(long id) => _events.GetValueOrDefault(id);

    public LinkDecision Decide(EventMention m, ArticleProfile article, long storyId)
    {
        int day = EventLinkFeatures.DayOf(m, article);
        Span<int> features = stackalloc int[EventLinkFeatures.MaxFeatures];
        GlobalEventState? best = null;
        double bestMargin = 0;
        foreach (var g in Candidates(m, article, storyId))
        {
            int n = EventLinkFeatures.Extract(m, article, storyId, g, day, features);
            double margin = model.Margin(features[..n]);
            if (margin > bestMargin) (best, bestMargin) = (g, margin);
        }
        return best is null ? new LinkDecision(null, 0) : new LinkDecision(best.Id, bestMargin);
    }

    /// <summary>The active global events a mention may report (same root family, not ruled out), in a fixed order:
    /// its story's first, then those between the same two countries.</summary>
    public IEnumerable<GlobalEventState> Candidates(EventMention m, ArticleProfile article, long storyId)
    {
        int day = EventLinkFeatures.DayOf(m, article);
        var seen = new HashSet<long>();
        var lists = new List<List<GlobalEventState>?> { _byStory.GetValueOrDefault((storyId, m.Family)) };
        if (PartiesKey(m, swapped: false) is { } parties) lists.Add(_byParties.GetValueOrDefault((m.Family, parties)));
        if (m.Symmetric && PartiesKey(m, swapped: true) is { } reversed) lists.Add(_byParties.GetValueOrDefault((m.Family, reversed)));
        foreach (var list in lists)
        {
            if (list is null) continue;
            for (int i = Math.Max(0, list.Count - CandidatesPerList); i < list.Count; i++)
            {
                var g = list[i];
                if (g.Dead || EventMention.RootFamily(g.Root) != m.Family || !seen.Add(g.Id) || EventLinkFeatures.Forbidden(m, g, day, options)) continue;
                yield return g;
            }
        }
    }

    /// <summary>Records a mention as reporting global event <paramref name="globalId"/> (created when new).</summary>
    public GlobalEventState Link(EventMention m, ArticleProfile article, long storyId, long globalId)
    {
        int day = EventLinkFeatures.DayOf(m, article);
        if (!_events.TryGetValue(globalId, out var g))
        {
            _events[globalId] = g = new GlobalEventState { Id = globalId, StoryId = storyId, Root = m.Root, Cameo = m.Cameo };
            ListOf(_byStory, (storyId, m.Family)).Add(g);
            if (PartiesKey(m, swapped: false) is { } parties) ListOf(_byParties, (m.Family, parties)).Add(g);
        }
        g.Add(m, article.ArticleId, article.Source, day);
        // Publication days, not event days, move the window: an act dated years back must not sweep the index.
        int seen = article.Day ?? day;
        if (seen > g.LastSeen) g.LastSeen = seen;
        if (!_byArticle.TryGetValue(article.ArticleId, out var linked)) _byArticle[article.ArticleId] = linked = [];
        linked.Add((globalId, article.Source));
        if (seen > _latestDay) _latestDay = seen;
        if (++_linksSinceSweep >= SweepEvery) Sweep();
        return g;
    }

    /// <summary>Takes an article's mentions out of their global events (re-analysis).</summary>
    public void RemoveArticle(string articleId)
    {
        if (!_byArticle.Remove(articleId, out var linked)) return;
        foreach (var (global, source) in linked)
            if (_events.TryGetValue(global, out var g)) g.Remove(articleId, source);
    }

    /// <summary>After two stories merged, their global events are candidates for each other's mentions.</summary>
    public void MergeStories(long from, long into)
    {
        foreach (var key in _byStory.Keys.Where(k => k.Story == from).ToList())
        {
            _byStory.Remove(key, out var list);
            foreach (var g in list!) g.StoryId = into;
            ListOf(_byStory, (into, key.Family)).AddRange(list);
        }
    }

    private static string? PartiesKey(EventMention m, bool swapped)
    {
        var (s, t) = swapped ? (m.TargetCode, m.SourceCode) : (m.SourceCode, m.TargetCode);
        return EventLinkFeatures.CountryOf(s) is { } from && EventLinkFeatures.CountryOf(t) is { } to ? from + "|" + to : null;
    }

    private static List<GlobalEventState> ListOf<TKey>(Dictionary<TKey, List<GlobalEventState>> index, TKey key) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        return list;
    }

    /// <summary>Drops global events too old to be reported again as news, so memory follows the active window.</summary>
    private void Sweep()
    {
        _linksSinceSweep = 0;
        int coldBefore = _latestDay - options.ColdAfterDays - options.EventDayWindow;
        var cold = _events.Values.Where(g => g.LastSeen < coldBefore).Select(g => g.Id).ToList();
        if (cold.Count == 0) return;
        foreach (var id in cold) { _events[id].Dead = true; _events.Remove(id); }
        Prune(_byStory);
        Prune(_byParties);
        foreach (var (articleId, linked) in _byArticle)
            if (linked.TrueForAll(l => !_events.ContainsKey(l.Global))) _byArticle.Remove(articleId);
    }

    private static void Prune<TKey>(Dictionary<TKey, List<GlobalEventState>> index) where TKey : notnull
    {
        foreach (var (key, list) in index)
        {
            list.RemoveAll(g => g.Dead);
            if (list.Count == 0) index.Remove(key);
        }
    }
}

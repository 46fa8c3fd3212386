namespace Chronicle.Stories;

/// <summary>What <see cref="StoryIndex.Decide"/> chose for one article: the story to join (null: start
/// one), its score, and a second story that scores high enough to be the same one (merge it in).</summary>
public sealed record StoryDecision(long? StoryId, double Score, long? MergeFrom, double MergeScore);

/// <summary>
/// Online story clustering (docs/stories.md). Active stories are posted under their names and their
/// heaviest words in an inverted index; an article's candidates are the stories sharing its rarer keys
/// (keys posted by more than <see cref="StoryOptions.PostingCap"/> stories are skipped), so the cost of
/// an article depends on the number of active stories, never on the archive. Scores are tf-idf cosines
/// of words and of names, with idf counted over the active stories, minus a penalty per day apart.
/// Deciding never changes the index; <see cref="Join"/> and <see cref="Merge"/> do, so a store can
/// replay another worker's decisions in the order they were made and reach the same state.
/// </summary>
public sealed class StoryIndex(StoryOptions options)
{
    private const int TermsPosted = 15;
    private const int SweepEvery = 128;

    private readonly Dictionary<long, StoryState> _stories = [];
    private readonly Dictionary<uint, List<StoryState>> _postings = [];
    private readonly Dictionary<string, (long Story, ArticleProfile Profile)> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> _mergedInto = [];
    private int _latestDay = int.MinValue;
    private int _joinsSinceSweep;

    public StoryOptions Options => options;
    public int ActiveStories => _stories.Count;
    public int ActiveArticles => _articles.Count;

    public StoryState? Story(long id) => _stories.GetValueOrDefault(Resolve(id));

    /// <summary>The story an id stands for now, following merges.</summary>
    public long Resolve(long id)
    {
        while (_mergedInto.TryGetValue(id, out long into)) id = into;
        return id;
    }

    /// <summary>The story an active article is in, if the index still holds it.</summary>
    public long? StoryOf(string articleId) => _articles.TryGetValue(articleId, out var entry) ? Resolve(entry.Story) : null;

    public StoryDecision Decide(ArticleProfile article)
    {
        int day = article.Day ?? _latestDay;
        var shared = new Dictionary<long, double>();
        CollectCandidates(article.Names, day, shared);
        CollectCandidates(article.Terms.AsSpan(0, Math.Min(TermsPosted, article.Terms.Length)), day, shared);

        long? best = null, second = null;
        double bestScore = double.NegativeInfinity, secondScore = double.NegativeInfinity;
        var weighted = new WeightedArticle(Weigh(article.Terms), Weigh(article.Names));
        foreach (var (id, _) in shared.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(options.CandidatesScored))
        {
            double score = Score(weighted, _stories[id], day);
            if (score > bestScore || score == bestScore && id < best)
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (id, score);
            }
            else if (score > secondScore || score == secondScore && id < second) (second, secondScore) = (id, score);
        }
        if (best is null || bestScore < options.JoinThreshold) return new StoryDecision(null, Math.Max(0, bestScore), null, 0);
        if (second is { } other && secondScore >= options.MergeThreshold)
        {
            // The older story keeps its id: links already handed out stay valid.
            long keep = Math.Min(best.Value, other), gone = Math.Max(best.Value, other);
            return new StoryDecision(keep, bestScore, gone, secondScore);
        }
        return new StoryDecision(best, bestScore, null, 0);
    }

    /// <summary>The similarity of an article to a story: what <see cref="Decide"/> compares with the thresholds.</summary>
    private double Score(WeightedArticle article, StoryState story, int day)
    {
        double terms = Cosine(article.Terms, story.Terms, story.TermNorm);
        double names = Cosine(article.Names, story.Names, story.NameNorm);
        int gap = story.Gap(day);
        return options.TermWeight * terms + options.NameWeight * names - options.DayPenalty * Math.Max(0, gap - 1);
    }

    /// <summary>An article's keys with their tf-idf weights and norm, computed once per decision, not per candidate.</summary>
    private readonly record struct WeightedVector((uint Key, double Weight, double Idf)[] Keys, double Norm);

    private readonly record struct WeightedArticle(WeightedVector Terms, WeightedVector Names);

    private WeightedVector Weigh(WeightedKey[] keys)
    {
        var weighted = new (uint, double, double)[keys.Length];
        double sum = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            double idf = IdfOf(keys[i].Key);
            double w = keys[i].Weight * idf;
            weighted[i] = (keys[i].Key, w, idf);
            sum += w * w;
        }
        return new WeightedVector(weighted, Math.Sqrt(sum));
    }

    /// <summary>Adds an article to a story (created when the id is new). An article already in the index leaves its old story first.</summary>
    public void Join(ArticleProfile article, long storyId, string? title = null)
    {
        Remove(article.ArticleId);
        storyId = Resolve(storyId);
        if (!_stories.TryGetValue(storyId, out var story))
            _stories[storyId] = story = new StoryState { Id = storyId, Title = title ?? article.Title };
        story.Add(article, +1);
        _articles[article.ArticleId] = (storyId, article);
        foreach (var k in article.Names) Post(k.Key, story);
        for (int i = 0; i < Math.Min(TermsPosted, article.Terms.Length); i++) Post(article.Terms[i].Key, story);
        Refresh(story);
        if (article.Day is { } d && d > _latestDay) _latestDay = d;
        if (++_joinsSinceSweep >= SweepEvery) Sweep();
    }

    /// <summary>Folds story <paramref name="from"/> into <paramref name="into"/>; the id <paramref name="from"/> resolves to it from now on.</summary>
    public void Merge(long from, long into)
    {
        from = Resolve(from);
        into = Resolve(into);
        if (from == into) return;
        _mergedInto[from] = into;
        if (!_stories.Remove(from, out var gone)) return;
        gone.Dead = true;
        if (!_stories.TryGetValue(into, out var keep))
            _stories[into] = keep = new StoryState { Id = into, Title = gone.Title };
        keep.Absorb(gone);
        foreach (var key in gone.Posted) Post(key, keep);
        Refresh(keep);
    }

    /// <summary>Takes an article out of its story (re-analysis); false when the index does not hold it.</summary>
    public bool Remove(string articleId)
    {
        if (!_articles.Remove(articleId, out var entry)) return false;
        if (_stories.TryGetValue(Resolve(entry.Story), out var story))
        {
            story.Add(entry.Profile, -1);
            Refresh(story);
        }
        return true;
    }

    private void CollectCandidates(ReadOnlySpan<WeightedKey> keys, int day, Dictionary<long, double> shared)
    {
        foreach (var k in keys)
        {
            if (!_postings.TryGetValue(k.Key, out var list) || list.Count > options.PostingCap) continue;
            double idf = Idf(list.Count);
            foreach (var story in list)
            {
                if (story.Dead || story.Articles <= 0 || story.Gap(day) > options.ColdAfterDays) continue;
                shared[story.Id] = shared.GetValueOrDefault(story.Id) + idf;
            }
        }
    }

    /// <summary>tf-idf cosine; the story's norm is the one <see cref="Refresh"/> kept from its last change
    /// (idf drifts a little as other stories come and go; recomputing it per candidate cost half the time).</summary>
    private static double Cosine(WeightedVector article, Dictionary<uint, float> story, double storyNorm)
    {
        double dot = 0;
        foreach (var (key, w, idf) in article.Keys)
            if (story.TryGetValue(key, out float sw)) dot += w * sw * idf;
        return dot == 0 || storyNorm == 0 ? 0 : dot / (article.Norm * storyNorm);
    }

    /// <summary>Recomputes a story's vector norms after it changed. Every worker changes stories in the same
    /// order (deciding or replaying), so all of them hold the same norms.</summary>
    private void Refresh(StoryState story)
    {
        story.TermNorm = Norm(story.Terms);
        story.NameNorm = Norm(story.Names);
    }

    private double Norm(Dictionary<uint, float> weights)
    {
        double sum = 0;
        foreach (var (key, w) in weights)
        {
            double v = w * IdfOf(key);
            sum += v * v;
        }
        return Math.Sqrt(sum);
    }

    private double IdfOf(uint key) => Idf(_postings.TryGetValue(key, out var list) ? list.Count : 0);

    private double Idf(int postings) => Math.Log((_stories.Count + 1.0) / (postings + 0.5)) + 1.0;

    private void Post(uint key, StoryState story)
    {
        if (!story.Posted.Add(key)) return;
        if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = [];
        list.Add(story);
    }

    /// <summary>Drops cold stories and their postings, so memory follows the active window, not the archive.</summary>
    private void Sweep()
    {
        _joinsSinceSweep = 0;
        int coldBefore = _latestDay - options.ColdAfterDays - 1;
        var cold = _stories.Values.Where(s => s.LastDay < coldBefore || s.Articles <= 0).Select(s => s.Id).ToList();
        if (cold.Count == 0) return;
        foreach (var id in cold) { _stories[id].Dead = true; _stories.Remove(id); }
        foreach (var (key, list) in _postings)
        {
            list.RemoveAll(s => s.Dead);
            if (list.Count == 0) _postings.Remove(key);
        }
        foreach (var (articleId, entry) in _articles.Where(p => !_stories.ContainsKey(Resolve(p.Value.Story))).ToList())
            _articles.Remove(articleId);
        foreach (var (from, _) in _mergedInto.Where(p => !_stories.ContainsKey(Resolve(p.Key))).ToList()) _mergedInto.Remove(from);
    }
}

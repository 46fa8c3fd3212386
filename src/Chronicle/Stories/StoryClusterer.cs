namespace Chronicle.Stories;

/// <summary>Hands out story and global event ids; the store draws them from its counters under the story lock.</summary>
public interface IStoryIds
{
    long NextStory();
    long NextGlobalEvent();
}

/// <summary>Ids counted in memory (evaluation, benchmarks, tests).</summary>
public sealed class CountingStoryIds : IStoryIds
{
    private long _story, _event;
    public long NextStory() => ++_story;
    public long NextGlobalEvent() => ++_event;
}

/// <summary>One mention's link: the global event it reports, the margin, and whether it started that event.</summary>
public readonly record struct MentionLink(string EventId, long GlobalEventId, double Score, bool NewEvent);

/// <summary>Everything decided for one article: its story, whether it started it, the story merged into it, its mentions' links.</summary>
public sealed record ArticleAssignment(
    string ArticleId, long StoryId, double Score, bool NewStory, long? MergedFrom, double MergeScore, MentionLink[] Links);

/// <summary>
/// Story assignment and event linking for a stream of articles: decide the story (join, start, or join
/// and merge two), then link each event mention. <see cref="Assign"/> decides and applies;
/// <see cref="Replay"/> applies a decision made elsewhere (another worker, an earlier run) through the
/// same code, so both reach the same index state.
/// </summary>
public sealed class StoryClusterer(StoryOptions options, EventLinkModel model)
{
    public StoryIndex Stories { get; } = new(options);
    public GlobalEventIndex Events { get; } = new(options, model);
    public StoryOptions Options => options;

    public ArticleAssignment Assign(ArticleProfile article, IStoryIds ids)
    {
        var (storyId, decision) = AssignStory(article, ids);
        bool isNew = decision.StoryId is null;
        var links = new MentionLink[article.Events.Length];
        for (int i = 0; i < links.Length; i++)
        {
            var m = article.Events[i];
            var link = Events.Decide(m, article, storyId);
            long global = link.GlobalEventId ?? ids.NextGlobalEvent();
            Events.Link(m, article, storyId, global);
            links[i] = new MentionLink(m.EventId, global, link.Score, link.GlobalEventId is null);
        }
        return new ArticleAssignment(article.ArticleId, storyId, decision.Score, isNew, decision.MergeFrom, decision.MergeScore, links);
    }

    /// <summary>The story half of <see cref="Assign"/>: the article leaves any earlier story, then joins the chosen
    /// one (or a new one), merging the story the decision says is the same.</summary>
    public (long StoryId, StoryDecision Decision) AssignStory(ArticleProfile article, IStoryIds ids)
    {
        Forget(article.ArticleId);
        var decision = Stories.Decide(article);
        long storyId = decision.StoryId ?? ids.NextStory();
        if (decision.MergeFrom is { } from) Merge(from, storyId);
        Stories.Join(article, storyId);
        return (storyId, decision);
    }

    /// <summary>Applies a decision made elsewhere. Mentions are matched to links by event id.</summary>
    public void Replay(ArticleProfile article, long storyId, IReadOnlyDictionary<string, long> globalByEvent)
    {
        Forget(article.ArticleId);
        Stories.Join(article, storyId);
        foreach (var m in article.Events)
            if (globalByEvent.TryGetValue(m.EventId, out long global)) Events.Link(m, article, storyId, global);
    }

    public void Merge(long from, long into)
    {
        from = Stories.Resolve(from);
        into = Stories.Resolve(into);
        if (from == into) return;
        Stories.Merge(from, into);
        Events.MergeStories(from, into);
    }

    /// <summary>Takes an article out (it is being re-analyzed, or was deleted).</summary>
    public void Forget(string articleId)
    {
        Stories.Remove(articleId);
        Events.RemoveArticle(articleId);
    }
}

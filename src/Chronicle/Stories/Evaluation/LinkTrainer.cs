namespace Chronicle.Stories.Evaluation;

/// <summary>
/// Trains the <see cref="EventLinkModel"/> on the same-event annotation: an online pass over the
/// stream as the store would see it, in which every annotated mention's candidates are scored; the
/// candidate the annotation says reports the same event (the best-scoring one, if several) is the
/// truth, "new event" when none is. A wrong choice moves the weights (the averaged perceptron's
/// update on both pairs), and the mention is then linked as the annotation says (teacher forcing),
/// so later mentions meet the index they should. Mentions in unannotated sentences are linked by
/// the model as it stands and teach nothing. Only documents of the training split are streamed.
/// </summary>
public static class LinkTrainer
{
    /// <summary>The annotation gives tens of reachable pairs, not thousands: small steps keep the written-down
    /// prior as the starting point and let the data move it, instead of a few examples overturning it.</summary>
    private const float Step = 0.25f;

    public static EventLinkModel Train(IReadOnlyList<ConllArticle> articles, StoryGold gold, StoryOptions options, int epochs, string split = "tune")
    {
        var model = EventLinkModel.Prior();
        var perceptron = model.Perceptron;
        var train = articles.Where(a => gold.SplitOf(a.Document) is null || gold.SplitOf(a.Document) == split).ToList();
        Span<int> features = stackalloc int[EventLinkFeatures.MaxFeatures];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var clusterer = new StoryClusterer(options, model);
            var ids = new CountingStoryIds();
            var goldOfGlobal = new Dictionary<long, HashSet<string>>();
            foreach (var article in train)
            {
                var profile = ArticleProfiler.Profile(article.Analysis);
                var (story, _) = clusterer.AssignStory(profile, ids);
                foreach (var m in profile.Events)
                {
                    var trigger = article.Analysis.Events.First(e => e.Id == m.EventId).Trigger;
                    var key = new SentenceKey(article.Document, article.SentenceAt(trigger.Start));
                    var goldEvents = gold.EventsOfSentence.GetValueOrDefault(key)?.Where(e => e.Root == m.Root).Select(e => e.Id).ToHashSet();
                    int day = EventLinkFeatures.DayOf(m, profile);
                    GlobalEventState? predicted = null, truth = null;
                    double predictedMargin = 0, truthMargin = double.NegativeInfinity;
                    int[]? predictedFeatures = null, truthFeatures = null;
                    foreach (var g in clusterer.Events.Candidates(m, profile, story).ToList())
                    {
                        int n = EventLinkFeatures.Extract(m, profile, story, g, day, features);
                        double margin = model.Margin(features[..n]);
                        if (margin > predictedMargin) (predicted, predictedMargin, predictedFeatures) = (g, margin, features[..n].ToArray());
                        bool same = goldEvents is { Count: > 0 } && goldOfGlobal.TryGetValue(g.Id, out var linked) && linked.Overlaps(goldEvents);
                        if (same && margin > truthMargin) (truth, truthMargin, truthFeatures) = (g, margin, features[..n].ToArray());
                    }
                    long global;
                    if (goldEvents is { Count: > 0 })
                    {
                        perceptron.Tick();
                        if (predicted?.Id != truth?.Id)
                        {
                            if (predictedFeatures is not null) perceptron.Update(predictedFeatures, EventLinkModel.Other, EventLinkModel.Same, Step);
                            if (truthFeatures is not null) perceptron.Update(truthFeatures, EventLinkModel.Same, EventLinkModel.Other, Step);
                        }
                        global = truth?.Id ?? ids.NextGlobalEvent();
                        if (!goldOfGlobal.TryGetValue(global, out var set)) goldOfGlobal[global] = set = [];
                        set.UnionWith(goldEvents);
                    }
                    else global = predicted?.Id ?? ids.NextGlobalEvent();
                    clusterer.Events.Link(m, profile, story, global);
                }
            }
        }
        perceptron.Average();
        return model;
    }
}

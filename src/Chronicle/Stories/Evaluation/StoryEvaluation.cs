namespace Chronicle.Stories.Evaluation;

/// <summary>Pairwise precision and recall: pairs predicted together, pairs together in the gold, and both.</summary>
public sealed record PairScore(long Correct, long Predicted, long Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public override string ToString() => $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} ({Correct}/{Predicted} predicted, {Correct}/{Gold} gold)";
}

/// <summary>Scores of one split: story pairs, same-event link pairs, and link recall over the gold pairs
/// whose two sentences both carry a coded event of the gold root (what linking could reach, given detection).</summary>
public sealed record StoryScores(string Split, int Documents, PairScore Stories, PairScore Links, PairScore ReachableLinks,
    int GoldSentences, int SentencesCoded, int SentencesCodedWithRoot);

/// <summary>What one run over the stream decided: each document's story, each event mention's global event.</summary>
public sealed class StoryRun
{
    public Dictionary<int, long> StoryOfDocument { get; } = [];
    public List<(SentenceKey Sentence, string Root, long Global)> Mentions { get; } = [];
    /// <summary>Each mention as the linker saw it, for error analysis.</summary>
    public List<(SentenceKey Sentence, EventMention Mention, long Story, long Global)> Linked { get; } = [];
}

/// <summary>
/// Runs story assignment and event linking over CoNLL documents in arrival order and scores them on
/// the annotation (docs/stories.md "Evaluation"). Stories are scored as pairs of annotated documents
/// of one split; links as pairs of sentences in different documents. A predicted link counts against
/// precision when at least one of its sentences is annotated (the annotation lists every sentence of
/// an annotated event), and is not judged when neither is.
/// </summary>
public static class StoryEvaluation
{
    public static StoryRun Run(IReadOnlyList<ConllArticle> articles, StoryOptions options, EventLinkModel model, Func<int, bool>? include = null)
    {
        var clusterer = new StoryClusterer(options, model);
        var ids = new CountingStoryIds();
        var run = new StoryRun();
        var decided = new List<(int Document, long Story)>();
        foreach (var article in articles)
        {
            if (include is not null && !include(article.Document)) continue;
            var profile = ArticleProfiler.Profile(article.Analysis);
            var assignment = clusterer.Assign(profile, ids);
            decided.Add((article.Document, assignment.StoryId));
            foreach (var link in assignment.Links)
            {
                var e = article.Analysis.Events.First(x => x.Id == link.EventId);
                var key = new SentenceKey(article.Document, article.SentenceAt(e.Trigger.Start));
                run.Mentions.Add((key, e.Root, link.GlobalEventId));
                run.Linked.Add((key, profile.Events.First(x => x.EventId == link.EventId), assignment.StoryId, link.GlobalEventId));
            }
        }
        foreach (var (doc, story) in decided) run.StoryOfDocument[doc] = clusterer.Stories.Resolve(story);
        return run;
    }

    public static StoryScores Score(StoryRun run, StoryGold gold, string split)
    {
        bool InSplit(int doc) => split == "all" ? gold.StoryOfDocument.ContainsKey(doc) : gold.SplitOf(doc) == split;
        var docs = gold.StoryOfDocument.Keys.Where(InSplit).Order().ToList();

        long storyCorrect = 0, storyPredicted = 0, storyGold = 0;
        for (int i = 0; i < docs.Count; i++)
            for (int j = i + 1; j < docs.Count; j++)
            {
                bool g = gold.StoryOfDocument[docs[i]].Id == gold.StoryOfDocument[docs[j]].Id;
                bool p = run.StoryOfDocument.TryGetValue(docs[i], out long a) && run.StoryOfDocument.TryGetValue(docs[j], out long b) && a == b;
                if (g) storyGold++;
                if (p) storyPredicted++;
                if (g && p) storyCorrect++;
            }

        var predictedPairs = new HashSet<(SentenceKey, SentenceKey)>();
        foreach (var group in run.Mentions.Where(m => InSplit(m.Sentence.Document)).GroupBy(m => m.Global))
        {
            var keys = group.Select(m => m.Sentence).Distinct().ToList();
            for (int i = 0; i < keys.Count; i++)
                for (int j = i + 1; j < keys.Count; j++)
                    if (keys[i].Document != keys[j].Document) predictedPairs.Add(Ordered(keys[i], keys[j]));
        }
        var goldPairs = new Dictionary<(SentenceKey, SentenceKey), string>();
        foreach (var e in gold.Events.Where(e => e.Mentions.Count > 0 && InSplit(e.Mentions[0].Document)))
        {
            var keys = e.Mentions.Distinct().ToList();
            for (int i = 0; i < keys.Count; i++)
                for (int j = i + 1; j < keys.Count; j++)
                    if (keys[i].Document != keys[j].Document) goldPairs.TryAdd(Ordered(keys[i], keys[j]), e.Root);
        }
        long judged = 0, correct = 0;
        foreach (var pair in predictedPairs)
        {
            bool annotated = gold.EventsOfSentence.ContainsKey(pair.Item1) || gold.EventsOfSentence.ContainsKey(pair.Item2);
            if (!annotated) continue;
            judged++;
            if (goldPairs.ContainsKey(pair)) correct++;
        }
        var coded = run.Mentions.Select(m => (m.Sentence, m.Root)).ToHashSet();
        // Reachable: both sentences carry a coded event (of any root: a wrong root is the coder's error, #14).
        var codedAny = run.Mentions.Select(m => m.Sentence).ToHashSet();
        long reachable = goldPairs.Count(p => codedAny.Contains(p.Key.Item1) && codedAny.Contains(p.Key.Item2));
        long reachedCorrect = goldPairs.Count(p => codedAny.Contains(p.Key.Item1) && codedAny.Contains(p.Key.Item2) && predictedPairs.Contains(p.Key));
        var goldSentences = gold.Events.Where(e => e.Mentions.Count > 0 && InSplit(e.Mentions[0].Document))
            .SelectMany(e => e.Mentions.Select(m => (m, e.Root))).Distinct().ToList();
        return new StoryScores(split, docs.Count, new PairScore(storyCorrect, storyPredicted, storyGold),
            new PairScore(correct, judged, goldPairs.Count), new PairScore(reachedCorrect, judged, reachable),
            goldSentences.Count, goldSentences.Count(g => codedAny.Contains(g.m)), goldSentences.Count(g => coded.Contains((g.m, g.Root))));
    }

    private static (SentenceKey, SentenceKey) Ordered(SentenceKey a, SentenceKey b) =>
        a.Document < b.Document || a.Document == b.Document && a.Sentence <= b.Sentence ? (a, b) : (b, a);
}

using Chronicle.Learning;

namespace Chronicle.Parsing;

/// <summary>Settings of <see cref="ParserTrainer.Train"/>; the defaults are the ones the shipped model used.</summary>
public sealed record ParserTrainingOptions
{
    public int Epochs { get; init; } = 12;
    public int TaggerEpochs { get; init; } = 10;
    /// <summary>Folds for jackknifed tags: the parser trains on tags predicted by a tagger that never saw the sentence.</summary>
    public int JackknifeFolds { get; init; } = 5;
    public int TaggerBucketBits { get; init; } = 20;
    /// <summary>Folds of the first-pass tags the tagger's second pass trains on (0 = one pass only).</summary>
    public int TaggerRevisionFolds { get; init; } = 4;
    /// <summary>Words seen this often with one tag are tagged from a <see cref="TagDictionary"/> at run time (0: every word
    /// is scored). The dictionary is built after training and plays no part in it.</summary>
    public int TagDictionaryMinCount { get; init; } = TagDictionary.DefaultMinCount;
    public int TransitionBucketBits { get; init; } = 22;
    public int RelationBucketBits { get; init; } = 18;
    public int Seed { get; init; } = 1;
    /// <summary>Parsers trained with seeds Seed, Seed+1, ... on the same tags and averaged into one model.</summary>
    public int Models { get; init; } = 3;
    /// <summary>From this epoch on (0-based) the dynamic oracle follows the model's own choice with
    /// <see cref="ExploreProbability"/>, so training sees the states its mistakes lead to.</summary>
    public int ExploreFromEpoch { get; init; } = 2;
    public double ExploreProbability { get; init; } = 0.9;
    /// <summary>Word classes for the tagger's and parser's class features; stored in the model.</summary>
    public Tagging.WordClusters? Clusters { get; init; }
}

/// <summary>Trains a <see cref="DependencyParser"/> from CoNLL-U treebank sentences.</summary>
public static class ParserTrainer
{
    private sealed record Example(WordInfo[] Words, string[] GoldTags, int[] Tags, int[] Heads, int[] Relations);

    public static DependencyParser Train(IReadOnlyList<ConlluSentence> treebank, ParserTrainingOptions options,
        Action<string>? log = null, IReadOnlyList<ConlluSentence>? dev = null, Action<DependencyParser>? checkpoint = null)
    {
        log ??= _ => { };
        var relations = new LabelSet([DependencyParser.RootRelation]);
        var examples = new List<Example>();
        int lifted = 0;
        foreach (var s in treebank)
        {
            if (!s.HasTree) continue;
            int n = s.Count;
            var heads = (int[])s.Heads.Clone();
            if (Projectivity.Projectivize(heads) > 0) lifted++;
            for (int i = 0; i < n; i++) if (heads[i] < 0) heads[i] = n; // the root is word n, at the buffer's end
            var rel = new int[n];
            for (int i = 0; i < n; i++) rel[i] = relations.GetOrAdd(s.Relations[i]);
            examples.Add(new Example(WordsOf(s, options.Clusters), s.Tags, new int[n], heads, rel));
        }
        log($"{examples.Count} training sentences, {lifted} projectivized by lifting, {relations.Count} relations");

        var tagger = TrainTaggerWithJackknife(examples, options, log);
        var devSet = dev?.Where(s => s.HasTree).ToList();
        if (devSet is not null) log($"dev tag accuracy {TagAccuracy(tagger, devSet, options.Clusters):F2}%");
        int count = Math.Max(1, options.Models);
        var parsers = new DependencyParser[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(count, Environment.ProcessorCount) }, m =>
            parsers[m] = TrainParser(examples, tagger, relations, options, options.Seed + m,
                count == 1 ? log : line => log($"model {m + 1}/{count}: {line}"), devSet, count == 1 ? checkpoint : null));
        if (count == 1) return WithTagDictionary(parsers[0], treebank, options.TagDictionaryMinCount);
        // Parsers trained on different shuffles and explorations, averaged weight by weight: an ensemble
        // that costs nothing at run time.
        var average = parsers[0];
        for (int m = 1; m < count; m++)
        {
            average.Transitions.AddWeighted(parsers[m].Transitions, 1f);
            average.Relations.AddWeighted(parsers[m].Relations, 1f);
        }
        average.Transitions.Scale(1f / count);
        average.Relations.Scale(1f / count);
        if (devSet is not null)
        {
            var (uas, las) = Evaluate(average, devSet);
            log($"average of {count} models: dev UAS {uas:F2} LAS {las:F2}");
        }
        return WithTagDictionary(average, treebank, options.TagDictionaryMinCount);
    }

    /// <summary>The parser with its tagger's dictionary built from the treebank's gold tags (none when
    /// <paramref name="minCount"/> is 0); weights untouched, so it also serves a model trained before.</summary>
    public static DependencyParser WithTagDictionary(DependencyParser parser, IReadOnlyList<ConlluSentence> treebank, int minCount)
    {
        if (minCount <= 0) return parser.WithTagger(parser.Tagger.WithDictionary(null));
        var sentences = treebank.Select(s => (WordsOf(s, parser.Clusters), s.Tags)).ToList();
        var dictionary = TagDictionary.Build(sentences, parser.Tagger.Labels, minCount);
        return parser.WithTagger(parser.Tagger.WithDictionary(dictionary));
    }

    private static DependencyParser TrainParser(List<Example> examples, GreedySequenceTagger tagger, LabelSet relations,
        ParserTrainingOptions options, int seed, Action<string> log, List<ConlluSentence>? devSet, Action<DependencyParser>? checkpoint)
    {
        var parser = new DependencyParser(tagger,
            new AveragedPerceptron(new LabelSet(["shift", "left", "right"]), options.TransitionBucketBits),
            new AveragedPerceptron(relations, options.RelationBucketBits), options.Clusters);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var ws = new DependencyParser.Workspace();
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long steps = 0, errors = 0;
            foreach (int e in order)
            {
                var (s, err) = TrainSentence(parser, examples[e], ws, random, epoch >= options.ExploreFromEpoch ? options.ExploreProbability : 0);
                steps += s;
                errors += err;
            }
            string line = $"epoch {epoch + 1}: transition errors {100.0 * errors / steps:F2}%";
            if (devSet is not null || (checkpoint is not null && epoch + 1 < options.Epochs))
            {
                var snapshot = new DependencyParser(tagger, parser.Transitions.AveragedCopy(), parser.Relations.AveragedCopy(), options.Clusters);
                if (devSet is not null)
                {
                    var (uas, las) = Evaluate(snapshot, devSet);
                    line += $", dev UAS {uas:F2} LAS {las:F2}";
                }
                // A usable model after every epoch: long runs on a shared machine may have to be cut short.
                if (checkpoint is not null && epoch + 1 < options.Epochs) checkpoint(snapshot);
            }
            log(line);
        }
        parser.Transitions.Average();
        parser.Relations.Average();
        return parser;
    }

    private static GreedySequenceTagger TrainTaggerWithJackknife(List<Example> examples, ParserTrainingOptions options, Action<string> log)
    {
        // One tag set shared by the fold taggers and the final one, so tag ids mean the same in all.
        var tagLabels = new LabelSet();
        foreach (var ex in examples) foreach (var t in ex.GoldTags) tagLabels.GetOrAdd(t);
        int folds = options.JackknifeFolds;
        long correct = 0, total = 0;
        var all = examples.Select(e => (e.Words, e.GoldTags)).ToList();
        if (folds > 1)
            Jackknife.Run(all, folds,
                (rest, fold) => GreedySequenceTagger.Train(rest, options.TaggerEpochs, options.TaggerBucketBits, options.Seed + fold, tagLabels, options.TaggerRevisionFolds),
                (foldTagger, i) =>
                {
                    var ex = examples[i];
                    foldTagger.Tag(ex.Words, ex.Tags);
                    for (int k = 0; k < ex.Tags.Length; k++, total++)
                        if (tagLabels[ex.Tags[k]] == ex.GoldTags[k]) correct++;
                });
        if (total > 0) log($"jackknifed tags ({folds} folds): {100.0 * correct / total:F2}% correct");
        var tagger = GreedySequenceTagger.Train(all, options.TaggerEpochs, options.TaggerBucketBits, options.Seed, tagLabels, options.TaggerRevisionFolds);
        if (folds <= 1) foreach (var ex in examples) tagger.Tag(ex.Words, ex.Tags);
        return tagger;
    }

    /// <summary>One sentence with the dynamic oracle; returns (transitions, wrong transitions).</summary>
    private static (int Steps, int Errors) TrainSentence(DependencyParser parser, Example ex, DependencyParser.Workspace ws,
        Random random, double explore)
    {
        int n = ex.Words.Length;
        ws.Prepare(n, parser.Relations.Classes);
        ex.Words.CopyTo(ws.Words, 0);
        ws.Words[n] = WordInfo.Root;
        ex.Tags.CopyTo(ws.Tags, 0);
        ws.Tags[n] = -2;
        var state = ws.State;
        state.Reset(n);
        Span<int> costs = stackalloc int[3];
        int steps = 0, errors = 0;
        while (!state.IsTerminal)
        {
            parser.Transitions.Tick();
            parser.ScoreTransitions(state, ws);
            var scores = ws.TransitionScores;
            int minCost = int.MaxValue;
            for (int k = 0; k < 3; k++)
            {
                costs[k] = state.IsLegal((Transition)k) ? state.Cost((Transition)k, ex.Heads) : int.MaxValue;
                minCost = Math.Min(minCost, costs[k]);
            }
            var predicted = DependencyParser.BestLegal(state, scores);
            int bestGold = -1;
            for (int k = 0; k < 3; k++)
                if (costs[k] == minCost && (bestGold < 0 || scores[k] > scores[bestGold])) bestGold = k;
            steps++;
            if (costs[(int)predicted] > minCost)
            {
                errors++;
                parser.Transitions.Update(ws.Buckets, bestGold, (int)predicted);
            }
            var next = costs[(int)predicted] == minCost || random.NextDouble() < explore ? predicted : (Transition)bestGold;
            int label = -1;
            if (next != Transition.Shift)
            {
                int dependent = state.Stack(0);
                int head = next == Transition.Left ? state.BufferFront : state.Stack(1);
                if (head == n) label = parser.RootLabel;
                else
                {
                    parser.Relations.Tick();
                    parser.ScoreRelations(next, ws);
                    label = parser.BestRelation(ws.RelationScores);
                    // Learn labels only on correct arcs: a wrong arc has no true relation.
                    if (ex.Heads[dependent] == head)
                    {
                        int truth = ex.Relations[dependent];
                        parser.Relations.Update(ws.Buckets, truth, label);
                        label = truth;
                    }
                }
            }
            state.Apply(next, label);
        }
        return (steps, errors);
    }

    private static double TagAccuracy(GreedySequenceTagger tagger, IReadOnlyList<ConlluSentence> sentences, Tagging.WordClusters? clusters)
    {
        long correct = 0, total = 0;
        foreach (var s in sentences)
        {
            var tags = new int[s.Count];
            tagger.Tag(WordsOf(s, clusters), tags);
            for (int i = 0; i < s.Count; i++, total++) if (tagger.Labels[tags[i]] == s.Tags[i]) correct++;
        }
        return 100.0 * correct / total;
    }

    /// <summary>Word features of a CoNLL-U sentence's forms.</summary>
    public static WordInfo[] WordsOf(ConlluSentence s, Tagging.WordClusters? clusters)
    {
        var words = new WordInfo[s.Count];
        for (int i = 0; i < s.Count; i++) words[i] = WordInfo.From(s.Forms[i], clusters);
        return words;
    }

    /// <summary>UAS and LAS (relations compared without subtype, as the CoNLL 2018 LAS) with predicted tags.</summary>
    public static (double Uas, double Las) Evaluate(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences)
    {
        long total = 0, headRight = 0, bothRight = 0;
        foreach (var s in sentences)
        {
            var words = WordsOf(s, parser.Clusters);
            var tags = new int[s.Count];
            var heads = new int[s.Count];
            var rels = new int[s.Count];
            parser.TagAndParse(words, tags, heads, rels);
            for (int i = 0; i < s.Count; i++, total++)
            {
                if (heads[i] != s.Heads[i]) continue;
                headRight++;
                if (UniversalPart(parser.RelationLabels[rels[i]]).SequenceEqual(UniversalPart(s.Relations[i]))) bothRight++;
            }
        }
        return (100.0 * headRight / total, 100.0 * bothRight / total);
    }

    private static ReadOnlySpan<char> UniversalPart(string relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}

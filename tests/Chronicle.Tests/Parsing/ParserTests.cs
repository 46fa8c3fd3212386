using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Pipeline;
using Chronicle.Tagging;

namespace Chronicle.Tests.Parsing;

public class ParserTests
{
    internal static DependencyParser TrainTiny(int seed, int models = 1, WordClusters? clusters = null, int dictionaryMinCount = 0)
    {
        var sentences = Conllu.Parse(File.ReadAllText(ConlluTests.FixturePath), "mini");
        var options = new ParserTrainingOptions
        {
            Epochs = 15, TaggerEpochs = 5, JackknifeFolds = 1, Seed = seed, Models = models, Clusters = clusters,
            TaggerBucketBits = 12, TransitionBucketBits = 12, RelationBucketBits = 10, TagDictionaryMinCount = dictionaryMinCount,
        };
        return ParserTrainer.Train(sentences, options);
    }

    /// <summary>Word classes for a few fixture words: enough to exercise the class features and their storage.</summary>
    private static WordClusters SmallClusters() =>
        WordClusters.ReadText(["the\t1", "a\t1", "said\t40", "told\t40", "minister\t17", "president\t17"]);

    private static byte[] Bytes(DependencyParser parser)
    {
        var stream = new MemoryStream();
        parser.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainingIsDeterministicForASeed()
    {
        Assert.Equal(Bytes(TrainTiny(5)), Bytes(TrainTiny(5)));
    }

    [Fact]
    public void ModelRoundTripsThroughItsFile()
    {
        var parser = TrainTiny(5);
        var bytes = Bytes(parser);
        var loaded = DependencyParser.Load(new MemoryStream(bytes), exactWeights: true);
        Assert.Equal(bytes, Bytes(loaded));
        foreach (var s in Conllu.Parse(File.ReadAllText(ConlluTests.FixturePath), "mini"))
        {
            var (h1, r1) = ConlluParsing.Parse(parser, s);
            var (h2, r2) = ConlluParsing.Parse(loaded, s);
            Assert.Equal(h1, h2);
            Assert.Equal(r1, r2);
        }
    }

    /// <summary>Loaded for scoring, the relation table keeps 8-bit weights: the parse keeps its trees, and saving such a
    /// model (which would write rounded weights over the exact ones) is refused.</summary>
    [Fact]
    public void AModelLoadedForScoringParsesAlikeAndRefusesToBeSaved()
    {
        var bytes = Bytes(TrainTiny(5));
        var exact = DependencyParser.Load(new MemoryStream(bytes), exactWeights: true);
        var scoring = DependencyParser.Load(new MemoryStream(bytes));
        int words = 0, sameLabel = 0;
        foreach (var s in Conllu.Parse(File.ReadAllText(ConlluTests.FixturePath), "mini"))
        {
            var (h1, r1) = ConlluParsing.Parse(exact, s);
            var (h2, r2) = ConlluParsing.Parse(scoring, s);
            Assert.Equal(h1, h2);
            words += r1.Length;
            sameLabel += r1.Zip(r2).Count(p => p.First == p.Second);
        }
        Assert.True(sameLabel >= words * 0.95, $"{sameLabel} of {words} labels kept");
        var error = Assert.Throws<InvalidOperationException>(() => Bytes(scoring));
        Assert.Contains("exact weights", error.Message);
    }

    [Fact]
    public void WordClassesAndTheTaggersSecondPassTravelInTheModelFile()
    {
        var parser = TrainTiny(5, clusters: SmallClusters());
        Assert.NotNull(parser.Tagger.Revision); // the default trains a second tagging pass
        Assert.Equal(17, parser.Describe("Minister").Cluster);
        Assert.Equal(-1, parser.Describe("unclassified").Cluster);
        var bytes = Bytes(parser);
        var loaded = DependencyParser.Load(new MemoryStream(bytes), exactWeights: true);
        Assert.Equal(6, loaded.Clusters!.Count);
        Assert.NotNull(loaded.Tagger.Revision);
        Assert.Equal(bytes, Bytes(loaded));
        Assert.NotEqual(bytes, Bytes(TrainTiny(5))); // the classes are features: without them the weights differ
    }

    /// <summary>The tagger's dictionary is attached after training: the weights are those of the same training without
    /// it, it travels in the model file, and rebuilding it on a trained model gives the model trained with it.</summary>
    [Fact]
    public void TagDictionaryLeavesTheWeightsAndTravelsInTheModelFile()
    {
        var plain = TrainTiny(5);
        var withDictionary = TrainTiny(5, dictionaryMinCount: 2);
        Assert.Null(plain.Tagger.Dictionary);
        Assert.True(withDictionary.Tagger.Dictionary!.Count > 0);
        var bytes = Bytes(withDictionary);
        var loaded = DependencyParser.Load(new MemoryStream(bytes), exactWeights: true);
        Assert.Equal(withDictionary.Tagger.Dictionary.Count, loaded.Tagger.Dictionary!.Count);
        Assert.Equal(bytes, Bytes(loaded));
        var sentences = Conllu.Parse(File.ReadAllText(ConlluTests.FixturePath), "mini");
        Assert.Equal(bytes, Bytes(ParserTrainer.WithTagDictionary(plain, sentences, 2)));
        Assert.Equal(Bytes(plain), Bytes(ParserTrainer.WithTagDictionary(withDictionary, sentences, 0)));
    }

    [Fact]
    public void CurlyApostrophesAndQuotesReadAsStraightOnes()
    {
        Assert.Equal(WordInfo.From("'s"), WordInfo.From("\u2019s"));
        Assert.Equal(WordInfo.From("don't"), WordInfo.From("don\u2019t"));
        Assert.NotEqual(WordInfo.From("s"), WordInfo.From("\u2019s"));
    }

    [Fact]
    public void AveragedModelsAreDeterministicAndDifferFromOne()
    {
        var averaged = Bytes(TrainTiny(5, models: 2));
        Assert.Equal(averaged, Bytes(TrainTiny(5, models: 2)));
        Assert.NotEqual(averaged, Bytes(TrainTiny(5)));
    }

    [Fact]
    public void LearnsTheTrainingSentences()
    {
        var parser = TrainTiny(5);
        int right = 0, total = 0;
        foreach (var s in Conllu.Parse(File.ReadAllText(ConlluTests.FixturePath), "mini"))
        {
            var (heads, relations) = ConlluParsing.Parse(parser, s);
            for (int i = 0; i < s.Count; i++, total++) if (heads[i] == s.Heads[i] && relations[i] == s.Relations[i]) right++;
        }
        Assert.True(right >= total * 0.9, $"{right}/{total} arcs right");
    }

    [Fact]
    public void CrossingArcIsLiftedToTheHeadsHead()
    {
        // Word 0 attaches to word 2 across word 1, which hangs from the root word 3: the arc crosses.
        int[] heads = [2, 3, 3, -1];
        Assert.False(Projectivity.IsProjective(heads));
        Assert.Equal(1, Projectivity.Projectivize(heads));
        Assert.Equal([3, 3, 3, -1], heads);
        Assert.True(Projectivity.IsProjective(heads));
    }

    [Fact]
    public void ProjectiveTreesAreLeftAlone()
    {
        int[] heads = [1, -1, 3, 1, 1];
        Assert.Equal(0, Projectivity.Projectivize(heads));
        Assert.Equal([1, -1, 3, 1, 1], heads);
    }

    [SharedFact("data/ud-english/ewt-dev.conllu")]
    public void EveryTreebankTreeBecomesProjectiveAndKeepsItsWords()
    {
        var path = Path.Combine(TestPaths.Shared, "data/ud-english/ewt-dev.conllu");
        int lifted = 0;
        foreach (var s in Conllu.Parse(File.ReadAllText(path), path))
        {
            var heads = (int[])s.Heads.Clone();
            if (Projectivity.Projectivize(heads) > 0) lifted++;
            Assert.True(Projectivity.IsProjective(heads));
            Assert.Equal(1, heads.Count(h => h < 0));
        }
        Assert.InRange(lifted, 1, 200); // EWT has a few non-projective trees, and only a few
    }

    [SharedFact("data/ud-english/ewt-dev.conllu")]
    public void ShippedModelParsesDevelopmentDataAboveFloor()
    {
        var path = Path.Combine(TestPaths.Models, DependencyParser.DefaultModelFile);
        Assert.True(File.Exists(path), "models/parse-ewt.bin is committed");
        var parser = DependencyParser.Load(path);
        var devPath = Path.Combine(TestPaths.Shared, "data/ud-english/ewt-dev.conllu");
        var dev = Conllu.Parse(File.ReadAllText(devPath), devPath);
        var (uas, las) = ParserTrainer.Evaluate(parser, dev.Take(500).ToList());
        Assert.True(uas > 83 && las > 79.5, $"UAS {uas:F1} LAS {las:F1}"); // ratchet a little under the shipped model (84.5 / 81.3 on all of ewt-dev)
    }

    [Fact]
    public void PipelineFillsOneTreePerSentence()
    {
        var doc = ChroniclePipeline.CreateDefault(new ModelCatalog(TestPaths.Models))
            .Process(new Chronicle.Text.Document("French troops will stay in Iraq, Macron said on Saturday. The talks ended."));
        Assert.NotNull(doc.Heads);
        Assert.NotNull(doc.PartOfSpeech);
        foreach (var s in doc.Sentences)
        {
            int roots = 0;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                int h = doc.Heads![t];
                if (h < 0) roots++;
                else Assert.InRange(h, s.FirstToken, s.EndToken - 1);
            }
            Assert.Equal(1, roots);
        }
        Assert.Equal(DependencyParserComponent.ModelVersion, doc.Models["parse"]);
    }

    [Fact]
    public void FramesComeOutOfTheShippedParserOnNewsSentences()
    {
        var doc = ChroniclePipeline.CreateDefault(new ModelCatalog(TestPaths.Models)).Process(new Chronicle.Text.Document(
            "The minister was killed by gunmen on Sunday. Rebels and soldiers attacked the base and burned two trucks."));
        int Find(string w) => Enumerable.Range(0, doc.Tokens.Length).First(i => doc.TokenText(i) == w);
        var killed = PredicateFrames.ForVerb(doc, Find("killed"));
        Assert.True(killed.Passive);
        Assert.Equal(Find("minister"), killed.Subject);
        Assert.Equal(Find("gunmen"), killed.Agent);
        var burned = PredicateFrames.ForVerb(doc, Find("burned"));
        Assert.Equal(Find("Rebels"), burned.Subject);
        Assert.Equal(Find("trucks"), burned.Object);
        var attacked = PredicateFrames.ForVerb(doc, Find("attacked"));
        Assert.Equal([Find("soldiers")], attacked.SubjectConjuncts);
    }

    [Fact]
    public void PipelineParsesWithItsOwnTagsAndKeepsAnotherTaggersTags()
    {
        const string text = "French troops will stay in Iraq, Macron said on Saturday.";
        var component = DependencyParserComponent.TryCreate(new ModelCatalog(TestPaths.Models))!;
        var untagged = new Chronicle.Text.Document(text);
        var tagged = new Chronicle.Text.Document(text);
        foreach (var doc in new[] { untagged, tagged })
        {
            new Chronicle.Text.TokenizerComponent().Process(doc);
            new Chronicle.Text.SentenceSplitterComponent().Process(doc);
        }
        tagged.PartOfSpeech = Enumerable.Repeat("SYM", tagged.Tokens.Length).ToArray(); // a tagger with other conventions
        component.Process(untagged);
        component.Process(tagged);
        Assert.Equal(untagged.Heads, tagged.Heads);
        Assert.Equal(untagged.DependencyRelations, tagged.DependencyRelations);
        Assert.All(tagged.PartOfSpeech, t => Assert.Equal("SYM", t));
        Assert.Equal("NNS", untagged.PartOfSpeech![1]);
    }
}

using Chronicle.Tagging;

namespace Chronicle.Tests.Tagging;

/// <summary>Small training runs on slices of the shared corpora (seconds): learning, determinism,
/// and a save/load round trip that must give identical tags.</summary>
public class SequenceTaggerTests
{
    private static readonly TrainingOptions Quick = new(Epochs: 3, Seed: 7, BucketBits: 16);

    private static (List<TrainingDocument> Train, List<TrainingDocument> Test) PosSlice()
    {
        var all = TaggingCorpora.PartOfSpeech([TaggingTestData.Conll2000Train], maxDocuments: 900);
        return (all.Take(700).ToList(), all.Skip(700).ToList());
    }

    private static string[] Tag(SequenceTagger tagger, TrainingDocument d)
    {
        var output = new string[d.Gold.Length];
        tagger.Tag(d.Document, output);
        return output;
    }

    [SharedFact("data/conll2000/train.txt")]
    public void PartOfSpeechTaggerLearnsFromASlice()
    {
        var (train, test) = PosSlice();
        var tagger = TaggerTrainer.Train("pos-test", new PosFeatures(), train, Quick);
        double accuracy = TagEvaluation.Accuracy(test.Select(d => (d.Gold, Tag(tagger, d))));
        Assert.InRange(accuracy, 88.0, 100.0); // 700 sentences, 3 epochs: ~92%; a broken tagger is far below
    }

    [SharedFact("data/conll2000/train.txt")]
    public void TrainingIsDeterministic()
    {
        var (train, _) = PosSlice();
        byte[] first = SaveBytes(TaggerTrainer.Train("pos-test", new PosFeatures(), train, Quick));
        byte[] second = SaveBytes(TaggerTrainer.Train("pos-test", new PosFeatures(), train, Quick));
        Assert.Equal(first, second);
        byte[] otherSeed = SaveBytes(TaggerTrainer.Train("pos-test", new PosFeatures(), train, Quick with { Seed = 8 }));
        Assert.NotEqual(first, otherSeed);
    }

    [SharedFact("data/conll2000/train.txt")]
    public void SavedAndLoadedModelGivesIdenticalTags()
    {
        var (train, test) = PosSlice();
        var tagger = TaggerTrainer.Train("pos-test", new PosFeatures(), train, Quick);
        var loaded = SequenceTagger.Load(new MemoryStream(SaveBytes(tagger)));
        Assert.Equal("pos-test", loaded.ModelName);
        Assert.Equal(tagger.Labels.Names, loaded.Labels.Names);
        foreach (var d in test) Assert.Equal(Tag(tagger, d), Tag(loaded, d));
    }

    [SharedFact("data/conll2003/eng.train")]
    public void NerTaggerWithGazetteerRoundTripsAndKeepsIob2Valid()
    {
        var train = TaggingCorpora.NamedEntities(TaggingTestData.Conll2003Train, maxDocuments: 40);
        var features = new NerFeatures();
        var (names, perDocument) = GazetteerBuilder.FromTraining(train);
        features.Names = names;
        features.TrainingExclusions = d => perDocument.GetValueOrDefault(d);
        var tagger = TaggerTrainer.Train("ner-test", features, train, Quick);
        features.TrainingExclusions = null;
        var loaded = SequenceTagger.Load(new MemoryStream(SaveBytes(tagger)));
        Assert.True(((NerFeatures)loaded.Features).Names.Count == names.Count);
        var held = TaggingCorpora.NamedEntities(TaggingTestData.Conll2003Train, maxDocuments: 45).Skip(40).ToList();
        foreach (var d in held)
        {
            var tags = Tag(loaded, d);
            Assert.Equal(Tag(tagger, d), tags);
            foreach (var s in d.Document.Sentences)
                for (int t = s.FirstToken; t < s.EndToken; t++)
                    Assert.True(IobConstraints.Allowed(t == s.FirstToken ? null : tags[t - 1], tags[t]), $"{tags[t]} after {tags[Math.Max(0, t - 1)]}");
        }
    }

    /// <summary>The dictionary is attached after training: the weights stay, it travels in the model file, it only
    /// takes words it holds, and a tagger without it tags as before.</summary>
    [SharedFact("data/conll2000/train.txt")]
    public void TagDictionaryTravelsInTheModelFileAndLeavesTheWeights()
    {
        var (train, test) = PosSlice();
        var plain = TaggerTrainer.Train("pos-test", new PosFeatures(), train, Quick);
        var withDictionary = TaggerTrainer.WithTagDictionary(plain, train, minCount: 20);
        Assert.NotNull(withDictionary.Dictionary);
        Assert.InRange(withDictionary.Dictionary!.Count, 20, 2000);
        var loaded = SequenceTagger.Load(new MemoryStream(SaveBytes(withDictionary)));
        Assert.Equal(withDictionary.Dictionary.Count, loaded.Dictionary!.Count);
        Assert.Equal(SaveBytes(plain), SaveBytes(TaggerTrainer.WithTagDictionary(loaded, train, minCount: 0)));
        int words = 0, fromDictionary = 0, differ = 0;
        foreach (var d in test)
        {
            var before = Tag(plain, d);
            var after = Tag(loaded, d);
            for (int t = 0; t < after.Length; t++)
            {
                words++;
                if (before[t] == after[t]) continue;
                differ++;
                // a tag changed only where the dictionary decided it, or downstream of such a word
                Assert.True(loaded.Dictionary.TryGet(SentenceAtoms.WordHash(SentenceAtoms.NormalizedWord(d.Document, t)), out _)
                    || (t > 0 && before[t - 1] != after[t - 1]) || (t > 1 && before[t - 2] != after[t - 2]), d.Document.TokenText(t));
            }
            for (int t = 0; t < after.Length; t++)
                if (loaded.Dictionary.TryGet(SentenceAtoms.WordHash(SentenceAtoms.NormalizedWord(d.Document, t)), out int tag))
                {
                    fromDictionary++;
                    Assert.Equal(loaded.Labels[tag], after[t]);
                }
        }
        Assert.True(fromDictionary > words / 3, $"{fromDictionary} of {words} words from the dictionary");
        Assert.True(differ < words / 100, $"{differ} of {words} tags changed");
    }

    [Fact]
    public void DamagedModelFileIsRejected()
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
        Assert.Throws<InvalidDataException>(() => SequenceTagger.Load(path));
        File.Delete(path);
    }

    private static byte[] SaveBytes(SequenceTagger tagger)
    {
        var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }
}

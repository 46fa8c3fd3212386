using Chronicle.Learning;

namespace Chronicle.Tests.Learning;

/// <summary>The tag dictionary keeps frequent words with one tag and nothing else, and survives its file.</summary>
public class TagDictionaryTests
{
    private static readonly LabelSet Tags = new(["DT", "NN", "VB"]);

    private static List<(WordInfo[] Words, string[] Tags)> Corpus()
    {
        var sentences = new List<(WordInfo[], string[])>();
        for (int i = 0; i < 25; i++) sentences.Add(Sentence(("the", "DT"), ("report", i < 15 ? "NN" : "VB")));
        for (int i = 0; i < 5; i++) sentences.Add(Sentence(("rare", "NN")));
        sentences.Add(Sentence(("The", "DT")));
        return sentences;
    }

    private static (WordInfo[], string[]) Sentence(params (string Word, string Tag)[] words) =>
        (words.Select(w => WordInfo.From(w.Word)).ToArray(), words.Select(w => w.Tag).ToArray());

    [Fact]
    public void KeepsFrequentUnambiguousWordsOnly()
    {
        var dictionary = TagDictionary.Build(Corpus(), Tags, minCount: 20, minShare: 0.99);
        Assert.Equal(1, dictionary.Count);
        Assert.True(dictionary.TryGet(WordInfo.From("the"), out int tag));
        Assert.Equal(Tags.IdOf("DT"), tag);
        Assert.False(dictionary.TryGet(WordInfo.From("report"), out _)); // 15 NN, 10 VB: ambiguous
        Assert.False(dictionary.TryGet(WordInfo.From("rare"), out _));   // one tag, too few times
        Assert.False(dictionary.TryGet(WordInfo.From("The"), out _));    // the cased form is its own word
    }

    [Fact]
    public void ALowerShareAdmitsTheMajorityTag()
    {
        var dictionary = TagDictionary.Build(Corpus(), Tags, minCount: 20, minShare: 0.6);
        Assert.True(dictionary.TryGet(WordInfo.From("report"), out int tag));
        Assert.Equal(Tags.IdOf("NN"), tag);
    }

    [Fact]
    public void KeysAnyWordHashAndStoresAZeroHash()
    {
        var observations = Enumerable.Repeat((0UL, 2), 20).Concat(Enumerable.Repeat((7UL, 1), 19)).Append((7UL, 1)).Append((9UL, -1));
        var dictionary = TagDictionary.Build(observations, minCount: 20);
        Assert.Equal(2, dictionary.Count);
        Assert.True(dictionary.TryGet(0UL, out int zero));
        Assert.Equal(2, zero);
        Assert.True(dictionary.TryGet(7UL, out int seven));
        Assert.Equal(1, seven);
        Assert.False(dictionary.TryGet(9UL, out _)); // a tag the tagger cannot give is not counted
    }

    [Fact]
    public void RoundTripsThroughItsFileAndRejectsDamage()
    {
        var dictionary = TagDictionary.Build(Corpus(), Tags, minCount: 5, minShare: 0.99);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) dictionary.Write(w);
        var bytes = stream.ToArray();
        var read = TagDictionary.Read(new BinaryReader(new MemoryStream(bytes)), Tags.Count);
        Assert.Equal(dictionary.Count, read.Count);
        Assert.True(read.TryGet(WordInfo.From("rare"), out int tag));
        Assert.Equal(Tags.IdOf("NN"), tag);
        Assert.Throws<InvalidDataException>(() => TagDictionary.Read(new BinaryReader(new MemoryStream(bytes)), tagCount: 1));
    }
}

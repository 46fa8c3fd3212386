using Chronicle.Annotations;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Tests.Tagging;

public class TagSchemeTests
{
    private static readonly Sentence[] OneSentence = [new(0, 0, 0, 6)];

    [Fact]
    public void Iob1BecomesIob2()
    {
        string[] iob1 = ["I-ORG", "O", "I-PER", "I-PER", "B-PER", "I-LOC"];
        Assert.Equal(["B-ORG", "O", "B-PER", "I-PER", "B-PER", "B-LOC"], IobScheme.ToIob2(iob1, OneSentence));
    }

    [Fact]
    public void PhrasesFollowConllevalRules()
    {
        string[] tags = ["B-PER", "I-PER", "I-ORG", "O", "I-LOC", "B-LOC"];
        var phrases = TagEvaluation.Phrases(tags, OneSentence[0]);
        Assert.Equal(new HashSet<(int, int, string)> { (0, 2, "PER"), (2, 3, "ORG"), (4, 5, "LOC"), (5, 6, "LOC") }, phrases);
    }

    [Fact]
    public void InsideTagsNeedAMatchingPredecessor()
    {
        Assert.True(IobConstraints.Allowed("B-PER", "I-PER"));
        Assert.True(IobConstraints.Allowed("I-PER", "I-PER"));
        Assert.False(IobConstraints.Allowed("O", "I-PER"));
        Assert.False(IobConstraints.Allowed(null, "I-PER"));
        Assert.False(IobConstraints.Allowed("B-ORG", "I-PER"));
        Assert.True(IobConstraints.Allowed(null, "B-PER"));
    }
}

public class EntityClassesTests
{
    [Fact]
    public void ConllClassesMapToAnalysisTypes()
    {
        Assert.Equal(EntityKind.Person, EntityClasses.ToEntityKind("PER"));
        Assert.Equal(EntityKind.Org, EntityClasses.ToEntityKind("ORG"));
        Assert.Equal(EntityKind.Loc, EntityClasses.ToEntityKind("LOC"));
        Assert.Equal(EntityKind.Misc, EntityClasses.ToEntityKind("MISC"));
    }

    [Fact]
    public void SpansFollowTheTagsInOrder()
    {
        var doc = new Chronicle.Text.Document("Angela Merkel met Macron");
        doc.SetTokens(Chronicle.Text.Tokenizer.Tokenize(doc.Text));
        doc.SetSentences([new Chronicle.Text.Sentence(0, doc.Text.Length, 0, 4)]);
        doc.NamedEntityTags = ["B-PER", "I-PER", "O", "B-PER"];
        Assert.Equal([(0, 2, "PER"), (3, 4, "PER")], EntityClasses.Spans(doc).ToList());
    }
}

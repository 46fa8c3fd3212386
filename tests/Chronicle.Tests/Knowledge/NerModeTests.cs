using Chronicle.Annotations;
using Chronicle.Entities;
using Chronicle.Quotes;
using Chronicle.Text;

namespace Chronicle.Tests.Knowledge;

/// <summary>The entity linker with NER tags present (as the tagger of issue 3 will write them) instead of the
/// capitalization fallback.</summary>
public class NerModeTests
{
    private static Document Tagged(string text, params (string Token, string Tag)[] tags)
    {
        var doc = new Document(text) { Language = "en" };
        doc.SetTokens(Tokenizer.Tokenize(text));
        doc.SetSentences(SentenceSplitter.Split(text, doc.Tokens));
        var ner = new string[doc.Tokens.Length];
        for (int i = 0; i < ner.Length; i++)
        {
            ner[i] = "O";
            foreach (var (token, tag) in tags)
                if (doc.TokenText(i) == token) ner[i] = tag;
        }
        doc.NamedEntityTags = ner;
        return doc;
    }

    [Fact]
    public void NerSpansDriveTypesAndLinking()
    {
        var doc = Tagged("Acme Corp hired Jane Doakes. Doakes said the deal was “a milestone for Acme Corp.”",
            ("Acme", "B-ORG"), ("Corp", "I-ORG"), ("Jane", "B-PER"), ("Doakes", "I-PER"));
        // the second "Doakes" starts a new span: the tagger writes B-PER there
        doc.NamedEntityTags![Array.FindLastIndex(doc.Tokens, t => doc.Text.Substring(t.Start, t.Length) == "Doakes")] = "B-PER";
        new EntityLinker().Process(doc);
        new QuoteAttributor().Process(doc);
        var person = Assert.Single(doc.Entities, e => e.Type == EntityKind.Person);
        Assert.Equal("Jane Doakes", person.Name);
        Assert.Equal(2, person.Mentions.Count);
        Assert.Contains(doc.Entities, e => e.Type == EntityKind.Org && e.Name == "Acme Corp");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("Jane Doakes", quote.SpeakerName);
    }

    [Fact]
    public void TitleInsidePersonSpanIsRoleNotName()
    {
        var doc = Tagged("President Emmanuel Macron arrived in Iraq on Saturday for talks.",
            ("President", "B-PER"), ("Emmanuel", "I-PER"), ("Macron", "I-PER"), ("Iraq", "B-LOC"));
        new EntityLinker().Process(doc);
        var macron = Assert.Single(doc.Entities, e => e.Type == EntityKind.Person);
        Assert.Equal("Emmanuel Macron", macron.Name);
        Assert.Equal("Emmanuel Macron", macron.Mentions[0].Text);
        Assert.Contains(doc.Entities, e => e.Name == "Iraq" && e.Code == "IRQ");
    }
    [Fact]
    public void UntaggedSurnameJoinsEarlierPersonButStartsNoEntity()
    {
        var doc = Tagged("Jane Doakes arrived. Later, Doakes spoke. Tourists waited.", ("Jane", "B-PER"));
        doc.NamedEntityTags![1] = "I-PER"; // only the first "Doakes" is tagged
        new EntityLinker().Process(doc);
        var person = Assert.Single(doc.Entities);
        Assert.Equal(["Jane Doakes", "Doakes"], person.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void OrganisationTagOnAPersonsSurnameJoinsThePerson()
    {
        var doc = Tagged("Jane Doakes met Zenith Holdings Group. “We agree,” Doakes said.",
            ("Jane", "B-PER"), ("Zenith", "B-ORG"), ("Holdings", "I-ORG"), ("Group", "I-ORG"));
        doc.NamedEntityTags![1] = "I-PER";
        doc.NamedEntityTags[Array.FindLastIndex(doc.Tokens, t => doc.Text.Substring(t.Start, t.Length) == "Doakes")] = "B-ORG";
        new EntityLinker().Process(doc);
        new QuoteAttributor().Process(doc);
        var person = Assert.Single(doc.Entities, e => e.Type == EntityKind.Person);
        Assert.Equal(2, person.Mentions.Count);
        Assert.Contains(doc.Entities, e => e.Type == EntityKind.Org && e.Name == "Zenith Holdings Group");
        Assert.Equal("Jane Doakes", Assert.Single(doc.Quotes).SpeakerName);
    }

    [Fact]
    public void PersonSpanTakesTheParticleTheTaggerLeftOut()
    {
        var doc = Tagged("Maria van Dalen spoke on Monday.", ("Maria", "B-PER"), ("Dalen", "B-PER"));
        new EntityLinker().Process(doc);
        Assert.Equal("Maria van Dalen", Assert.Single(doc.Entities).Name);
    }
    [Fact]
    public void NamePrefixJoinsTheSpanAndKnownPiecesSplitIt()
    {
        var doc = Tagged("Troops served in Operation Bluefin near Syrian Kurdish towns.",
            ("Bluefin", "B-PER"), ("Syrian", "B-MISC"), ("Kurdish", "I-MISC"));
        new EntityLinker().Process(doc);
        Assert.Contains(doc.Entities, e => e.Name == "Operation Bluefin" && e.Type == EntityKind.Event);
        Assert.Contains(doc.Entities, e => e.Code == "SYR" && e.Mentions.Any(m => m.Text == "Syrian"));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityKind.Person);
    }
}

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
        var person = Assert.Single(doc.Entities, e => e.Type == "PERSON");
        Assert.Equal("Jane Doakes", person.Name);
        Assert.Equal(2, person.Mentions.Count);
        Assert.Contains(doc.Entities, e => e.Type == "ORG" && e.Name == "Acme Corp");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("Jane Doakes", quote.SpeakerName);
    }

    [Fact]
    public void TitleInsidePersonSpanIsRoleNotName()
    {
        var doc = Tagged("President Emmanuel Macron arrived in Iraq on Saturday for talks.",
            ("President", "B-PER"), ("Emmanuel", "I-PER"), ("Macron", "I-PER"), ("Iraq", "B-LOC"));
        new EntityLinker().Process(doc);
        var macron = Assert.Single(doc.Entities, e => e.Type == "PERSON");
        Assert.Equal("Emmanuel Macron", macron.Name);
        Assert.Equal("Emmanuel Macron", macron.Mentions[0].Text);
        Assert.Contains(doc.Entities, e => e.Name == "Iraq" && e.Code == "IRQ");
    }
}

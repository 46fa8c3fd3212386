using Chronicle.Annotations;
using Chronicle.FramingAnalysis;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Tests.Support;
using Chronicle.Text;
using static Chronicle.Tests.Framing.FramingTestDocuments;

namespace Chronicle.Tests.Framing;

public class ToneTests
{
    [Fact]
    public void ToneIsPositiveShareMinusNegativeShareInPercent()
    {
        // 10 words: good (+), bad (-), "does not work" (one negative phrase) => 10% - 20% = -10
        var doc = Analyze("The good plan is bad. Frankly it does not work.");
        Assert.Equal(-10.0, doc.Framing.Tone);
        Assert.Equal(10.0, doc.Framing.ToneDetail!.Positive);
        Assert.Equal(20.0, doc.Framing.ToneDetail.Negative);
        Assert.Equal(30.0, doc.Framing.ToneDetail.Polarity);
        Assert.Equal(10, doc.Framing.ToneDetail.WordCount);
        Assert.Equal(2, doc.Framing.SentenceTone!.Count);
        Assert.Equal(0.0, doc.Framing.SentenceTone[0].Tone);          // good, bad in 5 words
        Assert.Equal(-20.0, doc.Framing.SentenceTone[1].Tone);        // one negative in 5 words
    }

    [Fact]
    public void OutletToneLeavesQuotedWordsOut()
    {
        var doc = Analyze("“It is good and good,” she said. Two were killed.", "It is good and good,");
        Assert.Equal(10.0, doc.Framing.Tone);                         // 2 positive, 1 negative of 10 words
        Assert.Equal(-20.0, doc.Framing.ToneDetail!.OutletTone);      // 1 negative of the 5 words outside the quote
    }

    [Fact]
    public void MissingToneLexiconLeavesToneOutWithANote()
    {
        var doc = Analyze("The good plan is bad.", tone: null);
        Assert.Null(doc.Framing.Tone);
        Assert.Contains(doc.Notes, n => n.Contains("tone", StringComparison.Ordinal));
        Assert.NotNull(doc.Framing.Attribution);
    }

    [Fact]
    public void LoadingAMissingOrBrokenLexiconIsAClearError()
    {
        using var dir = new Paths.TempDir();
        var missing = Assert.Throws<FileNotFoundException>(() => ToneLexicon.Load(dir.File("none.tsv")));
        Assert.Contains("scripts/setup.sh", missing.Message);
        File.WriteAllText(dir.File("bad.tsv"), "good\tvery\n");
        Assert.Throws<FormatException>(() => ToneLexicon.Load(dir.File("bad.tsv")));
    }

    [Fact]
    public void InstalledAfinnLexiconLoads()
    {
        var lexicon = ToneLexicon.TryLoad(ModelCatalog.Default, out var problem);
        Assert.True(lexicon is not null, problem);
        Assert.True(lexicon!.Count > 3000);
    }
}

public class AttributionTests
{
    [Theory]
    [InlineData("The talks will resume on Monday, officials said.", "unnamed")]
    [InlineData("The talks will resume on Monday, according to two diplomats.", "unnamed")]
    [InlineData("The talks will reportedly resume on Monday.", "unnamed")]
    [InlineData("The talks will resume on Monday, John Smith said.", "named")]
    [InlineData("The talks will resume on Monday, said Pentagon spokesman John Kirby.", "named")]
    [InlineData("A US official said the talks will resume on Monday.", "unnamed")]
    [InlineData("The talks will resume on Monday.", "none")]
    public void SentencesAreNamedUnnamedOrUnattributed(string text, string source)
    {
        var claim = Single(Analyze(text).Framing.Attribution!.Sentences);
        Assert.Equal(source, claim.Source);
    }

    [Fact]
    public void HeadingsAndQuestionsAreNotClaims()
    {
        var balance = Analyze("Troops Given Deadline to Leave\nWill the talks resume on Monday?\nThe talks resumed on Monday.").Framing.Attribution!;
        Assert.Equal((1, 0, 1), (balance.Claims, balance.Named, balance.Unattributed));
        Assert.Equal(1.0, balance.UnattributedShare);
    }

    [Fact]
    public void QuotesAreSharedBetweenTheirSpeakers()
    {
        const string text = "“We will stay,” Macron said. “We agree,” al-Kadhemi said. “We will help,” Macron added.";
        var doc = new Document(text);
        new TokenizerComponent().Process(doc);
        new SentenceSplitterComponent().Process(doc);
        doc.Entities.Add(new Entity { Id = "E1", Name = "Emmanuel Macron", Type = EntityKind.Person, Code = "FRAGOV", Country = "FRA" });
        doc.Entities.Add(new Entity { Id = "E2", Name = "Mustafa al-Kadhimi", Type = EntityKind.Person });
        foreach (var (quote, speaker) in new[] { ("We will stay,", "E1"), ("We agree,", "E2"), ("We will help,", "E1") })
        {
            int start = text.IndexOf(quote, StringComparison.Ordinal);
            var mentionName = speaker == "E1" ? "Macron" : "al-Kadhemi";
            int mention = text.IndexOf(mentionName, start, StringComparison.Ordinal);
            doc.Quotes.Add(new Quote { Text = quote, Start = start, End = start + quote.Length, Speaker = speaker, Cue = "said",
                SpeakerMention = new Mention(mention, mention + mentionName.Length, mentionName) });
        }
        new FramingComponent(FramingLexicon.Default, SmallTone).Process(doc);
        var balance = doc.Framing.Attribution!;
        Assert.Equal(2, balance.QuotesBySpeaker.Count);
        Assert.Equal(new SpeakerShare("E1", "Emmanuel Macron", "FRAGOV", "FRA", 2, 0.667), balance.QuotesBySpeaker[0]);
        Assert.Equal(new SpeakerShare("E2", "Mustafa al-Kadhimi", null, null, 1, 0.333), balance.QuotesBySpeaker[1]);
        Assert.All(balance.Sentences, s => Assert.Equal("named", s.Source));
    }

    [Fact]
    public void FramingIsWrittenToTheAnalysisJson()
    {
        var json = AnalysisJson.Serialize(Analysis.From(Analyze("The regime said the good talks failed.")));
        Assert.Contains("\"loaded_terms\":[{\"text\":\"regime\"", json);
        Assert.Contains("\"voice\":\"outlet\"", json);
        Assert.Contains("\"tone_detail\":{", json);
        Assert.Contains("\"sentence_tone\":[", json);
        Assert.Contains("\"attribution\":{\"claims\":1", json);
    }
}

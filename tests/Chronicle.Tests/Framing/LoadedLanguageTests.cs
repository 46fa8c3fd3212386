using static Chronicle.Tests.Framing.FramingTestDocuments;

namespace Chronicle.Tests.Framing;

public class LoadedLanguageTests
{
    [Theory]
    [InlineData("French forces were illegally deployed in the east.", "illegally deployed", "legality_claim")]
    [InlineData("It followed the unprovoked assassination of a general.", "unprovoked assassination", "motive_attribution")]
    [InlineData("The regime arrested six students.", "regime", "labelling")]
    [InlineData("They fought a war of aggression against their neighbour.", "war of aggression", "labelling")]
    [InlineData("Troops began a brutal crackdown on Monday.", "brutal crackdown", "judgement")]
    [InlineData("It showed a blatant disregard for the rules.", "blatant disregard", "intensifier")]
    [InlineData("Officials described the deaths as collateral damage.", "collateral damage", "euphemism")]
    public void FlagsEachCategoryOverTheWholePhrase(string text, string flagged, string category)
    {
        var flag = Single(Analyze(text).Framing.LoadedTerms);
        Assert.Equal(flagged, flag.Text);
        Assert.Equal(category, flag.Category);
        Assert.Equal("outlet", flag.Voice);
        Assert.Equal(flagged, text[flag.Start..flag.End]);
    }

    [Theory]
    [InlineData("Fighters of the so-called Islamic State attacked the town.", "so-called Islamic State")]
    [InlineData("The so-called experts were wrong.", "so-called experts")]
    [InlineData("He would tax so-called carried interest, a loophole.", "so-called carried interest")]
    [InlineData("It was a brutal Russian invasion.", "brutal Russian invasion")]
    [InlineData("The troops had been deployed illegally.", "deployed illegally")]
    [InlineData("The war was brutal.", "brutal")]
    public void ModifiersReachOverTheWordsTheyJudge(string text, string flagged) =>
        Assert.Equal(flagged, Single(Analyze(text).Framing.LoadedTerms).Text);

    [Theory]
    [InlineData("The EU extended its sanctions regime against Belarus.")]
    [InlineData("Police seized two tonnes of illegal drugs at the port.")]
    [InlineData("The assassination of the governor was condemned.")]
    [InlineData("Militants attacked a checkpoint, the army said.")]
    public void NeutralUsesAreNotFlagged(string text) => Assert.Empty(Analyze(text).Framing.LoadedTerms);

    [Fact]
    public void VoiceComesFromTheDocumentsQuotes()
    {
        const string text = "“These thugs have no place here,” the minister said of the thugs who fled.";
        var flags = Analyze(text, "These thugs have no place here,").Framing.LoadedTerms;
        Assert.Equal(2, flags.Count);
        Assert.Equal(("thugs", "quote"), (flags[0].Text, flags[0].Voice));
        Assert.Equal(("thugs", "outlet"), (flags[1].Text, flags[1].Voice));
        Assert.True(flags[1].Start > flags[0].End);
    }

    [Fact]
    public void WithoutQuotesEverythingIsTheOutletsVoice()
    {
        var flag = Single(Analyze("“These thugs have no place here,” the minister said.").Framing.LoadedTerms);
        Assert.Equal("outlet", flag.Voice);
    }

    [Fact]
    public void WordsInsideAPublishersNoteAreNotLoadedLanguage()
    {
        var doc = Analyze("Fighters of Daesh* attacked the town.\n* A terrorist group banned in many countries.");
        Assert.Empty(doc.Framing.LoadedTerms);
        Assert.Contains(doc.Framing.SourceMarkers, m => m.Category == "footnote");
    }
}

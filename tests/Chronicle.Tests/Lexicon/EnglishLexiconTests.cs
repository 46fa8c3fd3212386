using Chronicle.Events;
using Chronicle.Knowledge;
using Chronicle.Lexicon;

namespace Chronicle.Tests.Lexicon;

public class EnglishLexiconTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("insisted")]
    [InlineData("insisting")]
    [InlineData("criticizes")]
    [InlineData("testified")]
    [InlineData("written")]
    public void SpeechVerbFormsAreCuesWherever(string word) => Assert.True(EnglishSpeechVerbs.Cues.Contains(word));

    [Theory]
    [InlineData("claims")]
    [InlineData("report")]
    [InlineData("calls")]
    public void VerbsThatAreAlsoNounsAreCuesOnlyInTheirPresentForms(string word)
    {
        Assert.False(EnglishSpeechVerbs.Cues.Contains(word));
        Assert.True(EnglishSpeechVerbs.NounLikePresent.Contains(word));
        Assert.True(EnglishSpeechVerbs.IsForm(word));
    }

    [Fact]
    public void LookupsTakeSpansAndKeepTheirCase()
    {
        var text = "Smith said: Said Ellis".AsSpan();
        Assert.True(EnglishSpeechVerbs.Cues.Contains(text[6..10]));
        Assert.False(EnglishSpeechVerbs.Cues.Contains(text[12..16]));            // "Said": the cues are lower case
        Assert.True(EnglishSpeechVerbs.SentenceOpening.Contains(text[12..16]));
        Assert.True(EnglishPronouns.Referring.Contains("HE"));                    // framing's pronouns ignore case
        Assert.False(EnglishPronouns.Speakers.Contains("HE"));                    // the speaker's: lower case or capitalized
        Assert.True(EnglishPronouns.Speakers.Contains("He"));
        Assert.False(EnglishPronouns.Speakers.Contains("i"));
    }

    public static TheoryData<string> SpeechSubsets => new()
    {
        nameof(EnglishSpeechVerbs.CuesAfterQuote), nameof(EnglishSpeechVerbs.SentenceOpening), nameof(EnglishSpeechVerbs.AddressCues),
        nameof(EnglishSpeechVerbs.RelayCues), nameof(EnglishSpeechVerbs.PersonEvidence), nameof(EnglishSpeechVerbs.ReportingVerbs),
        nameof(EnglishSpeechVerbs.Commonest),
    };

    /// <summary>A component's speech verbs are a choice among the one list, never words of their own.</summary>
    [Theory]
    [MemberData(nameof(SpeechSubsets))]
    public void EverySpeechVerbSubsetIsFormsOfTheOneList(string subset)
    {
        var member = typeof(EnglishSpeechVerbs).GetField(subset)!.GetValue(null)!;
        var words = member is WordSet set ? set.Words : (IEnumerable<string>)((string)member).Split(' ');
        Assert.All(words, w => Assert.True(EnglishSpeechVerbs.IsForm(w.ToLowerInvariant()), $"{subset}: '{w}' is no speech verb form"));
    }

    [Theory]
    [InlineData("admitted", "admited")]
    [InlineData("admitting", "admiting")]
    [InlineData("begged", "beged")]
    [InlineData("rebutted", "rebuted")]
    [InlineData("quipped", "quiped")]
    [InlineData("snapping", "snaping")]
    public void AStressedFinalConsonantIsDoubled(string form, string misspelling)
    {
        Assert.True(EnglishSpeechVerbs.Cues.Contains(form));
        Assert.False(EnglishSpeechVerbs.IsForm(misspelling));
    }

    [Fact]
    public void TheEventLexiconsReportingVerbsAreSpeechVerbs()
    {
        var speech = EmbeddedData.ReadLines("event-lexicon.txt")
            .Select(l => l.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 2 && p[0] == "v" && p.Contains("speech")).Select(p => p[1]).ToList();
        Assert.NotEmpty(speech);
        Assert.All(speech, lemma => Assert.True(EnglishSpeechVerbs.IsForm(lemma), $"event lexicon: '{lemma}' is no speech verb"));
    }

    [Fact]
    public void TheEventCodersClosedClassesComeFromTheSharedLexicon()
    {
        var lexicon = EventLexicon.Default;
        Assert.True(lexicon.InClass(WordClass.Pronoun, "themselves"));
        Assert.True(lexicon.InClass(WordClass.Pronoun | WordClass.FirstPerson, "We"));
        Assert.True(lexicon.InClass(WordClass.Determiner, "their"));
        Assert.False(lexicon.InClass(WordClass.Determiner, "that"));
        Assert.True(lexicon.InClass(WordClass.Be, "'re"));
        Assert.True(lexicon.InClass(WordClass.Have, "'ve"));
        // a lexicon's own w lines still add words to a shared class
        var custom = new EventLexicon(["w pronoun y'all"]);
        Assert.True(custom.InClass(WordClass.Pronoun, "y'all"));
        Assert.True(custom.InClass(WordClass.Pronoun, "he"));
    }

    [Fact]
    public void ComponentSetsShareTheirClasses()
    {
        // the name finder's organisation words are the shared heads, capitalized, plus name-only ones
        foreach (var head in EnglishOrganisationNouns.Heads.Split(' '))
        {
            Assert.True(EnglishOrganisationNouns.NameWords.Contains(WordLists.Capitalized(head)));
            Assert.True(EnglishOrganisationNouns.NameDescriptionHeads.Contains(head));
            Assert.True(EnglishOrganisationNouns.SpeakerDescriptionHeads.Contains(head));
        }
        Assert.All(EnglishOrganisationNouns.Press.Words, w => Assert.True(EnglishOrganisationNouns.SpeakerDescriptionHeads.Contains(w)));
        Assert.All(EnglishFunctionWords.Modals.Split(' '), w => Assert.True(EnglishFunctionWords.ClosedClass.Contains(w)));
        Assert.All(EnglishPronouns.Subject.Split(' '), w => Assert.True(EnglishFunctionWords.ClosedClass.Contains(w)));
    }

    [Fact]
    public void WithCapitalsAddsTheCapitalizedForms() =>
        Assert.Equal("he she He She", WordLists.WithCapitals("he she"));
}

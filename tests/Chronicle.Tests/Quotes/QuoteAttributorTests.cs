using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Quotes;

public class QuoteAttributorTests
{
    private static Document Run(string text) => ChroniclePipeline.CreateDefault().Process(new Document(text));

    [Fact]
    public void QuoteThenSpeakerVerb()
    {
        var doc = Run("“We will win,” said Joe Biden on Monday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("We will win,", q.Text);
        Assert.Equal("Joe Biden", q.SpeakerName);
        Assert.Equal("said", q.Cue);
    }

    [Fact]
    public void AVerbThatDoublesItsLastConsonantIsACue()
    {
        var doc = Run("“We moved too slowly in the first weeks,” Karin Holm admitted on Tuesday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Karin Holm", q.SpeakerName);
        Assert.Equal("admitted", q.Cue);
    }

    [Fact]
    public void ParagraphQuoteContinuesAtNextOpeningMark()
    {
        var doc = Run("“The first part.\n“And the second,” Angela Merkel said.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("The first part.", q.Text);
        Assert.Contains("And the second,", q.Text);
        Assert.Equal("Angela Merkel", q.SpeakerName);
    }

    [Fact]
    public void ScareQuoteWithoutCueIsUnattributed()
    {
        var doc = Run("The so-called “peace plan” was published on Friday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("peace plan", q.Text);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void AddresseeOfTold()
    {
        var doc = Run("Emmanuel Macron told Olaf Scholz that “Europe must act.”");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Emmanuel Macron", q.SpeakerName);
        Assert.Equal("Olaf Scholz", q.AddresseeName);
    }

    [Fact]
    public void PronounSpeakerResolvesToPreviousPerson()
    {
        var doc = Run("Angela Merkel spoke in Berlin. \"We must stay calm,\" she said.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Angela Merkel", q.SpeakerName);
        Assert.Equal("she", q.SpeakerMention!.Text);
    }

    [Fact]
    public void GuillemetsAndInnerSingleQuotes()
    {
        var doc = Run("« Ce n’est pas ‘fini’ », a dit Macron. Later, “They called it ‘a trap’,” Macron said.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("They called it ‘a trap’,", doc.Quotes[1].Text);
        Assert.Equal("Emmanuel Macron", doc.Quotes[1].SpeakerName);
    }

    [Fact]
    public void SignatureAfterQuotationOnTheSameLine()
    {
        var doc = Run("Readers wrote in.\n\n“The bridge should have been fixed years ago.” ― Dana Whitcomb\n“Nobody listened to us.”― Rafael Ortiz.\n");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("Dana Whitcomb", doc.Quotes[0].SpeakerName);
        Assert.Equal("Rafael Ortiz", doc.Quotes[1].SpeakerName);
    }

    [Fact]
    public void DashInsideSentenceIsNoSignature()
    {
        // a dash after a quotation that goes on with the sentence is an aside, not a signature
        var doc = Run("Lena Park called the plan “a disaster” — Tom Reyes and his staff left the room early.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Lena Park", q.SpeakerName);
    }
    [Fact]
    public void SubjectBeforeAgeAndHometownApposition()
    {
        var doc = Run("Maria Lopez, 34, of Tucson, Ariz., said the closure left her family with “nowhere else to go.”");
        Assert.Equal("Maria Lopez", Assert.Single(doc.Quotes).SpeakerName);
    }

    [Fact]
    public void RelativeClauseSpeakerAcrossATimePhrase()
    {
        var doc = Run("The mayor, who has in the past described the plan as “a reckless gamble,” voted against it.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("who", q.SpeakerMention!.Text);
        Assert.Equal("The mayor", q.SpeakerName);
    }

    [Fact]
    public void SubjectBeforeADayPhrase()
    {
        var doc = Run("Governor Ellen Marsh on Saturday tweeted that the storm was “the worst in a generation.”");
        Assert.Equal("Ellen Marsh", Assert.Single(doc.Quotes).SpeakerName);
    }
    [Fact]
    public void QuotationAttributedBeforeItKeepsItsSpeakerOverTheNextSentence()
    {
        var doc = Run("Mayor Ana Ruiz said on Friday that the report was “not finished yet.” Governor Tom Hale said it would be improper to comment.");
        Assert.Equal("Ana Ruiz", Assert.Single(doc.Quotes).SpeakerName);
    }
    [Fact]
    public void ChantedAndSungWordsHaveTheirSpeakers()
    {
        var doc = Run("Striking nurses marching past the hospital chanted “Safe staffing now!” on Tuesday.\n\nLater, Nina Vale sang “We shall overcome” to the crowd.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Contains("nurses", doc.Quotes[0].SpeakerMention!.Text);
        Assert.Equal("Nina Vale", doc.Quotes[1].SpeakerName);
    }
    [Fact]
    public void NounLikeCueTaggedAsVerb()
    {
        var doc = Run("The report notes that the dam was “built in a hurry.”");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("notes", q.Cue);
        Assert.Contains("report", q.SpeakerMention!.Text);
    }
    [Fact]
    public void LongSubjectBetweenQuotationAndCue()
    {
        var doc = Run("“We will rebuild every house,” Dana Whitcomb, the county’s emergency coordinator since 2019 and a former firefighter, promised at the meeting.");
        Assert.Equal("Dana Whitcomb", Assert.Single(doc.Quotes).SpeakerName);
    }

    [Fact]
    public void SentenceOpeningWithItsCue()
    {
        var doc = Run("Mayor Ana Ruiz opened the session at noon. The council sat for six hours. Said Ruiz: “Nobody leaves until this is done.”");
        Assert.Equal("Ana Ruiz", Assert.Single(doc.Quotes).SpeakerName);
    }

    [Fact]
    public void PersonAfterModifiersFollowingTheCue()
    {
        var doc = Run("“It was a disgrace,” said 9/11 widow Omar Haddad.");
        Assert.Equal("Omar Haddad", Assert.Single(doc.Quotes).SpeakerName);
    }
    [Fact]
    public void NamedSubjectOfTheQuotingSentenceOutranksThePreviousSpeaker()
    {
        var doc = Run("“The whole system is rigged against us,” Mark Bellamy said on Monday.\n\nLena Ortiz, a debate coach at the state university, compared Bellamy to a player who keeps “working the referees” before every game.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("Mark Bellamy", doc.Quotes[0].SpeakerName);
        Assert.Equal("Lena Ortiz", doc.Quotes[1].SpeakerName);
    }
    [Fact]
    public void ParticipleAfterQuotationIsNoInversion()
    {
        var doc = Run("Lynch agreed to a long interview for the series “Women at Work,” answering questions about her career.");
        Assert.Equal("Lynch", Assert.Single(doc.Quotes).SpeakerMention!.Text);
    }
    [Fact]
    public void QuotedSentenceAfterASentenceAboutANamedPerson()
    {
        var doc = Run("Farmers lost most of the harvest this year.\n\nSenator Helen Marsh visited the valley on Monday and met families there. “They have been forgotten for too long. We will fix that.”");
        Assert.Equal("Helen Marsh", Assert.Single(doc.Quotes).SpeakerName);
    }
    [Fact]
    public void PartyLabelAndCommaBeforeTheCue()
    {
        var doc = Run("After the vote in the capital, Sen. Paula Reyes (D-NM), said, “We are not done yet.”");
        Assert.Equal("Paula Reyes", Assert.Single(doc.Quotes).SpeakerName);
    }

    [Fact]
    public void NumberLedWordInTheSpeakerPhrase()
    {
        var doc = Run("“The water came up to the second floor,” said the 46-year-old.");
        Assert.Equal("the 46-year-old", Assert.Single(doc.Quotes).SpeakerMention!.Text);
    }
    [Fact]
    public void AppositionAfterANameInTheNextSentence()
    {
        var doc = Run("The hall was packed.\n\n“What a week!” Rep. Carla Dunn, D-Ore., said of the session.");
        Assert.Equal("Carla Dunn", Assert.Single(doc.Quotes).SpeakerName);
    }
    [Fact]
    public void SpeakerOfAnotherClauseIsNotTheOuterSource()
    {
        var doc = Run("“Please let me finish,” Mayor Tom Hale said as a protester in the back shouted “Resign now!”");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("Tom Hale", doc.Quotes[0].SpeakerName);
        Assert.Contains("protester", doc.Quotes[1].SpeakerMention!.Text);
    }
    [Fact]
    public void SubjectPhraseEndsBeforeItsVerb()
    {
        var doc = Run("The vote was close. The Oregon governor emailed supporters saying: “The fight goes on.”");
        Assert.Equal("The Oregon governor", Assert.Single(doc.Quotes).SpeakerMention!.Text);
    }
}

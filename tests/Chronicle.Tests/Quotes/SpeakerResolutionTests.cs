using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Quotes;

/// <summary>Newswire relays and paraphrases its sources: the words next to the cue are often not who spoke. Each
/// passage is one kind of error seen on real news, written for this test.</summary>
public class SpeakerResolutionTests
{
    private static string? SpeakerOf(string text, string quoted)
    {
        var doc = ChroniclePipeline.CreateDefault().Process(new Document(text));
        return Assert.Single(doc.Quotes, q => q.Text.Contains(quoted, StringComparison.Ordinal)).SpeakerName;
    }

    [Fact]
    public void RelayQuotingSomeoneAsSayingGivesTheOneQuoted()
    {
        const string text = "The state news agency said on Monday that the government would not attend the conference in Geneva.\n" +
                            "\"We will not sit at a table with those who bomb our villages,\" the agency quoted Foreign Minister Ali Hassan Murad as saying.";
        Assert.Equal("Ali Hassan Murad", SpeakerOf(text, "bomb our villages"));
    }

    [Fact]
    public void ThoseToldAreNotTheSpeaker()
    {
        const string text = "A Dutch minister expressed concern on Friday over the arrest of two aid workers.\n" +
                            "\"I have told the authorities that my government expects a fair trial,\" Minister for Development Cooperation Anna de Vries, told reporters.";
        Assert.Equal("Anna de Vries", SpeakerOf(text, "fair trial"));
    }

    [Fact]
    public void ItAfterAnOrganisationsStatementIsTheOrganisation()
    {
        const string text = "A Hamas statement said its leaders met Egyptian mediators in Cairo on Tuesday.\n" +
                            "\"The movement will not give up its weapons while the occupation lasts,\" it said.";
        Assert.Equal("Hamas", SpeakerOf(text, "give up its weapons"));
    }

    [Fact]
    public void SpokesmanForTheGroupSpeaksForTheGroupNamedBefore()
    {
        const string text = "Hamas said on Tuesday that its leaders had met Egyptian mediators in Cairo.\n" +
                            "A spokesman for the group said the meeting \"marks a new stage in the talks on a truce\".";
        Assert.Equal("Hamas", SpeakerOf(text, "new stage"));
    }

    [Fact]
    public void TheAgencyAndItAreTheNewsAgencyNamedBefore()
    {
        const string text = "Iran has accused Pakistan of shelling border villages, the official news agency IRNA reported on Sunday.\n" +
                            "A provincial governor made the accusation in a letter to the interior ministry, the agency said.\n" +
                            "\"Border guards have recorded 14 cases of shelling since the start of the month,\" it reported.";
        Assert.Equal("Islamic Republic News Agency", SpeakerOf(text, "14 cases"));
    }

    [Fact]
    public void HeAfterSomeoneWhoToldIsThePersonLastSpeaking()
    {
        const string text = "General Peter Okoro took over on Monday as commander of the regional force.\n" +
                            "Okoro replaced General Samuel Adeyemi, who told troops at the ceremony that the war was nearly over.\n" +
                            "\"Our work here has been hard and often dangerous. Many of us were wounded,\" he said.";
        Assert.Equal("Samuel Adeyemi", SpeakerOf(text, "hard and often dangerous"));
    }

    [Fact]
    public void APersonNamedInThePronounsOwnSentenceStaysItsReferent()
    {
        const string text = "Foreign Minister Peter Lang said on Friday that the test could not go unanswered.\n" +
                            "Secretary-General Antonio Guterres condemned what he called a \"reckless breach of the resolutions\".";
        Assert.Equal("Antonio Guterres", SpeakerOf(text, "reckless breach"));
    }

    [Fact]
    public void ThePersonLastSpeakingMustHaveThePronounsGender()
    {
        const string text = "Senator John Miller spoke at a rally in Ohio on Friday.\n" +
                            "Maria Lopez said on Thursday that the plan would cost jobs.\n" +
                            "\"We will bring the factories back,\" he said.";
        Assert.Equal("John Miller", SpeakerOf(text, "factories back"));
    }
}

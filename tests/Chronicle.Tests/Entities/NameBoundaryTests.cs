using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Entities;

/// <summary>Where a name begins and ends, and whether a capital is a place or its state: errors of this kind made a
/// title the speaker's organisation and folded a city into its country. Passages written for these tests.</summary>
public class NameBoundaryTests
{
    private static readonly DocumentPipeline Pipeline = ChroniclePipeline.CreateDefault();

    private static Chronicle.Annotations.Entity? EntityWithMention(Document doc, string mention) =>
        doc.Entities.SingleOrDefault(e => e.Mentions.Any(m => m.Text == mention));

    [Theory]
    [InlineData("The National League for Democracy won most seats in the vote.", "National League for Democracy")]
    [InlineData("The Movement for Democratic Change rejected the result on Sunday.", "Movement for Democratic Change")]
    [InlineData("Fighters of the Popular Front for the Liberation of Palestine fired rockets.", "Popular Front for the Liberation of Palestine")]
    [InlineData("The Ministry of Foreign Affairs summoned the ambassador on Monday.", "Ministry of Foreign Affairs")]
    public void AnOrganisationsNameRunsOnOverForAndOf(string text, string name)
    {
        var doc = Pipeline.Process(new Document(text));
        var org = EntityWithMention(doc, name);
        Assert.NotNull(org);
        Assert.Equal(Chronicle.Annotations.EntityKind.Org, org!.Type);
    }

    [Fact]
    public void AnOfficesPortfolioIsTitleNotPartOfTheName()
    {
        var doc = Pipeline.Process(new Document(
            "Minister for Development Cooperation Anna de Vries visited the camp on Friday."));
        var person = EntityWithMention(doc, "Anna de Vries");
        Assert.NotNull(person);
        Assert.Equal(Chronicle.Annotations.EntityKind.Person, person!.Type);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Development Cooperation", StringComparison.Ordinal));
    }

    [Fact]
    public void ACapitalNamedAsTheCapitalIsTheCityAndOneStandingForItsStateIsTheState()
    {
        var doc = Pipeline.Process(new Document(
            "Russian troops advanced towards the capital Kyiv on Friday. Moscow said the operation was going to plan."));
        var kyiv = EntityWithMention(doc, "Kyiv");
        Assert.Equal("Kyiv", kyiv?.Name);
        Assert.Equal("Russia", EntityWithMention(doc, "Moscow")?.Name);
    }

    [Fact]
    public void ADescriptionByTheNamesHeadWordIsTheOrganisationNamedBefore()
    {
        var doc = Pipeline.Process(new Document(
            "The National League for Democracy won most seats. The league said it would form a government. " +
            "The Ministry of Defence denied the report; the ministry called it false."));
        Assert.Equal("National League for Democracy", EntityWithMention(doc, "The league")?.Name);
        Assert.Equal("Ministry of Defence", EntityWithMention(doc, "the ministry")?.Name);
    }

    [Fact]
    public void ADescriptionWithoutANamedOrganisationOfThatWordJoinsNothing()
    {
        var doc = Pipeline.Process(new Document(
            "The National League for Democracy won most seats. The party said it would form a government. The league leader spoke."));
        Assert.Null(EntityWithMention(doc, "The party"));
        Assert.Null(EntityWithMention(doc, "The league"));
    }
}

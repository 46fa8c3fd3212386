using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Knowledge;

public class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    private static Surface? Match(string text)
    {
        var doc = new Document(text);
        doc.SetTokens(Tokenizer.Tokenize(text));
        return Kb.MatchSurface(doc, 0, doc.Tokens.Length);
    }

    [Theory]
    [InlineData("France", SurfaceKind.CountryName, "FRA")]
    [InlineData("Americans", SurfaceKind.CountryPeople, "USA")]
    [InlineData("Iraqi", SurfaceKind.CountryAdjective, "IRQ")]
    [InlineData("Baghdad", SurfaceKind.Capital, "IRQ")]
    [InlineData("United States", SurfaceKind.CountryName, "USA")]
    public void CountriesDemonymsAndCapitals(string text, SurfaceKind kind, string code)
    {
        var s = Match(text);
        Assert.NotNull(s);
        Assert.Equal(kind, s!.Kind);
        Assert.Equal(code, Kb.Countries[s.Index].Code);
    }

    [Theory]
    [InlineData("Daesh", "IMGMUSISI", "Islamic State")]
    [InlineData("ISIL", "IMGMUSISI", "Islamic State")]
    [InlineData("UN", "IGOUNO", "United Nations")]
    [InlineData("Hezbollah", "IMGMUSHEZ", "Hezbollah")]
    public void OrganisationAliases(string text, string code, string name)
    {
        var s = Match(text);
        Assert.Equal(SurfaceKind.Organization, s!.Kind);
        Assert.Equal(code, Kb.Organizations[s.Index].Code);
        Assert.Equal(name, Kb.Organizations[s.Index].Name);
    }

    [Fact]
    public void RoleLexiconMatchesAnyCaseAndLongestPhrase()
    {
        var doc = new Document("Prime Minister");
        doc.SetTokens(Tokenizer.Tokenize(doc.Text));
        var role = Kb.MatchRole(doc, 0, doc.Tokens.Length);
        Assert.Equal("prime minister", role!.Phrase);
        Assert.Equal("GOV", role.Code);
    }

    [Theory]
    [InlineData("Al-Kadhemi", "kadhemi")]
    [InlineData("al-Kadhimi", "kadhimi")]
    [InlineData("Erdoğan", "erdogan")]
    public void NamesNormalize(string name, string normalized) => Assert.Equal(normalized, NameMatching.Normalize(name));

    [Fact]
    public void SpellingVariantsMatchButDifferentNamesDoNot()
    {
        Assert.True(NameMatching.SimilarSurnames("kadhemi", "kadhimi"));
        Assert.True(NameMatching.CompatibleGivenNames("emmanual", "emmanuel"));
        Assert.False(NameMatching.SimilarSurnames("clinton", "clayton"));
        Assert.False(NameMatching.SimilarSurnames("bush", "rush"));
    }
}

public class EntityLinkerTests
{
    private static Document Run(string text) => ChroniclePipeline.CreateDefault().Process(new Document(text));

    [Fact]
    public void MisspelledLeaderGetsCanonicalNameAndCode()
    {
        var doc = Run("French President Emmanual Macron spoke on Saturday. Macron said the French president would stay.");
        var macron = Assert.Single(doc.Entities, e => e.Type == EntityKind.Person);
        Assert.Equal("Emmanuel Macron", macron.Name);
        Assert.Equal("FRAGOV", macron.Code);
        Assert.Contains(macron.Mentions, m => m.Text == "the French president");
    }

    [Fact]
    public void SpellingVariantsOfUnknownPersonCluster()
    {
        var doc = Run("Governor Abdulrahman al-Sharafi arrived. Later, al-Sharafe spoke to the press.");
        var person = Assert.Single(doc.Entities, e => e.Type == EntityKind.Person);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void CapitalActingAsStateJoinsTheCountry()
    {
        var doc = Run("Paris has condemned the attack. Tourists in Paris were evacuated.");
        var france = Assert.Single(doc.Entities, e => e.Name == "France");
        Assert.Equal("FRA", france.Code);
        Assert.Contains(doc.Entities, e => e.Name == "Paris" && e.Type == EntityKind.Gpe);
    }

    [Fact]
    public void RoleGroupsGetCountryAndRoleCodes()
    {
        var doc = Run("Iraq's lawmakers met as US combat forces prepared to leave. Shia militias in Iraq warned Iraq again.");
        Assert.Contains(doc.Entities, e => e.Code == "USAMIL");
        Assert.Contains(doc.Entities, e => e.Code == "IRQLEG");
        Assert.Contains(doc.Entities, e => e.Code == "IRQREB");
    }

    [Fact]
    public void IdsFollowFirstMention()
    {
        var doc = Run("Joe Biden met Olaf Scholz in Berlin on Monday, and the two leaders discussed the war in Ukraine for an hour.");
        Assert.Equal("E1", doc.Entities[0].Id);
        Assert.Equal("Joe Biden", doc.Entities[0].Name);
    }
}

using Chronicle.Annotations;
using Chronicle.Events;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Events;

/// <summary>Ordinary acts of political reporting that the lexicon once missed or coded with another root
/// (issue 14's error kinds; sentences written for these tests). Each expects one event "SOURCE ROOT TARGET",
/// compared by country part as the scorers do.</summary>
public class ReportingActTests
{
    private static readonly DocumentPipeline Pipeline = new DocumentPipelineBuilder()
        .Use(new TokenizerComponent()).Use(new SentenceSplitterComponent()).Use(new EventCoder(EventResources.Default)).Build();

    [Theory]
    [InlineData("Egypt's foreign minister voiced concern about the fighting in Sudan.", "EGY 11 SDN")]          // concern is 11, as ANNOTATION.md codes it
    [InlineData("Poland expressed disquiet at the Irish treatment of Polish workers.", "POL 11 IRL")]
    [InlineData("The Danish government has ruled out direct talks with the Ethiopian rebels.", "DNK 12 ETH")]
    [InlineData("The Chilean president disagreed with Peru on the border ruling.", "CHL 11 PER")]
    [InlineData("The Kenyan envoy faulted Uganda for the border closure.", "KEN 11 UGA")]
    [InlineData("Sweden censured Belarus over the arrests.", "SWE 11 BLR")]
    [InlineData("Norway will contact the Colombian government about the kidnapped engineers.", "NOR 04 COL")]   // a narrated future stays the act
    [InlineData("Ghana renewed its call for the release of Togolese opposition leaders.", "GHA 02 TGO")]
    [InlineData("Peru has encouraged Bolivia's bid for a seat on the council.", "PER 05 BOL")]
    [InlineData("Vietnam and Cambodia clinched a border accord on Tuesday.", "VNM 05 KHM")]
    [InlineData("Mexico struck a deal with Guatemala on migration.", "MEX 05 GTM")]
    [InlineData("Spain handed over the suspects to French police.", "ESP 08 FRA")]
    [InlineData("Nigerian police dispersed Ghanaian traders in Lagos.", "NGA 17 GHA")]
    [InlineData("Armenian troops stormed an Azerbaijani village on Friday.", "ARM 19 AZE")]
    [InlineData("Chadian rebels took two French engineers hostage near the border.", "TCD 18 FRA")]
    [InlineData("Serbian forces pounded Bosnian positions overnight.", "SRB 19 BIH")]
    [InlineData("Canada promised Haiti more police trainers.", "CAN 03 HTI")]   // a pledge of something the lexicon has no act for is intent
    [InlineData("Cuba complained that Washington was endangering the migration accords.", "CUB 11 USA")]   // aimed at the clause's subject
    [InlineData("Greece alleged that the Turkish coast guard had fired on its fishermen.", "GRC 11 TUR")]
    public void TheActIsCodedWithItsRoot(string sentence, string expected)
    {
        var want = expected.Split(' ');
        var doc = Pipeline.Process(new Document(sentence) { Language = "en" });
        var got = string.Join("; ", doc.Events.Select(e => $"{e.Source?.Code} {e.Cameo} {e.Target?.Code} [{e.Rule}]"));
        Assert.True(doc.Events.Any(e => e.Root == want[1] && Country(e.Source?.Code) == want[0] && Country(e.Target?.Code) == want[2]),
                    $"want {expected}, got {got}");
    }

    [Fact]
    public void SeparatistsAreRebels()
    {
        // PETRARCH2's agents and the real-news gold code separatists as rebels (REB), not SEP
        var doc = Pipeline.Process(new Document("Georgian troops clashed with Abkhaz separatists near Sukhumi.") { Language = "en" });
        Assert.Contains(doc.Events, e => e.Root == "19" && (e.Target?.Code?.EndsWith("REB") ?? false));
    }

    private static string? Country(string? code) => code is { Length: >= 3 } ? code[..3] : null;
}

using System.Text.Json;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Framing;

/// <summary>The golden article's framing section (../shared/golden), checked through the real CLI:
/// its loaded terms and source marker are flagged in the outlet's voice, and no flag in the
/// outlet's voice lies inside one of the quotes the analysis reports.</summary>
public class FramingGoldenTests
{
    private static readonly Lazy<JsonElement> Analysis = new(() =>
    {
        var result = CliRunner.Run("analyze", Paths.Golden("france-iraq-2021.txt"), "--published", "2021-08-29");
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    });

    private static JsonElement Gold() =>
        JsonDocument.Parse(File.ReadAllText(Paths.Golden("france-iraq-2021.gold.json"))).RootElement.GetProperty("framing").Clone();

    [SharedTheory("golden/france-iraq-2021.txt", "golden/france-iraq-2021.gold.json")]
    [InlineData("loaded_terms")]
    [InlineData("source_markers")]
    public void GoldFlagsAreFoundInTheOutletsVoice(string section)
    {
        var predicted = Analysis.Value.GetProperty("framing").GetProperty(section).EnumerateArray()
            .Where(f => f.GetProperty("voice").GetString() == "outlet").Select(f => f.GetProperty("text").GetString()).ToList();
        foreach (var expected in Gold().GetProperty(section).EnumerateArray().Select(e => e.GetString()!))
            Assert.Contains(expected, predicted);
    }

    [SharedFact("golden/france-iraq-2021.txt", "golden/france-iraq-2021.gold.json")]
    public void NoOutletFlagLiesInsideAQuote()
    {
        var analysis = Analysis.Value;
        var quotes = analysis.GetProperty("quotes").EnumerateArray()
            .Select(q => (Start: q.GetProperty("start").GetInt32(), End: q.GetProperty("end").GetInt32())).ToList();
        Assert.NotEmpty(quotes);
        var framing = analysis.GetProperty("framing");
        foreach (var flag in framing.GetProperty("loaded_terms").EnumerateArray().Concat(framing.GetProperty("source_markers").EnumerateArray()))
        {
            int start = flag.GetProperty("start").GetInt32();
            bool quoted = quotes.Any(q => start >= q.Start && start < q.End);
            Assert.Equal(quoted ? "quote" : "outlet", flag.GetProperty("voice").GetString());
        }
    }
}

using Chronicle.Annotations;
using Chronicle.Text;
using static Chronicle.Tests.Time.TimeTestKit;

namespace Chronicle.Tests.Quantities;

/// <summary>Counted claims: numbers in digits and words, approximators, fractions, percentages,
/// money, units, casualty verbs, and years that must not be counted.</summary>
public class QuantityTests
{
    private static Quantity Find(Document doc, string text)
    {
        var found = doc.Quantities.FirstOrDefault(q => q.Text == text);
        Assert.True(found is not null, $"no quantity \"{text}\" in [{string.Join(", ", doc.Quantities.Select(q => $"{q.Text}={q.Value} {q.Unit}"))}]");
        Assert.Equal(text, doc.Text[found.Start..found.End]);
        return found;
    }

    [Theory]
    [InlineData("Italy keeps about 160 troops stationed in Lebanon under the United Nations flag.", "about 160 troops", 160, "about", "troops")]
    [InlineData("The withdrawal of over 2,800 soldiers was completed within months.", "over 2,800 soldiers", 2800, "over", "soldiers")]
    [InlineData("Drones struck two Turkish bases in northern Syria overnight.", "two Turkish bases", 2, null, "bases")]
    [InlineData("The ministry said a dozen drones were shot down near the coast.", "a dozen drones", 12, null, "drones")]
    [InlineData("Rebels claimed nearly 40 attacks across the province this spring.", "nearly 40 attacks", 40, "nearly", "attacks")]
    [InlineData("The navy will deploy up to 500 marines to the island.", "up to 500 marines", 500, "up to", "marines")]
    [InlineData("At least 1.5 million people fled their homes during the floods.", "At least 1.5 million people", 1.5e6, "at least", "people")]
    [InlineData("Some 300 police officers guarded the stadium during the final.", "Some 300 police", 300, "some", "police")]
    [InlineData("Around twenty six vessels were stuck in the canal for days.", "Around twenty six vessels", 26, "around", "vessels")]
    [InlineData("The fund received 5 million dollars from private donors last year.", "5 million dollars", 5e6, null, "usd")]
    [InlineData("The deal was welcomed by two governments, the ministry said on its website.", "two governments", 2, null, "governments")]
    [InlineData("Engineers built three temporary bridges across the river within a month.", "three temporary bridges", 3, null, "bridges")]
    [InlineData("Tens of thousands of protesters marched through the capital.", "Tens of thousands of protesters", 1e4, "tens of thousands", "protesters")]
    [InlineData("Militias have launched hundreds of rocket and mortar attacks on the airport.", "hundreds of rocket and mortar attacks", 100, "hundreds", "attacks")]
    public void CountsWithUnits(string sentence, string text, double value, string? approx, string unit)
    {
        var q = Find(Analyze(sentence, "2021-08-29"), text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(approx, q.Approx);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("The government cut the garrison by more than half since the election.", "more than half", 0.5, "more than", "fraction")]
    [InlineData("Nearly two-thirds of the budget goes to defence spending every year.", "Nearly two-thirds", 2.0 / 3, "nearly", "fraction")]
    [InlineData("Turnout reached 40 percent in the capital on polling day.", "40 percent", 40, null, "percent")]
    [InlineData("Support for the treaty fell to 35% among the younger voters.", "35%", 35, null, "percent")]
    [InlineData("The ministry approved a $3bn package for the reconstruction effort.", "$3bn", 3e9, null, "usd")]
    [InlineData("The donors pledged $1.5 million for the refugee camps in the region.", "$1.5 million", 1.5e6, null, "usd")]
    public void FractionsPercentagesAndMoney(string sentence, string text, double value, string? approx, string unit)
    {
        var q = Find(Analyze(sentence, "2021-08-29"), text);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(approx, q.Approx);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("One Danish medic was killed and two have been wounded in the operation so far.", "One Danish medic was killed", 1, "killed")]
    [InlineData("One Danish medic was killed and two have been wounded in the operation so far.", "two have been wounded", 2, "wounded")]
    [InlineData("At least 12 people were killed when the bridge collapsed on the highway.", "At least 12 people were killed", 12, "killed")]
    [InlineData("The explosion tore through the market, killing 30 civilians and injuring dozens more.", "30 civilians", 30, "killed")]
    public void CasualtyCounts(string sentence, string text, double value, string unit)
    {
        var q = Find(Analyze(sentence, "2021-08-29"), text);
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void DescribesWhatIsCounted()
    {
        var q = Find(Analyze("Italy keeps about 160 troops stationed in Lebanon under the United Nations flag.", "2021-08-29"), "about 160 troops");
        Assert.Equal("troops stationed in Lebanon", q.About);
        var casualty = Find(Analyze("One Danish medic was killed in Operation Sentinel last year, the army said.", "2021-08-29"), "One Danish medic was killed");
        Assert.Equal("Danish medic killed in Operation Sentinel", casualty.About);
    }

    [Fact]
    public void YearsAndDatesAreNotCounted()
    {
        var doc = Analyze("In 2014, 300 soldiers arrived at the base, and on Aug. 28, 2021 the last of them left.", "2021-08-29");
        Assert.DoesNotContain(doc.Quantities, q => q.Value is 2014 or 2021 or 28);
        Assert.Equal(300, Find(doc, "300 soldiers").Value);
    }

    [Theory]
    [InlineData("No one was hurt when the shelter collapsed in the storm.")]
    [InlineData("George Kane, 89, retired from the service long ago.")]
    public void IgnoresNumbersThatCountNothing(string sentence) =>
        Assert.Empty(Analyze(sentence, "2021-08-29").Quantities);
}

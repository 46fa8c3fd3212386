using Chronicle.Text;
using static Chronicle.Tests.Time.TimeTestKit;

namespace Chronicle.Tests.Text;

/// <summary>Decimal digits of other scripts pass char.IsDigit but not .NET's parsers: dates and
/// quantities read them by their value and never throw on them.</summary>
public class DigitsTests
{
    // 28, 2021 and 1990s written in Arabic-Indic, Devanagari, Bengali and fullwidth digits
    public static TheoryData<string, string, string> Scripts => new()
    {
        { "٢٨", "٢٠٢١", "١٩٩٠" },
        { "२८", "२०२१", "१९९०" },
        { "২৮", "২০২১", "১৯৯০" },
        { "２８", "２０２１", "１９９０" },
    };

    [Theory]
    [InlineData("٢٨", 28)]
    [InlineData("२०२१", 2021)]
    [InlineData("১৯৯০", 1990)]
    [InlineData("２８", 28)]
    [InlineData("4٢", 42)]
    public void ReadsDecimalDigitsOfAnyScriptByValue(string text, int expected)
    {
        Assert.True(Digits.AllDecimal(text));
        Assert.True(Digits.TryParseInt(text, out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("²")]        // a superscript is a digit to Unicode (No) but not a decimal digit (Nd)
    [InlineData("Ⅻ")]
    [InlineData("12a")]
    [InlineData("1234567890")] // too long for an int read
    public void RefusesWhatIsNotAShortRunOfDecimalDigits(string text) => Assert.False(Digits.TryParseInt(text, out _));

    [Fact]
    public void ConvertsToAsciiKeepingOtherCharacters() => Assert.Equal("1,250.5 km", Digits.ToAscii("١,٢٥٠.٥ km"));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void DatesInOtherDigitsGetAsciiTimexValues(string day, string year, string decade)
    {
        var doc = Analyze($"The talks opened on August {day}, {year} and ended in the {decade}s, officials said.", "2021-09-01");
        Assert.Equal("2021-08-28", Date(doc, $"August {day}, {year}").Value);
        Assert.Equal("199X", Date(doc, $"the {decade}s").Value);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void QuantitiesInOtherDigitsAreReadByValue(string day, string year, string decade)
    {
        _ = decade;
        var doc = Analyze($"Officials said {day} soldiers and {year} civilians had left the town.", "2021-09-01");
        Assert.Contains(doc.Quantities, q => q.Value == 28 && q.Text.StartsWith(day, StringComparison.Ordinal));
        Assert.Contains(doc.Quantities, q => q.Value == 2021 && q.Text.StartsWith(year, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The meeting ends at ٢٣:٤٥ GMT on Friday, the ministry said.")]
    [InlineData("It was the ٢٠th century, mid-١٩٩٠s, Q٣ ٢٠٢٠-٢١ and ٢٠٢١-٠٨-٢٨ in the report.")]
    [InlineData("By ٧ p.m. on ١٢/٠٣ about ٣٠-day truce talks, ٥bn dollars and ١٫٥ million people.")]
    public void NoDigitOfAnotherScriptMakesAComponentThrow(string text)
    {
        var doc = Analyze(text, "2021-09-01");
        foreach (var d in doc.Dates) Assert.All(d.Value, c => Assert.True(c < 128, $"non-ASCII TIMEX value {d.Value}"));
    }
}

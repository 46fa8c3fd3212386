using static Chronicle.Tests.Time.TimeTestKit;

namespace Chronicle.Tests.Time;

/// <summary>Publication dates near year ends and leap days, and documents without one.</summary>
public class TimeAnchorTests
{
    [Theory]
    [InlineData("Prices rose sharply in December.", "2021-01-02", "December", "2020-12")]
    [InlineData("Officials from both parties met with the mediators yesterday.", "2021-01-01", "yesterday", "2020-12-31")]
    [InlineData("The index fell last week.", "2021-01-02", "last week", "2020-W52")]
    [InlineData("Turnout was low last year.", "2021-01-02", "last year", "2020")]
    [InlineData("The plant will reopen next month.", "2021-12-15", "next month", "2022-01")]
    [InlineData("Delegates arrive next week.", "2021-12-30", "next week", "2022-W01")]
    [InlineData("The vote will be held on Jan. 14.", "2021-12-28", "Jan. 14", "2022-01-14")]
    [InlineData("The blast hit the depot on Saturday.", "2021-01-01", "Saturday", "2020-12-26")]
    public void YearEnds(string sentence, string published, string text, string value) =>
        Assert.Equal(value, Date(Analyze(sentence, published), text).Value);

    [Theory]
    [InlineData("The deal was signed on Feb. 29.", "2024-03-01", "Feb. 29", "2024-02-29")]
    [InlineData("The deal was signed on Feb. 29.", "2025-03-01", "Feb. 29", "2024-02-29")]
    [InlineData("The decree will take effect on Feb. 29.", "2025-03-01", "Feb. 29", "2028-02-29")]
    [InlineData("Officials from both parties met with the mediators yesterday.", "2024-03-01", "yesterday", "2024-02-29")]
    [InlineData("Ministers met on Thursday.", "2024-03-01", "Thursday", "2024-02-29")]
    [InlineData("Sales fell last February.", "2024-03-01", "last February", "2024-02")]
    public void LeapDays(string sentence, string published, string text, string value) =>
        Assert.Equal(value, Date(Analyze(sentence, published), text).Value);

    [Theory]
    [InlineData("The agreement was signed in July.", "July", "XXXX-07")]
    [InlineData("The minister spoke on Saturday.", "Saturday", "XXXX-WXX-6")]
    [InlineData("Turnout was low last year.", "last year", "XXXX")]
    [InlineData("The garrison opened in 2014.", "2014", "2014")]
    [InlineData("The summit opened on Aug. 28, 2021.", "Aug. 28, 2021", "2021-08-28")]
    [InlineData("Exports fell between March 2020 and January 2021.", "between March 2020 and January 2021", "2020-03/2021-01")]
    [InlineData("The army is now in control.", "now", "PRESENT_REF")]
    public void WithoutPublicationDateResolvesOnlyAbsoluteExpressions(string sentence, string text, string value) =>
        Assert.Equal(value, Date(Analyze(sentence, null), text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("...")]
    [InlineData("the end of")]
    [InlineData("between 2014 and")]
    [InlineData("99999 years ago on Feb. 30, 2021 and 31 September at 25:99 p.m. in the 0th century")]
    [InlineData("last")]
    [InlineData("9999-99-99 and 1990-1985 and 2021-13")]
    [InlineData("Yesterday, tomorrow, last week, next month, next year, 9000 years ago and 9000 months ago, Saturday, the weekend, last summer.")]
    public void OddInputNeverThrows(string text)
    {
        foreach (var published in new string?[] { null, "2021-08-29", "0001-01-01", "9999-12-31" })
        {
            var doc = Analyze(text, published);
            foreach (var date in doc.Dates)
            {
                Assert.InRange(date.Start, 0, text.Length);
                Assert.InRange(date.End, date.Start, text.Length);
                Assert.False(string.IsNullOrEmpty(date.Value));
            }
        }
    }

    [Fact]
    public void InvalidCalendarDatesAreNotInvented()
    {
        var doc = Analyze("The decree is dated Feb. 30, 2021.", "2021-08-29");
        Assert.DoesNotContain(doc.Dates, d => d.Value == "2021-02-30");
    }
}

using static Chronicle.Tests.Time.TimeTestKit;

namespace Chronicle.Tests.Time;

/// <summary>One case per pattern family: the sentence, the publication date, the expression's
/// text as it must be spanned and its TIMEX3 value.</summary>
public class TimeNormalizationTests
{
    [Theory]
    // weekdays: past context looks back from publication, future context ahead
    [InlineData("The minister spoke to reporters on Saturday.", "2021-08-29", "Saturday", "2021-08-28")]
    [InlineData("The talks will resume on Tuesday.", "2021-08-29", "Tuesday", "2021-08-31")]
    [InlineData("The council met Friday to discuss the budget.", "2021-08-27", "Friday", "2021-08-27")]
    [InlineData("Protesters gathered again last Friday.", "2021-08-27", "last Friday", "2021-08-20")]
    [InlineData("The minister announced that the delegation would travel to Geneva on Thursday.", "2021-08-29", "Thursday", "2021-09-02")]
    [InlineData("Lawyers said they would appeal Wednesday's ruling by the court.", "2021-08-27", "Wednesday", "2021-08-25")]
    [InlineData("The ministry ordered the camp to be cleared by Jan. 14.", "2021-01-05", "Jan. 14", "2021-01-14")]
    // months without a year
    [InlineData("The agreement was signed in July.", "2021-08-29", "July", "2021-07")]
    [InlineData("The ministry said the vote will take place in March.", "2021-08-29", "March", "2022-03")]
    // years, decades, centuries
    [InlineData("The garrison opened in 2014 after a long delay.", "2021-08-29", "2014", "2014")]
    [InlineData("Sanctions were first imposed in the 1980s.", "2021-08-29", "the 1980s", "198X")]
    [InlineData("Migration patterns of the 20th century shaped the region.", "2021-08-29", "20th century", "19")]
    // ranges
    [InlineData("Air raids continued between 2014 and 2017 in the north.", "2021-08-29", "between 2014 and 2017", "2014/2017")]
    [InlineData("The treaty ended the conflict of 1990-1991.", "2021-08-29", "1990-1991", "1990/1991")]
    [InlineData("Exports fell between March 2020 and January 2021.", "2021-08-29", "between March 2020 and January 2021", "2020-03/2021-01")]
    // edges and anchors relative to publication
    [InlineData("The mission must be wound down by the end of 2021.", "2021-08-29", "the end of 2021", "2021")]
    [InlineData("Prices have climbed steadily since 2020.", "2021-08-29", "2020", "2020")]
    [InlineData("The bank cut its rate last month.", "2021-08-29", "last month", "2021-07")]
    [InlineData("The factory closed two years ago.", "2021-08-29", "two years ago", "2019")]
    [InlineData("Delegates arrive next week.", "2021-08-29", "next week", "2021-W35")]
    [InlineData("Growth slowed this year.", "2021-08-29", "this year", "2021")]
    [InlineData("Rainfall was heavy in early December.", "2021-08-29", "early December", "2020-12")]
    // dates written in full
    [InlineData("The summit opened on Aug. 28, 2021, in the capital.", "2021-09-10", "Aug. 28, 2021", "2021-08-28")]
    [InlineData("The summit opened on 28 August 2021 in the capital.", "2021-09-10", "28 August 2021", "2021-08-28")]
    [InlineData("The summit opened on 2021-08-28 in the capital.", "2021-09-10", "2021-08-28", "2021-08-28")]
    [InlineData("The ceasefire was agreed on March 4.", "2021-08-29", "March 4", "2021-03-04")]
    // deictic words
    [InlineData("The court ruled today that the law stands.", "2021-08-29", "today", "2021-08-29")]
    [InlineData("Officials announced the plan yesterday.", "2021-08-29", "yesterday", "2021-08-28")]
    [InlineData("The army is now in control of the town.", "2021-08-29", "now", "PRESENT_REF")]
    [InlineData("Fighting has intensified in recent years.", "2021-08-29", "recent years", "PAST_REF")]
    [InlineData("Two shops were looted over the weekend in the old town.", "2021-08-30", "the weekend", "2021-W34-WE")]
    [InlineData("The dam was finished in nineteen ninety-six after years of delay.", "2021-08-29", "nineteen ninety-six", "1996")]
    // quarters, halves, seasons
    [InlineData("Profits rose in the third quarter.", "2021-10-20", "the third quarter", "2021-Q3")]
    [InlineData("Third-quarter sales slipped at the largest retailer in the country.", "2021-10-20", "Third-quarter", "2021-Q3")]
    [InlineData("Output fell in the fourth quarter of 2019.", "2021-10-20", "the fourth quarter of 2019", "2019-Q4")]
    [InlineData("The drought began last summer.", "2021-03-10", "last summer", "2020-SU")]
    [InlineData("This fiscal year the budget shrank.", "2021-03-10", "This fiscal year", "2021")]
    // times of day
    [InlineData("The blast happened at 7:15 p.m. near the port.", "2021-08-29", "7:15 p.m.", "2021-08-29T19:15")]
    [InlineData("The match was postponed until 15:00 GMT Saturday.", "2021-08-27", "15:00 GMT Saturday", "2021-08-28T15:00")]
    [InlineData("Shelling resumed Friday night.", "2021-08-29", "Friday night", "2021-08-27TNI")]
    public void NormalizesDates(string sentence, string published, string text, string value) =>
        Assert.Equal(value, Date(Analyze(sentence, published), text).Value);

    [Theory]
    [InlineData("The siege lasted three years.", "three years", "P3Y")]
    [InlineData("A four-week closure of the airport begins soon.", "four-week", "P4W")]
    [InlineData("He was held for several days.", "several days", "PXD")]
    [InlineData("Talks lasted an hour.", "an hour", "PT1H")]
    [InlineData("Output has doubled over the past two years.", "the past two years", "P2Y")]
    [InlineData("The truce held for a decade.", "a decade", "P10Y")]
    public void NormalizesDurations(string sentence, string text, string value)
    {
        var date = Date(Analyze(sentence, "2021-08-29"), text);
        Assert.Equal(value, date.Value);
        Assert.Equal("DURATION", date.Type);
    }

    [Theory]
    [InlineData("The convoy travels weekly to the border.", "weekly", "P1W")]
    [InlineData("Patrols leave the base every day.", "every day", "P1D")]
    [InlineData("The fund pays out annually.", "annually", "P1Y")]
    public void NormalizesSets(string sentence, string text, string value)
    {
        var date = Date(Analyze(sentence, "2021-08-29"), text);
        Assert.Equal(value, date.Value);
        Assert.Equal("SET", date.Type);
    }

    [Theory]
    [InlineData("Troops may leave soon.")]
    [InlineData("The army sent 2000 soldiers to the front.")]
    [InlineData("The contract is worth $2014 a head.")]
    public void LeavesNonDatesAlone(string sentence) =>
        Assert.DoesNotContain(Analyze(sentence, "2021-08-29").Dates, d => d.Value.StartsWith("2014") || d.Value.StartsWith("2000") || d.Value.Contains("-05"));
}

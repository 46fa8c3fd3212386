using System.Globalization;
using System.ServiceModel.Syndication;
using Chronicle.Ingest.Html;

namespace Chronicle.Ingest.Sources;

/// <summary>Feed dates read leniently: RFC 822 / RFC 3339 first, then the written forms real feeds
/// use ("2023-05-10 10:00", "Mon, 18 Nov 2019 10:00:00 EST"), so one odd date does not fail a feed.</summary>
internal static class FeedDates
{
    /// <summary>For the Syndication formatters: never fails; an unreadable date becomes "no date".</summary>
    public static bool Lenient(XmlDateTimeData data, out DateTimeOffset value)
    {
        value = Parse(data.DateTimeString) ?? default;
        return true;
    }

    /// <summary>The publisher's local date of a feed timestamp; null when there is none or it cannot be read.</summary>
    public static DateOnly? DateOf(DateTimeOffset date) => date == default ? null : DateOnly.FromDateTime(date.DateTime);

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        return PublishedDateFinder.Parse(RemoveZoneName(text)) is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    }

    /// <summary>"Mon, 18 Nov 2019 10:00:00 EST" -> without the zone name .NET cannot parse.</summary>
    private static string RemoveZoneName(string s)
    {
        int space = s.LastIndexOf(' ');
        return space > 0 && s[(space + 1)..].All(char.IsAsciiLetterUpper) ? s[..space] : s;
    }
}

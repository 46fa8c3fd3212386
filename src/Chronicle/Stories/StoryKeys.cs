using System.Globalization;
using Chronicle.Learning;

namespace Chronicle.Stories;

/// <summary>A key (a hashed word, name, place or actor code) with its weight in one article or story.</summary>
public readonly record struct WeightedKey(uint Key, float Weight);

/// <summary>The hashes and day numbers stories are compared by. Keys are the learners' <see cref="FeatureKey"/>
/// over lower-cased characters, with the kind as template, so a word and a name spelled alike stay apart.</summary>
public static class StoryKeys
{
    public const char Word = 'w', Name = 'n', Place = 'p', Actor = 'a';

    public static uint Of(char kind, ReadOnlySpan<char> text)
    {
        ulong hash = new FeatureKey(kind).AddLower(text).Hash;
        uint folded = (uint)(hash ^ (hash >> 32));
        return folded == 0 ? 1 : folded; // 0 means "none" in a mention
    }

    /// <summary>How a name is matched across articles: a person by surname ("Boris Yeltsin" = "Yeltsin"),
    /// anything else by its whole name.</summary>
    public static uint NameKey(string name, bool person)
    {
        var span = name.AsSpan().Trim();
        if (person)
        {
            int space = span.LastIndexOf(' ');
            if (space >= 0 && space + 1 < span.Length) span = span[(space + 1)..];
        }
        return Of(Name, span);
    }

    /// <summary>The day number of a TIMEX full date ("1996-08-22..."), or null for anything less precise.</summary>
    public static int? Day(string? timex)
    {
        if (timex is null || timex.Length < 10) return null;
        return DateOnly.TryParseExact(timex.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.DayNumber : null;
    }

    public static string DayText(int day) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

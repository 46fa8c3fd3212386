using System.Globalization;

namespace Chronicle.Stories;

/// <summary>A key (a hashed word, name, place or actor code) with its weight in one article or story.</summary>
public readonly record struct WeightedKey(uint Key, float Weight);

/// <summary>The hashes and day numbers stories are compared by. Keys are FNV-1a over lower-cased
/// characters with a kind prefix, so a word and a name spelled alike stay apart.</summary>
public static class StoryKeys
{
    public const char Word = 'w', Name = 'n', Place = 'p', Actor = 'a';

    public static uint Of(char kind, ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        hash = (hash ^ kind) * 16777619;
        foreach (char c in text) hash = (hash ^ char.ToLowerInvariant(c)) * 16777619;
        return hash == 0 ? 1 : hash; // 0 means "none" in a mention
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

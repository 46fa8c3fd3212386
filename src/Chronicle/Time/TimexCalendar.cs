using System.Globalization;

namespace Chronicle.Time;

/// <summary>Tense of the clause around an expression, which decides whether "Saturday" or "in July"
/// points back from the publication date or forward.</summary>
public enum Tense : byte { Unknown, Past, Future }

/// <summary>
/// Calendar arithmetic on the anchor (the publication date) and TIMEX3 value formatting. All values
/// are built here so that every pattern writes the same shapes: 2021-08-28, 2021-08, 2021-W34,
/// 2021-Q3, 2021-SU, 198X.
/// </summary>
public static class TimexCalendar
{
    public const string PresentRef = "PRESENT_REF";
    public const string PastRef = "PAST_REF";
    public const string FutureRef = "FUTURE_REF";

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Day(int year, int month, int day) => $"{Year(year)}-{month:D2}-{day:D2}";
    public static string Month(int year, int month) => $"{Year(year)}-{month:D2}";
    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
    public static string Quarter(int year, int quarter) => $"{Year(year)}-Q{quarter}";

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{Year(ISOWeek.GetYear(dt))}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    public static string MonthShift(DateOnly anchor, int months)
    {
        var d = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(months);
        return Month(d.Year, d.Month);
    }

    public static int QuarterOf(int month) => (month - 1) / 3 + 1;

    /// <summary>The quarter <paramref name="shift"/> quarters away from the anchor's quarter.</summary>
    public static (int Year, int Quarter) QuarterShift(DateOnly anchor, int shift)
    {
        int index = anchor.Year * 4 + QuarterOf(anchor.Month) - 1 + shift;
        return (index / 4, index % 4 + 1);
    }

    /// <summary>The given weekday (ISO, Monday = 1) nearest the anchor in the direction of the tense:
    /// on or before it in past or unknown context, on or after it in future context; strict excludes the anchor day.</summary>
    public static DateOnly Weekday(DateOnly anchor, int isoWeekday, Tense tense, bool strict = false)
    {
        int current = anchor.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)anchor.DayOfWeek;
        if (tense == Tense.Future)
        {
            int ahead = (isoWeekday - current + 7) % 7;
            if (ahead == 0 && strict) ahead = 7;
            return anchor.AddDays(ahead);
        }
        int back = (current - isoWeekday + 7) % 7;
        if (back == 0 && strict) back = 7;
        return anchor.AddDays(-back);
    }

    /// <summary>Months past which the tense of the clause no longer outweighs nearness: a month
    /// named in a past-tense sentence nine or more months back is more often an upcoming one
    /// ("said it would pay in January", published in October).</summary>
    private const int TenseReachMonths = 8;

    /// <summary>Year of a month named without one: the last such month on or before the anchor in
    /// past context, the next one on or after it in future context, the nearest one otherwise or
    /// when the tense would reach further than <see cref="TenseReachMonths"/>.</summary>
    public static int YearOfMonth(DateOnly anchor, int month, Tense tense)
    {
        int nearest = month - anchor.Month > 6 ? anchor.Year - 1 : anchor.Month - month > 6 ? anchor.Year + 1 : anchor.Year;
        int byTense = tense switch
        {
            Tense.Past => month <= anchor.Month ? anchor.Year : anchor.Year - 1,
            Tense.Future => month >= anchor.Month ? anchor.Year : anchor.Year + 1,
            _ => nearest,
        };
        int distance = Math.Abs((byTense - anchor.Year) * 12 + month - anchor.Month);
        return distance > TenseReachMonths ? nearest : byTense;
    }

    /// <summary>Year of a day named without one ("Aug. 28"), by the same rule as months; a
    /// February 29 moves to the nearest leap year in the direction of the tense.</summary>
    public static int YearOfDay(DateOnly anchor, int month, int day, Tense tense)
    {
        int key = month * 100 + day, now = anchor.Month * 100 + anchor.Day;
        int nearest = month - anchor.Month > 6 ? anchor.Year - 1 : anchor.Month - month > 6 ? anchor.Year + 1 : anchor.Year;
        int year = tense switch
        {
            Tense.Past => key <= now ? anchor.Year : anchor.Year - 1,
            Tense.Future => key >= now ? anchor.Year : anchor.Year + 1,
            _ => nearest,
        };
        if (Math.Abs((year - anchor.Year) * 12 + month - anchor.Month) > TenseReachMonths) year = nearest;
        if (month == 2 && day == 29)
            while (!DateTime.IsLeapYear(year)) year += tense == Tense.Future ? 1 : -1;
        return year;
    }

    /// <summary>Season code and year of "last summer" / "this winter" / "next spring". Winter is
    /// named by the year it starts in (December).</summary>
    public static string Season(DateOnly anchor, int season, RelativeShift shift)
    {
        // which season the anchor is in, and the year that season is named by
        int month = anchor.Month;
        int current = month is >= 3 and <= 5 ? 0 : month is >= 6 and <= 8 ? 1 : month is >= 9 and <= 11 ? 2 : 3;
        int currentYear = month <= 2 ? anchor.Year - 1 : anchor.Year;
        int index = currentYear * 4 + current;
        int target = currentYear * 4 + season;
        if (shift == RelativeShift.Last && target >= index) target -= 4;
        else if (shift == RelativeShift.Next && target <= index) target += 4;
        return $"{Year(target / 4)}-{TimexCalendar.SeasonCode(target % 4)}";
    }

    public static string SeasonCode(int season) => TimeLexicon.SeasonCodes[season];

    /// <summary>Fourth Thursday of November.</summary>
    public static int ThanksgivingDay(int year)
    {
        var first = new DateOnly(year, 11, 1);
        int offset = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return 1 + offset + 21;
    }

    public static bool IsValidDay(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month);
}

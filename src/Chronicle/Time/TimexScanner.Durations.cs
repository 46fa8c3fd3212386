using System.Collections.Frozen;
using System.Globalization;
using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>Durations (three years, a four-week closure, two years ago), sets (daily, every week)
/// and clock times (7:15 p.m., 15:00 GMT Saturday).</summary>
internal sealed partial class TimexScanner
{
    /// <summary>A count and a unit at q: "two years", "a month", "several days", "90 days". Returns
    /// the TIMEX3 duration (P2Y, P1M, PXD, P90D) or null; afterUnit is the token after the unit.</summary>
    private string? CountedUnit(int q, out int afterUnit, out TimeUnit unit)
    {
        afterUnit = q;
        unit = default;
        if (q >= _end) return null;
        string? count = null;
        int n = 0;
        if (Is(q, "a") && Is(q + 1, "few")) { count = "X"; n = 2; }
        else if (Is(q, "a") && Is(q + 1, "couple") && Is(q + 2, "of")) { count = "2"; n = 3; }
        else if (Is(q, "few") || Is(q, "several") || Is(q, "many") || Is(q, "some")) { count = "X"; n = 1; }
        else if ((Is(q, "a") || Is(q, "an")) && !Is(q + 1, "dozen")) { count = "1"; n = 1; }
        else
        {
            n = NumberWords.TryRead(_doc, q, _end, out double value);
            if (n == 0 || value <= 0 || value > 10000) return null;
            count = value.ToString(CultureInfo.InvariantCulture);
        }
        var w = W(q + n);
        if (w.Kind != TimeWordKind.Unit) return null;
        unit = (TimeUnit)w.Value;
        if (unit == TimeUnit.Half || (count == "1" && w.Plural) || (count == "X" && !w.Plural)) return null;
        afterUnit = q + n + 1;
        return DurationValue(count, unit);
    }

    private static string DurationValue(string count, TimeUnit unit)
    {
        if (unit is TimeUnit.Decade or TimeUnit.Century && count != "X")
            return $"P{double.Parse(count, CultureInfo.InvariantCulture) * (unit == TimeUnit.Decade ? 10 : 100)}Y";
        var (letter, clock) = TimeLexicon.UnitLetter(unit);
        return clock ? $"PT{count}{letter}" : $"P{count}{letter}";
    }

    /// <summary>"(about) two years", "a four-week closure", "two years ago", "a year earlier",
    /// "for years". A duration followed by "ago" becomes the date that far before the anchor.
    /// A leading approximator is kept in the span, as TimeML does ("nearly forty years").</summary>
    private TimexMatch TryDuration(int i)
    {
        if (W(i).Kind == TimeWordKind.Approximator)
        {
            var approximated = DurationAt(i, i + 1);
            if (approximated.Found) return approximated;
        }
        return DurationAt(i, i);
    }

    private TimexMatch DurationAt(int i, int p)
    {
        if ((Is(p, "more") || Is(p, "less") || Is(p, "fewer")) && Is(p + 1, "than")) p += 2;
        else if ((Is(p, "at") && (Is(p + 1, "least") || Is(p + 1, "most"))) || (Is(p, "up") && Is(p + 1, "to"))) p += 2;
        else if (Is(p, "a") && Is(p + 1, "mere")) p += 2;
        bool the = Is(p, "the");
        if (the) p++;
        // "four-week", "16-hour", "30-day": count and unit in one hyphenated token
        if (p < _end && T(p).LastIndexOf('-') is > 0 and var hyphen)
        {
            var t = T(p);
            var unitWord = TimeLexicon.Classify(t[(hyphen + 1)..]);
            if (unitWord.Kind == TimeWordKind.Unit && !unitWord.Plural && (TimeUnit)unitWord.Value is not (TimeUnit.Half or TimeUnit.Weekend)
                && NumberWords.TryParse(t[..hyphen], out double v) && v > 0 && v <= 10000)
                return new TimexMatch(p + 1, DurationValue(v.ToString(CultureInfo.InvariantCulture), (TimeUnit)unitWord.Value), "DURATION");
        }
        // "for years", "for decades"
        if (p == i && Is(p - 1, "for") && W(p) is { Kind: TimeWordKind.Unit, Plural: true } bare && (TimeUnit)bare.Value is not TimeUnit.Weekend)
            return new TimexMatch(p + 1, $"PX{TimeLexicon.UnitLetter((TimeUnit)bare.Value).Letter}", "DURATION");
        // a bare "a"/"the" before a unit is not a duration in "the year" or "a year" after a price ("$5 a year" is a set)
        if (the && (Is(p, "a") || Is(p, "an"))) return TimexMatch.None;
        var value = CountedUnit(p, out int end, out var unit);
        if (value is null || unit == TimeUnit.Weekend) return TimexMatch.None;
        if ((Is(p, "a") || Is(p, "an")) && p == i && PrecededByAmount(i) && !Is(end, "ago") && !Is(end, "earlier")) return TimexMatch.None;
        if (Is(end, "ago") || (Is(end, "earlier") && !the && !Is(end + 1, "than")))
            return Ago(end + 1, value, unit);
        return new TimexMatch(end, value, "DURATION");
    }

    /// <summary>"two years ago" = the year two years before the anchor, at the unit's granularity;
    /// "a year ago" in an earnings report = the focus quarter a year back.</summary>
    private TimexMatch Ago(int end, string duration, TimeUnit unit)
    {
        if (duration.Contains('X')) return Date(end, TimexCalendar.PastRef);
        if (_anchor is not { } a) return Date(end, TimexCalendar.PastRef);
        int start = duration.StartsWith("PT", StringComparison.Ordinal) ? 2 : 1;
        if (!int.TryParse(duration.AsSpan(start, duration.Length - start - TimeLexicon.UnitLetter(unit).Letter.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            return TimexMatch.None;
        if (unit is TimeUnit.Decade or TimeUnit.Century) unit = TimeUnit.Year; // durations of decades are written in years
        return unit switch
        {
            TimeUnit.Year when n == 1 && _focusQuarter is { } f => Date(end, TimexCalendar.Quarter(f.Year - 1, f.Quarter)),
            TimeUnit.Year => Date(end, TimexCalendar.Year(a.Year - n)),
            TimeUnit.Month => Date(end, TimexCalendar.MonthShift(a, -n)),
            TimeUnit.Week => Date(end, TimexCalendar.Week(a.AddDays(-7 * n))),
            TimeUnit.Day => Date(end, TimexCalendar.Day(a.AddDays(-n))),
            TimeUnit.Quarter => Date(end, TimexCalendar.Quarter(TimexCalendar.QuarterShift(a, -n).Year, TimexCalendar.QuarterShift(a, -n).Quarter)),
            _ => Date(end, TimexCalendar.Day(a)),
        };
    }

    /// <summary>"$5 a year", "40 hours a week": the article after an amount makes a rate (a SET).</summary>
    private bool PrecededByAmount(int i)
    {
        for (int k = i - 1; k >= _sentence.FirstToken && k >= i - 3; k--)
        {
            var t = T(k);
            if (_doc.Tokens[k].Kind == TokenKind.Number || t is "%" || NumberWords.TryScale(t, out _) || Is(k, "percent")) return true;
        }
        return false;
    }

    /// <summary>daily, weekly, annually; every/each (two) week(s); per year; "$5 a year".</summary>
    private TimexMatch TrySet(int p)
    {
        var w = W(p);
        if (w.Kind == TimeWordKind.Frequency)
            return new TimexMatch(p + 1, DurationValue("1", (TimeUnit)w.Value), "SET");
        if (Is(p, "every") || Is(p, "each") || Is(p, "per") || ((Is(p, "a") || Is(p, "an")) && PrecededByAmount(p) && !Is(p + 2, "ago") && !Is(p + 2, "earlier")))
        {
            int q = p + 1;
            string count = "1";
            int n = NumberWords.TryRead(_doc, q, _end, out double value);
            if (n > 0 && !Is(p, "a") && !Is(p, "an")) { count = value.ToString(CultureInfo.InvariantCulture); q += n; }
            var unit = W(q);
            if (unit.Kind == TimeWordKind.Unit && (TimeUnit)unit.Value is not (TimeUnit.Half or TimeUnit.Weekend) && (unit.Plural == (count != "1")))
                return new TimexMatch(q + 1, DurationValue(count, (TimeUnit)unit.Value), "SET");
            if (unit.Kind == TimeWordKind.Weekday && Capitalized(q) && !Is(p, "per"))
                return new TimexMatch(q + 1, $"XXXX-WXX-{unit.Value}", "SET");
        }
        return TimexMatch.None;
    }

    private static readonly FrozenSet<string> TimeZones = FrozenSet.ToFrozenSet(
        ["GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "BST", "CET", "CEST"], StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeZoneLookup = TimeZones.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"7:15 p.m.", "8 PM", "15:00 GMT Saturday", "noon": a time on the anchor day, or on
    /// the weekday or day word right after it.</summary>
    private TimexMatch TryClockTime(int i)
    {
        int p = i;
        if (Is(p, "around") || Is(p, "about") || Is(p, "approximately")) p++;
        if (p >= _end) return TimexMatch.None;
        int hour, minute = 0, q;
        if (Is(p, "noon") || Is(p, "midday")) { hour = 12; q = p + 1; }
        else if (Is(p, "midnight")) { hour = 24; q = p + 1; }
        else
        {
            if (_doc.Tokens[p].Kind != TokenKind.Number) return TimexMatch.None;
            var t = T(p);
            int colon = t.IndexOf(':');
            bool hasMinutes = colon > 0;
            var hourPart = hasMinutes ? t[..colon] : t;
            if (!IsDigits(hourPart) || hourPart.Length > 2) return TimexMatch.None;
            hour = Digits.ParseChecked(hourPart);
            if (hasMinutes)
            {
                if (!Digits.TryParseInt(t[(colon + 1)..], out minute) || minute > 59) return TimexMatch.None;
            }
            q = p + 1;
            bool pm = Is(q, "p.m.") || Is(q, "pm") || Is(q, "p.m");
            bool am = Is(q, "a.m.") || Is(q, "am") && T(q)[0] == 'a' || Is(q, "a.m");
            if (am && Is(q, "am") && T(q)[0] == 'A' && T(q).Equals("Am", StringComparison.Ordinal)) am = false;
            if (pm || am)
            {
                if (hour is < 1 or > 12) return TimexMatch.None;
                if (pm && hour != 12) hour += 12;
                if (am && hour == 12) hour = 0;
                q++;
            }
            else if (!hasMinutes || hour > 23 || !(IsTimeZone(q) || Is(p - 1, "at") || Is(p - 1, "until") || Is(p - 1, "by")))
                return TimexMatch.None;
        }
        if (IsTimeZone(q)) q++;
        else if (Is(q, "local") && Is(q + 1, "time")) q += 2;
        // the day it belongs to: a weekday or day word right after ("15:00 GMT Saturday", "8 p.m. Friday")
        int dayToken = Is(q, "on") ? q + 1 : q;
        string day;
        var after = Core(dayToken);
        if (after.Found && after.End == dayToken + 1 && after.Value.Length == 10 && char.IsAsciiDigit(after.Value[0])) { day = after.Value; q = after.End; }
        else day = _anchor is { } a ? TimexCalendar.Day(a) : "XXXX-XX-XX";
        return new TimexMatch(q, $"{day}T{hour:D2}:{minute:D2}", "TIME");
    }

    private bool IsTimeZone(int q) => q < _end && TimeZoneLookup.Contains(T(q));
}

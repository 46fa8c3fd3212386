using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>Expressions whose value depends on the publication date: edges (early/late/the end of),
/// weekdays, today/now, last/this/next, quarters and holidays.</summary>
internal sealed partial class TimexScanner
{
    /// <summary>"early December", "late last July", "the end of 2021", "the end of the year",
    /// "mid-1990s": the span includes the edge words, the value is that of the period (TimeML
    /// keeps the edge in a separate mod attribute).</summary>
    private TimexMatch TryEdge(int i)
    {
        int p = i;
        bool the = Is(p, "the");
        if (the) p++;
        if (p >= _end) return TimexMatch.None;
        var t = T(p);
        if (!the && t.Length > 4 && t.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)) return MidToken(p);
        var w = W(p);
        bool middle = Is(p, "middle");
        if (w.Kind != TimeWordKind.Edge && !middle) return TimexMatch.None;
        if (Is(p + 1, "of"))
        {
            int q = p + 2;
            var current = CurrentPeriod(q);
            if (current.Found) return current;
            var inner = Core(q);
            return inner.Found ? inner : TimexMatch.None;
        }
        if (the || middle || (EdgeKind)w.Value is EdgeKind.End or EdgeKind.Beginning) return TimexMatch.None;
        var next = Core(p + 1);
        return next.Found && !next.Value.StartsWith('P') ? next : TimexMatch.None;
    }

    /// <summary>Core patterns without the edge prefix (so that "the end of early ..." is not read).</summary>
    private TimexMatch Core(int i)
    {
        var best = TimexMatch.None;
        Keep(ref best, TryCalendar(i));
        Keep(ref best, TryWeekday(i));
        Keep(ref best, TryDeictic(i));
        Keep(ref best, TryRelative(i));
        Keep(ref best, TryQuarter(i));
        return best;
    }

    /// <summary>"the end of the year", "end of year", "the end of this month": the period containing the anchor.</summary>
    private TimexMatch CurrentPeriod(int q)
    {
        if (Is(q, "the") || Is(q, "this")) q++;
        var w = W(q);
        if (w.Kind != TimeWordKind.Unit || w.Plural) return TimexMatch.None;
        var unit = (TimeUnit)w.Value;
        if (_anchor is not { } a)
            return unit switch { TimeUnit.Year => Date(q + 1, "XXXX"), TimeUnit.Month => Date(q + 1, "XXXX-XX"), _ => TimexMatch.None };
        return unit switch
        {
            TimeUnit.Year => Date(q + 1, TimexCalendar.Year(a.Year)),
            TimeUnit.Month => Date(q + 1, TimexCalendar.Month(a.Year, a.Month)),
            TimeUnit.Week => Date(q + 1, TimexCalendar.Week(a)),
            TimeUnit.Quarter => Date(q + 1, TimexCalendar.Quarter(a.Year, TimexCalendar.QuarterOf(a.Month))),
            TimeUnit.Decade => Date(q + 1, $"{a.Year / 10}X"),
            _ => TimexMatch.None,
        };
    }

    /// <summary>mid-1990s, mid-March, mid-2020 written as one token.</summary>
    private TimexMatch MidToken(int p)
    {
        var rest = T(p)[4..];
        if (rest.Length == 5 && rest[4] == 's' && IsDigits(rest[..4])) return Date(p + 1, $"{Digits.ToAscii(rest[..3])}X");
        if (rest.Length == 4 && IsDigits(rest)) return Date(p + 1, Digits.ToAscii(rest));
        var w = TimeLexicon.Classify(rest);
        if (w.Kind == TimeWordKind.Month && char.IsUpper(rest[0]))
        {
            if (YearNumber(p + 1, out int year)) return Date(p + 2, TimexCalendar.Month(year, w.Value));
            if (_anchor is not { } a) return Date(p + 1, $"XXXX-{w.Value:D2}");
            return Date(p + 1, TimexCalendar.Month(TimexCalendar.YearOfMonth(a, w.Value, TenseAt(p, p + 1)), w.Value));
        }
        return TimexMatch.None;
    }

    /// <summary>"Saturday", "Friday night", "Saturday, Aug. 28": the last such day on or before the
    /// anchor in past context, the next on or after it in future context.</summary>
    private TimexMatch TryWeekday(int p)
    {
        var w = W(p);
        if (w.Kind != TimeWordKind.Weekday || !Capitalized(p)) return TimexMatch.None;
        int q = p + 1;
        int dateStart = Is(q, ",") ? q + 1 : q;
        if (IsMonthAt(dateStart, out int month) && DayNumber(dateStart + 1, out _))
        {
            var explicitDate = MonthFirst(dateStart, month);
            if (explicitDate.Found) return explicitDate;
        }
        if (DayNumber(dateStart, out int day) && IsMonthAt(dateStart + 1, out month))
        {
            var explicitDate = DayFirst(dateStart, dateStart + 1, day, month);
            if (explicitDate.Found) return explicitDate;
        }
        string value = _anchor is { } a ? TimexCalendar.Day(TimexCalendar.Weekday(a, w.Value, TenseAt(p, q))) : $"XXXX-WXX-{w.Value}";
        return WithPartOfDay(q, value);
    }

    /// <summary>Appends a following "morning"/"night" to a day value (a TIME in TIMEX3: 2021-08-28TNI).</summary>
    private TimexMatch WithPartOfDay(int q, string dayValue)
    {
        var part = W(q);
        if (part.Kind == TimeWordKind.PartOfDay) return new TimexMatch(q + 1, $"{dayValue}T{TimeLexicon.PartOfDayCodes[part.Value]}", "TIME");
        return Date(q, dayValue);
    }

    private TimexMatch TryDeictic(int i)
    {
        int p = i;
        bool the = Is(p, "the");
        if (the) p++;
        var w = W(p);
        if (the)
        {
            // "the weekend": the one just past, or the one the anchor falls on
            if (Is(p, "weekend")) return RelativeUnit(p + 1, TimeUnit.Weekend, RelativeShift.This, 0);
            if (Is(p, "past") && !Is(p + 1, "few") && !Is(p + 1, "several") && W(p + 1).Kind != TimeWordKind.Unit && NumberWords.TryRead(_doc, p + 1, _end, out _) == 0)
                return Date(p + 1, TimexCalendar.PastRef);
            if (Is(p, "present") && !(p + 1 < _end && char.IsLetter(T(p + 1)[0]) && !Is(p + 1, "and"))) return Date(p + 1, TimexCalendar.PresentRef);
            if (Is(p, "near") || Is(p, "foreseeable") || Is(p, "distant")) p++;
            return Is(p, "future") ? Date(p + 1, TimexCalendar.FutureRef) : TimexMatch.None;
        }
        // "current" alone (not "current quarter", read by TryRelative) is the present
        if (Is(p, "current") && W(p + 1).Kind != TimeWordKind.Unit && !Is(p + 1, "fiscal")) return Date(p + 1, TimexCalendar.PresentRef);
        // "year-earlier" and "year-ago" as modifiers: the reported period a year back
        if (Is(p, "year-earlier") || Is(p, "year-ago"))
        {
            if (_focusQuarter is { } f) return Date(p + 1, TimexCalendar.Quarter(f.Year - 1, f.Quarter));
            return _anchor is { } ay ? Date(p + 1, TimexCalendar.Year(ay.Year - 1)) : TimexMatch.None;
        }
        if (Is(p, "these") && Is(p + 1, "days")) return Date(p + 2, TimexCalendar.PresentRef);
        if (w.Kind != TimeWordKind.Deictic) return TimexMatch.None;
        switch ((Deixis)w.Value)
        {
            case Deixis.Today: return _anchor is { } a0 ? WithPartOfDay(p + 1, TimexCalendar.Day(a0)) : Date(p + 1, TimexCalendar.PresentRef);
            case Deixis.Yesterday: return WithPartOfDay(p + 1, _anchor is { } a1 ? TimexCalendar.Day(a1.AddDays(-1)) : "XXXX-XX-XX");
            case Deixis.Tomorrow: return WithPartOfDay(p + 1, _anchor is { } a2 ? TimexCalendar.Day(a2.AddDays(1)) : "XXXX-XX-XX");
            case Deixis.Tonight: return new TimexMatch(p + 1, $"{(_anchor is { } a3 ? TimexCalendar.Day(a3) : "XXXX-XX-XX")}TNI", "TIME");
            case Deixis.Now: return Date(p + 1, TimexCalendar.PresentRef);
            case Deixis.Past: return Date(p + 1, TimexCalendar.PastRef);
            case Deixis.Future: return Is(p - 1, "in") ? Date(p + 1, TimexCalendar.FutureRef) : TimexMatch.None;
            case Deixis.Recent:
                var unit = W(p + 1);
                if (unit.Kind != TimeWordKind.Unit || !unit.Plural) return TimexMatch.None;
                if ((TimeUnit)unit.Value is TimeUnit.Year or TimeUnit.Decade) return Date(p + 2, TimexCalendar.PastRef);
                return new TimexMatch(p + 2, $"PX{TimeLexicon.UnitLetter((TimeUnit)unit.Value).Letter}", "DURATION");
        }
        return TimexMatch.None;
    }

    /// <summary>last/this/next/past/coming + year, month, week, weekday, month name, season;
    /// "earlier this year"; "the past two years" (a duration).</summary>
    private TimexMatch TryRelative(int i)
    {
        int p = i;
        bool the = Is(p, "the");
        if (the) p++;
        var w = W(p);
        if (w.Kind != TimeWordKind.Relative) return TimexMatch.None;
        var shift = (RelativeShift)w.Value;
        int q = p + 1;
        if (shift is RelativeShift.Earlier or RelativeShift.Later)
        {
            if (the) return TimexMatch.None;
            var inner = TryRelative(q);
            return inner.Found && W(q).Value is (byte)RelativeShift.This or (byte)RelativeShift.Last or (byte)RelativeShift.Next ? inner : TimexMatch.None;
        }
        // a counted span: "the past two years", "the next few months", "the last 12 months"
        if (shift is RelativeShift.Past or RelativeShift.Last or RelativeShift.Next or RelativeShift.Coming)
        {
            var counted = CountedUnit(q, out int afterUnit, out var countedUnit);
            if (counted is not null && countedUnit is not TimeUnit.Weekend)
                return new TimexMatch(afterUnit, counted, "DURATION");
            var plural = W(q);
            if (plural.Kind == TimeWordKind.Unit && plural.Plural && shift is RelativeShift.Coming or RelativeShift.Past)
                return new TimexMatch(q + 1, $"PX{TimeLexicon.UnitLetter((TimeUnit)plural.Value).Letter}", "DURATION");
        }
        if (Is(q, "fiscal")) q++;
        var target = W(q);
        int delta = shift switch
        {
            RelativeShift.Last or RelativeShift.Latest => -1,
            RelativeShift.Next or RelativeShift.Coming => 1,
            RelativeShift.This => 0,
            _ => 0,
        };
        switch (target.Kind)
        {
            case TimeWordKind.Unit when !target.Plural:
                var unit = (TimeUnit)target.Value;
                if (shift == RelativeShift.Past) return new TimexMatch(q + 1, $"P1{TimeLexicon.UnitLetter(unit).Letter}", "DURATION");
                return RelativeUnit(q + 1, unit, shift, delta);
            case TimeWordKind.Month when Capitalized(q) && shift is RelativeShift.Last or RelativeShift.This or RelativeShift.Next:
                return RelativeMonth(q + 1, target.Value, shift);
            case TimeWordKind.Weekday when Capitalized(q) && shift is RelativeShift.Last or RelativeShift.This or RelativeShift.Next:
                if (_anchor is not { } a) return Date(q + 1, $"XXXX-WXX-{target.Value}");
                var tense = shift switch { RelativeShift.Last => Tense.Past, RelativeShift.Next => Tense.Future, _ => TenseAt(i, q + 1) };
                return WithPartOfDay(q + 1, TimexCalendar.Day(TimexCalendar.Weekday(a, target.Value, tense, strict: shift != RelativeShift.This)));
            case TimeWordKind.Season when shift is RelativeShift.Last or RelativeShift.This or RelativeShift.Next:
                return Date(q + 1, _anchor is { } s ? TimexCalendar.Season(s, target.Value, shift) : $"XXXX-{TimexCalendar.SeasonCode(target.Value)}");
            case TimeWordKind.PartOfDay when shift is RelativeShift.This or RelativeShift.Last:
                if (_anchor is not { } d) return new TimexMatch(q + 1, $"XXXX-XX-XXT{TimeLexicon.PartOfDayCodes[target.Value]}", "TIME");
                var day = shift == RelativeShift.Last ? d.AddDays(-1) : d;
                return new TimexMatch(q + 1, $"{TimexCalendar.Day(day)}T{TimeLexicon.PartOfDayCodes[target.Value]}", "TIME");
        }
        return TimexMatch.None;
    }

    private TimexMatch RelativeUnit(int end, TimeUnit unit, RelativeShift shift, int delta)
    {
        if (_anchor is not { } a)
        {
            return unit switch
            {
                TimeUnit.Year => Date(end, "XXXX"), TimeUnit.Month => Date(end, "XXXX-XX"), TimeUnit.Week => Date(end, "XXXX-WXX"),
                TimeUnit.Quarter => Date(end, "XXXX-QX"), TimeUnit.Weekend => Date(end, "XXXX-WXX-WE"), _ => TimexMatch.None,
            };
        }
        switch (unit)
        {
            case TimeUnit.Year: return Date(end, TimexCalendar.Year(a.Year + delta));
            case TimeUnit.Month: return Date(end, TimexCalendar.MonthShift(a, delta));
            case TimeUnit.Week: return Date(end, TimexCalendar.Week(a.AddDays(7 * delta)));
            case TimeUnit.Weekend:
                // the weekend just past, unless the anchor falls on one
                bool onWeekend = a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                int weeks = delta == 0 ? (onWeekend ? 0 : -1) : delta == -1 ? (onWeekend ? -1 : -1) : (onWeekend ? 1 : 0);
                return Date(end, $"{TimexCalendar.Week(a.AddDays(7 * weeks))}-WE");
            case TimeUnit.Quarter:
                if (shift == RelativeShift.Latest && _focusQuarter is { } f) return Date(end, TimexCalendar.Quarter(f.Year, f.Quarter));
                var (y, q) = TimexCalendar.QuarterShift(a, delta);
                return Date(end, TimexCalendar.Quarter(y, q));
            case TimeUnit.Decade when delta == 0: return Date(end, $"{a.Year / 10}X");
            case TimeUnit.Day when delta != 0: return Date(end, TimexCalendar.Day(a.AddDays(delta)));
        }
        return TimexMatch.None;
    }

    /// <summary>"last June": the latest June before the anchor's month; "next June": the first after it.</summary>
    private TimexMatch RelativeMonth(int end, int month, RelativeShift shift)
    {
        if (_anchor is not { } a) return Date(end, $"XXXX-{month:D2}");
        int year = shift switch
        {
            RelativeShift.Last => month < a.Month ? a.Year : a.Year - 1,
            RelativeShift.Next => month > a.Month ? a.Year : a.Year + 1,
            _ => a.Year,
        };
        return Date(end, TimexCalendar.Month(year, month));
    }

    /// <summary>"the third quarter", "third-quarter", "the fourth quarter of 1988", "this year's
    /// second quarter", "the year-ago quarter", "the first half", "the quarter".</summary>
    private TimexMatch TryQuarter(int i)
    {
        int p = i;
        bool the = Is(p, "the");
        if (the) p++;
        int? year = null;
        bool yearAgo = false;
        if (YearNumber(p, out int y0)) { year = y0; p++; if (Is(p, "'s")) p++; }
        else if ((Is(p, "this") || Is(p, "last") || Is(p, "next")) && Is(p + 1, "year") && Is(p + 2, "'s") && _anchor is { } a0)
        {
            year = a0.Year + (Is(p, "last") ? -1 : Is(p, "next") ? 1 : 0);
            p += 3;
        }
        else if (Is(p, "year-ago") || Is(p, "year-earlier")) { yearAgo = true; p++; }
        if (Is(p, "fiscal")) p++;
        int ordinal = 0;
        TimeUnit unit = TimeUnit.Quarter;
        var t = p < _end ? T(p) : default;
        int hyphen = t.IndexOf('-');
        if (hyphen > 0 && TimeLexicon.OrdinalValue(t[..hyphen]) is > 0 and var o && TimeLexicon.Classify(t[(hyphen + 1)..]) is { Kind: TimeWordKind.Unit } hw
            && (TimeUnit)hw.Value is TimeUnit.Quarter or TimeUnit.Half)
        {
            ordinal = o; unit = (TimeUnit)hw.Value; p++;
        }
        else if (TimeLexicon.OrdinalValue(t) is > 0 and var o2 && W(p + 1) is { Kind: TimeWordKind.Unit, Plural: false } uw && (TimeUnit)uw.Value is TimeUnit.Quarter or TimeUnit.Half)
        {
            ordinal = o2; unit = (TimeUnit)uw.Value; p += 2;
        }
        else if (Is(p, "latest") && Is(p + 1, "period") && _focusQuarter is { } latest)
            return Date(p + 2, TimexCalendar.Quarter(latest.Year, latest.Quarter));
        else if ((the || yearAgo) && (Is(p, "quarter") || (yearAgo && Is(p, "period"))))
        {
            // "the quarter", "the year-ago quarter": the quarter being reported on
            var focus = _focusQuarter ?? (_anchor is { } a1 ? TimexCalendar.QuarterShift(a1, -1) : ((int, int)?)null);
            if (focus is not { } f) return TimexMatch.None;
            return Date(p + 1, TimexCalendar.Quarter(yearAgo ? f.Year - 1 : f.Year, f.Quarter));
        }
        if (ordinal == 0 || (unit == TimeUnit.Quarter ? ordinal > 4 : ordinal > 2)) return TimexMatch.None;
        if (Is(p, "of") && (YearNumber(p + 1, out int y1) || (Is(p + 1, "fiscal") && YearNumber(p + 2, out y1))))
        {
            year = y1;
            p += Is(p + 1, "fiscal") ? 3 : 2;
        }
        int resolved;
        if (year is { } explicitYear) resolved = explicitYear;
        else if (_anchor is { } a2) resolved = a2.Year;
        else return Date(p, unit == TimeUnit.Quarter ? $"XXXX-Q{ordinal}" : $"XXXX-H{ordinal}");
        if (yearAgo) resolved--;
        if (unit == TimeUnit.Half) return Date(p, $"{TimexCalendar.Year(resolved)}-H{ordinal}");
        return new TimexMatch(p, TimexCalendar.Quarter(resolved, ordinal), "DATE", NamesQuarter: !yearAgo);
    }

    private static bool TryParseQuarter(string value, out (int Year, int Quarter) quarter)
    {
        quarter = default;
        if (value.Length != 7 || value[4] != '-' || value[5] != 'Q' || Digits.ValueOf(value[6]) < 0 || !IsDigits(value.AsSpan(0, 4))) return false;
        quarter = (Digits.ParseChecked(value.AsSpan(0, 4)), Digits.ValueOf(value[6]));
        return true;
    }

    /// <summary>Christmas, New Year's Day, Thanksgiving: fixed or computed days, year by tense.</summary>
    private TimexMatch TryHoliday(int p)
    {
        int month, day, end;
        if (Is(p, "Christmas") && Capitalized(p))
        {
            month = 12; day = 25; end = p + 1;
            if (Is(end, "Day")) end++;
            else if (Is(end, "Eve")) { day = 24; end++; }
        }
        else if (Is(p, "New") && Is(p + 1, "Year") && Is(p + 2, "'s") && (Is(p + 3, "Day") || Is(p + 3, "Eve")))
        {
            bool eve = Is(p + 3, "Eve");
            month = eve ? 12 : 1; day = eve ? 31 : 1; end = p + 4;
        }
        else if (Is(p, "Thanksgiving") && Capitalized(p))
        {
            month = 11; end = Is(p + 1, "Day") ? p + 2 : p + 1;
            if (_anchor is not { } ta) return Date(end, "XXXX-11-XX");
            int year = TimexCalendar.YearOfMonth(ta, 11, TenseAt(p, end));
            return Date(end, TimexCalendar.Day(year, 11, TimexCalendar.ThanksgivingDay(year)));
        }
        else return TimexMatch.None;
        if (YearNumber(end, out int explicitYear)) return Date(end + 1, TimexCalendar.Day(explicitYear, month, day));
        return YearlessDay(p, end, month, day);
    }
}

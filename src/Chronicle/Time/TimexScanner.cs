using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>A candidate expression: tokens [start, End) with its TIMEX3 value and type.</summary>
internal readonly record struct TimexMatch(int End, string Value, string Type, bool NamesQuarter = false)
{
    public static readonly TimexMatch None = new(-1, "", "");
    public bool Found => End >= 0;
}

/// <summary>
/// Finds temporal expressions in one document, sentence by sentence, in one left-to-right pass over
/// the tokens. At each token every pattern family is tried (each fails on its first word when it
/// does not apply) and the longest match wins; the matched tokens are then skipped. Values are
/// anchored on the publication date; without one, relative expressions keep X placeholders.
/// This file holds the driver, token helpers and calendar dates; the other parts hold relative
/// expressions, quarters, durations, sets and clock times.
/// </summary>
internal sealed partial class TimexScanner(Document doc, DateOnly? anchor)
{
    private readonly Document _doc = doc;
    private readonly DateOnly? _anchor = anchor;
    private readonly List<TimeExpression> _found = [];
    private Sentence _sentence;
    private int _end;
    /// <summary>The last quarter mentioned: the reference of "the quarter", "a year earlier" in earnings reports.</summary>
    private (int Year, int Quarter)? _focusQuarter;

    public List<TimeExpression> Scan()
    {
        var sentences = _doc.Sentences.Length > 0 ? _doc.Sentences
            : _doc.Tokens.Length > 0 ? [new Sentence(0, _doc.Text.Length, 0, _doc.Tokens.Length)] : [];
        foreach (var sentence in sentences)
        {
            _sentence = sentence;
            _end = sentence.EndToken;
            int i = sentence.FirstToken;
            while (i < _end)
            {
                try
                {
                    if (TryRange(i, out int afterRange)) { i = afterRange; continue; }
                    if (TryYearRangeToken(i)) { i++; continue; }
                    var m = Best(i);
                    if (m.Found) { Emit(i, m); i = m.End; }
                    else i++;
                }
                catch (ArgumentOutOfRangeException)
                {
                    // calendar arithmetic beyond year 1 or 9999 ("120000 days ago" near an extreme anchor): no value, move on
                    i++;
                }
            }
        }
        _found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return _found;
    }

    /// <summary>The longest expression starting at token i, or None.</summary>
    private TimexMatch Best(int i)
    {
        var best = TimexMatch.None;
        Keep(ref best, TryEdge(i));
        Keep(ref best, Core(i));
        Keep(ref best, TryDuration(i));
        Keep(ref best, TrySet(i));
        Keep(ref best, TryClockTime(i));
        Keep(ref best, TryHoliday(i));
        return best;
    }

    private static void Keep(ref TimexMatch best, TimexMatch candidate)
    {
        if (candidate.Found && candidate.End > best.End) best = candidate;
    }

    private void Emit(int first, TimexMatch m)
    {
        EmitChars(_doc.Tokens[first].Start, _doc.Tokens[m.End - 1].End, m.Value, m.Type);
        if (m.NamesQuarter && TryParseQuarter(m.Value, out var q)) _focusQuarter = q;
    }

    private void EmitChars(int start, int end, string value, string type) =>
        _found.Add(new TimeExpression { Text = _doc.Text[start..end], Start = start, End = end, Value = value, Type = type });

    // ---- token helpers ----

    private ReadOnlySpan<char> T(int i) => _doc.TokenSpan(i);
    private bool Is(int i, string word) => i >= 0 && i < _end && T(i).Equals(word, StringComparison.OrdinalIgnoreCase);
    private TimeWord W(int i) => i >= 0 && i < _end ? TimeLexicon.Classify(T(i)) : default;
    private bool Capitalized(int i) => i < _end && char.IsUpper(T(i)[0]);
    private Tense TenseAt(int first, int end) => TenseCues.Around(_doc, _sentence, first, end);
    private static TimexMatch Date(int end, string value) => new(end, value, "DATE");

    /// <summary>A month name written as one: capitalized; a bare abbreviation (Aug) only before a day
    /// number; "May" at a sentence start before a lowercase word is the verb.</summary>
    private bool IsMonthAt(int i, out int month)
    {
        month = 0;
        var w = W(i);
        if (w.Kind != TimeWordKind.Month || !Capitalized(i)) return false;
        var t = T(i);
        bool abbreviated = t.Length <= 4 && t[^1] != '.' && !t.Equals("May", StringComparison.OrdinalIgnoreCase) && !t.Equals("June", StringComparison.OrdinalIgnoreCase) && !t.Equals("July", StringComparison.OrdinalIgnoreCase);
        if (abbreviated && !DayNumber(i + 1, out _)) return false;
        if (t.Equals("May", StringComparison.Ordinal) && i + 1 < _end && _doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(T(i + 1)[0])
            && !Is(i + 1, "this") && !Is(i + 1, "last") && !Is(i + 1, "next") && !Is(i + 1, "of"))
            return false;
        month = w.Value;
        return true;
    }

    /// <summary>A day of the month: 1-31, optionally with st/nd/rd/th.</summary>
    private bool DayNumber(int i, out int day)
    {
        day = 0;
        if (i >= _end || _doc.Tokens[i].Kind != TokenKind.Number) return false;
        var t = T(i);
        int digits = Digits.LeadingCount(t);
        if (digits is 0 or > 2) return false;
        var rest = t[digits..];
        if (!rest.IsEmpty && !(rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
                               || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)))
            return false;
        day = Digits.ParseChecked(t[..digits]);
        return day is >= 1 and <= 31;
    }

    /// <summary>A four-digit year token (1000-2199).</summary>
    private bool YearNumber(int i, out int year)
    {
        year = 0;
        if (i >= _end || _doc.Tokens[i].Kind != TokenKind.Number) return false;
        var t = T(i);
        if (t.Length != 4 || !IsDigits(t)) return false;
        year = Digits.ParseChecked(t);
        return year is >= 1000 and <= 2199;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => Digits.AllDecimal(s);

    /// <summary>Whether a bare four-digit number reads as a year: not money, not a percentage, not
    /// a count before a plural noun ("2000 troops").</summary>
    private bool PlausibleBareYear(int i)
    {
        if (i > _sentence.FirstToken && (T(i - 1) is "$" or "€" or "£" or "#" || Is(i - 1, "No.") || Is(i - 1, "number"))) return false;
        if (i + 1 >= _end) return true;
        var next = T(i + 1);
        if (next is "%" || Is(i + 1, "percent") || Is(i + 1, "per") || Is(i + 1, "people") || Is(i + 1, "police") || Is(i + 1, "personnel")) return false;
        if (_doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && next.Length >= 4 && next[^1] == 's'
            && !next.EndsWith("ss", StringComparison.Ordinal) && !next.EndsWith("us", StringComparison.Ordinal)
            && !next.EndsWith("is", StringComparison.Ordinal) && !next.EndsWith("as", StringComparison.Ordinal)
            && !next.Equals("says", StringComparison.Ordinal) && !next.Equals("does", StringComparison.Ordinal))
            return false;
        return true;
    }

    // ---- calendar dates: Aug. 28, 2021 / 28 August 2021 / August 2021 / July / 2021 / 1980s / 20th century ----

    private TimexMatch TryCalendar(int i)
    {
        int p = i;
        bool the = Is(p, "the");
        if (the) p++;
        if (p >= _end) return TimexMatch.None;
        var decade = TryDecade(p);
        if (decade.Found) return decade;
        if (the) return TimexMatch.None;
        // TimeML spans a century without its article ("the [20th century]"), unlike a decade ("[the 1980s]")
        var century = TryCentury(p);
        if (century.Found) return century;

        if (IsMonthAt(p, out int month)) return MonthFirst(p, month);
        if (DayNumber(p, out int day))
        {
            int q = Is(p + 1, "of") ? p + 2 : p + 1;
            if (IsMonthAt(q, out month)) return DayFirst(p, q, day, month);
            return TimexMatch.None;
        }
        if (TryIsoDate(p) is { Found: true } iso) return iso;
        if (Is(p, "fiscal") && YearNumber(p + 1, out int fiscalYear)) return Date(p + 2, TimexCalendar.Year(fiscalYear));
        if (YearNumber(p, out int year) && PlausibleBareYear(p)) return Date(p + 1, TimexCalendar.Year(year));
        if (SpelledYear(p) is { Found: true } spelled) return spelled;
        return TimexMatch.None;
    }

    private TimexMatch MonthFirst(int p, int month)
    {
        int q = p + 1;
        if (DayNumber(q, out int day))
        {
            int r = q + 1;
            if (Is(r, ",") && YearNumber(r + 1, out int y1)) return FullDate(r + 2, y1, month, day);
            if (YearNumber(r, out int y2)) return FullDate(r + 1, y2, month, day);
            return YearlessDay(p, r, month, day);
        }
        if (Is(q, ",") && YearNumber(q + 1, out int year)) return Date(q + 2, TimexCalendar.Month(year, month));
        if (Is(q, "of") && YearNumber(q + 1, out year)) return Date(q + 2, TimexCalendar.Month(year, month));
        if (YearNumber(q, out year)) return Date(q + 1, TimexCalendar.Month(year, month));
        // "January this year", "July last year"
        if (W(q).Kind == TimeWordKind.Relative && Is(q + 1, "year"))
        {
            var shift = (RelativeShift)W(q).Value;
            int delta = shift switch { RelativeShift.Last => -1, RelativeShift.This => 0, RelativeShift.Next => 1, _ => 99 };
            if (delta != 99)
                return Date(q + 2, _anchor is { } a ? TimexCalendar.Month(a.Year + delta, month) : $"XXXX-{month:D2}");
        }
        if (_anchor is not { } anchor) return Date(q, $"XXXX-{month:D2}");
        return Date(q, TimexCalendar.Month(TimexCalendar.YearOfMonth(anchor, month, TenseAt(p, q)), month));
    }

    private TimexMatch DayFirst(int p, int monthToken, int day, int month)
    {
        int q = monthToken + 1;
        if (Is(q, ",") && YearNumber(q + 1, out int y1)) return FullDate(q + 2, y1, month, day);
        if (YearNumber(q, out int y2)) return FullDate(q + 1, y2, month, day);
        return YearlessDay(p, q, month, day);
    }

    private TimexMatch FullDate(int end, int year, int month, int day) =>
        TimexCalendar.IsValidDay(year, month, day) ? Date(end, TimexCalendar.Day(year, month, day)) : Date(end, TimexCalendar.Month(year, month));

    private TimexMatch YearlessDay(int first, int end, int month, int day)
    {
        if (_anchor is not { } anchor) return Date(end, $"XXXX-{month:D2}-{day:D2}");
        int year = TimexCalendar.YearOfDay(anchor, month, day, TenseAt(first, end));
        return TimexCalendar.IsValidDay(year, month, day) ? Date(end, TimexCalendar.Day(year, month, day)) : TimexMatch.None;
    }

    /// <summary>2021-08-28 and 2020-03 written as one token (a zero-padded month, so 2009-10 stays a year range).</summary>
    private TimexMatch TryIsoDate(int p)
    {
        if (p >= _end || _doc.Tokens[p].Kind != TokenKind.Number) return TimexMatch.None;
        var t = T(p);
        if (t.Length is not (7 or 10) || t[4] != '-' || !IsDigits(t[..4]) || !IsDigits(t.Slice(5, 2))) return TimexMatch.None;
        int year = Digits.ParseChecked(t[..4]), month = Digits.ParseChecked(t.Slice(5, 2));
        if (month is < 1 or > 12) return TimexMatch.None;
        if (t.Length == 7)
            return Digits.ValueOf(t[5]) == 0 ? Date(p + 1, TimexCalendar.Month(year, month)) : TimexMatch.None;
        if (t[7] != '-' || !IsDigits(t.Slice(8, 2))) return TimexMatch.None;
        int day = Digits.ParseChecked(t.Slice(8, 2));
        return TimexCalendar.IsValidDay(year, month, day) ? Date(p + 1, TimexCalendar.Day(year, month, day)) : TimexMatch.None;
    }

    /// <summary>"nineteen ninety-six", "nineteen eighty": a year read aloud (broadcast transcripts).</summary>
    private TimexMatch SpelledYear(int p)
    {
        if (!(Is(p, "nineteen") || Is(p, "eighteen")) || p + 1 >= _end) return TimexMatch.None;
        if (!NumberWords.TryParse(T(p + 1), out double rest) || rest is < 10 or > 99 || !char.IsLetter(T(p + 1)[0])) return TimexMatch.None;
        return Date(p + 2, TimexCalendar.Year((Is(p, "nineteen") ? 1900 : 1800) + (int)rest));
    }

    /// <summary>1980s, '80s, the 1980's: a decade, written 198X (DESIGN.md section 3).</summary>
    private TimexMatch TryDecade(int p)
    {
        if (p >= _end) return TimexMatch.None;
        var t = T(p);
        if (t.Length == 5 && t[4] is 's' && IsDigits(t[..4]) && Digits.ValueOf(t[3]) == 0) return Date(p + 1, $"{Digits.ToAscii(t[..3])}X");
        if (t.Length == 3 && t[2] == 's' && IsDigits(t[..2]) && Digits.ValueOf(t[1]) == 0 && p > _sentence.FirstToken && T(p - 1) is "'" or "’")
            return Date(p + 1, $"{(Digits.ValueOf(t[0]) >= 3 ? "19" : "20")}{Digits.ValueOf(t[0])}X");
        if (t.Length == 4 && IsDigits(t) && Digits.ValueOf(t[3]) == 0 && Is(p + 1, "'s") && p > _sentence.FirstToken && Is(p - 1, "the"))
            return Date(p + 2, $"{Digits.ToAscii(t[..3])}X");
        return TimexMatch.None;
    }

    /// <summary>"the 20th century" is 19 in TIMEX3 (the century's two leading digits).</summary>
    private TimexMatch TryCentury(int p)
    {
        if (!Is(p + 1, "century")) return TimexMatch.None;
        var t = T(p);
        int digits = Digits.LeadingCount(t);
        int n;
        if (digits is 1 or 2 && t.Length == digits + 2) n = Digits.ParseChecked(t[..digits]);
        else if (t.Equals("twentieth", StringComparison.OrdinalIgnoreCase)) n = 20;
        else if (t.Equals("nineteenth", StringComparison.OrdinalIgnoreCase)) n = 19;
        else if (t.Equals("twenty-first", StringComparison.OrdinalIgnoreCase)) n = 21;
        else return TimexMatch.None;
        return n is >= 1 and <= 30 ? Date(p + 2, (n - 1).ToString("D2")) : TimexMatch.None;
    }

    /// <summary>"1990-1991", "2009-10", "1957-58" in one token: the range as a whole, and each year
    /// on its own (TimeML marks the two years separately; the range value serves analysts).</summary>
    private bool TryYearRangeToken(int i)
    {
        if (_doc.Tokens[i].Kind != TokenKind.Number) return false;
        var t = T(i);
        if (t.Length is not (7 or 9) || t[4] != '-' || !IsDigits(t[..4]) || !IsDigits(t[5..])) return false;
        int first = Digits.ParseChecked(t[..4]);
        int second = t.Length == 9 ? Digits.ParseChecked(t[5..]) : first / 100 * 100 + Digits.ParseChecked(t[5..]);
        if (t.Length == 7 && Digits.ValueOf(t[5]) == 0 && second - first != 1) return false; // 2020-03 is a month (TryIsoDate)
        if (first is < 1000 or > 2199 || second <= first || second - first > 100) return false;
        int start = _doc.Tokens[i].Start;
        EmitChars(start, start + t.Length, $"{TimexCalendar.Year(first)}/{TimexCalendar.Year(second)}", "DATE");
        EmitChars(start, start + 4, TimexCalendar.Year(first), "DATE");
        EmitChars(start + 5, start + t.Length, TimexCalendar.Year(second), "DATE");
        return true;
    }

    /// <summary>"between 2014 and 2017", "from March 2020 to January 2021": one range value, plus
    /// both ends as expressions of their own.</summary>
    private bool TryRange(int i, out int end)
    {
        end = i;
        if (!Is(i, "between") && !Is(i, "from")) return false;
        var left = Best(i + 1);
        if (!left.Found || !IsCalendarValue(left.Value)) return false;
        int connector = left.End;
        if (!(Is(connector, "and") || Is(connector, "to") || Is(connector, "through") || Is(connector, "until") || Is(connector, "-")))
            return false;
        var right = Best(connector + 1);
        if (!right.Found || !IsCalendarValue(right.Value)) return false;
        EmitChars(_doc.Tokens[i].Start, _doc.Tokens[right.End - 1].End, $"{left.Value}/{right.Value}", "DATE");
        Emit(i + 1, left);
        Emit(connector + 1, right);
        end = right.End;
        return true;
    }

    private static bool IsCalendarValue(string value) => value.Length >= 4 && char.IsAsciiDigit(value[0]) && !value.Contains('T') && !value.Contains('/');
}

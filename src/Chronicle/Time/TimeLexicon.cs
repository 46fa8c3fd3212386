using System.Collections.Frozen;

namespace Chronicle.Time;

/// <summary>What a word can contribute to a temporal expression.</summary>
public enum TimeWordKind : byte
{
    None,
    Month,          // Value 1-12
    Weekday,        // Value 1-7, Monday = 1 (ISO)
    Unit,           // Value = TimeUnit; Plural tells "years" from "year"
    Season,         // Value 0-3: spring, summer, fall, winter
    PartOfDay,      // Value 0-3: morning, afternoon, evening, night
    Deictic,        // Value = Deixis
    Relative,       // Value = RelativeShift: last/this/next ...
    Edge,           // Value = EdgeKind: early/late/mid/end ...
    Ordinal,        // Value 1-4 (first ... fourth), for quarters and halves
    Frequency,      // Value = TimeUnit: daily, weekly, annually ...
    Approximator,   // about, nearly, some, over ... (kept inside a duration's span, as TimeML does)
}

public enum TimeUnit : byte { Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Half, Year, Decade, Century }

public enum Deixis : byte { Today, Yesterday, Tomorrow, Tonight, Now, Past, Future, Recent }

/// <summary>Direction of last/this/next; Past and Coming also start durations ("the past two years").</summary>
public enum RelativeShift : byte { Last, This, Next, Past, Coming, Latest, Earlier, Later }

public enum EdgeKind : byte { Early, Late, Mid, End, Beginning }

public readonly record struct TimeWord(TimeWordKind Kind, byte Value, bool Plural = false);

/// <summary>
/// The words of temporal expressions, looked up by span without allocating (FrozenDictionary with
/// an alternate ReadOnlySpan lookup). Keys are case-insensitive; the recognizer checks capitals
/// where case decides (May the month vs may the verb).
/// </summary>
public static class TimeLexicon
{
    private static readonly FrozenDictionary<string, TimeWord> Words = Build();
    private static readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TimeWord Classify(ReadOnlySpan<char> token) => Lookup.TryGetValue(token, out var word) ? word : default;

    /// <summary>TIMEX3 letters of a unit in durations (P3Y, PT2H) and whether it is a clock unit (after T).</summary>
    public static (string Letter, bool Clock) UnitLetter(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => ("S", true),
        TimeUnit.Minute => ("M", true),
        TimeUnit.Hour => ("H", true),
        TimeUnit.Day => ("D", false),
        TimeUnit.Week => ("W", false),
        TimeUnit.Weekend => ("WE", false),
        TimeUnit.Month => ("M", false),
        TimeUnit.Quarter => ("Q", false),
        TimeUnit.Half => ("H", false),
        TimeUnit.Year => ("Y", false),
        TimeUnit.Decade => ("DE", false),
        _ => ("CE", false),
    };

    public static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];
    public static readonly string[] PartOfDayCodes = ["MO", "AF", "EV", "NI"];

    private static FrozenDictionary<string, TimeWord> Build()
    {
        var d = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        void Add(string words, TimeWordKind kind, byte value, bool plural = false)
        {
            foreach (var w in words.Split(' ')) d[w] = new TimeWord(kind, value, plural);
        }

        string[] months = ["january jan jan.", "february feb feb.", "march mar.", "april apr apr.", "may", "june jun jun.",
            "july jul jul.", "august aug aug.", "september sep sep. sept sept.", "october oct oct.", "november nov nov.", "december dec dec."];
        for (int m = 0; m < 12; m++) Add(months[m], TimeWordKind.Month, (byte)(m + 1));
        string[] days = ["monday mon.", "tuesday tue. tues.", "wednesday wed.", "thursday thu. thur. thurs.", "friday fri.", "saturday sat.", "sunday sun."];
        for (int w = 0; w < 7; w++) Add(days[w], TimeWordKind.Weekday, (byte)(w + 1));

        (string Singular, string Plural, TimeUnit Unit)[] units =
        [
            ("second sec", "seconds secs", TimeUnit.Second), ("minute min", "minutes mins", TimeUnit.Minute),
            ("hour hr", "hours hrs", TimeUnit.Hour), ("day", "days", TimeUnit.Day), ("week", "weeks", TimeUnit.Week),
            ("weekend", "weekends", TimeUnit.Weekend), ("month", "months", TimeUnit.Month),
            ("quarter", "quarters", TimeUnit.Quarter), ("half", "", TimeUnit.Half), ("year yr", "years yrs", TimeUnit.Year),
            ("decade", "decades", TimeUnit.Decade), ("century", "centuries", TimeUnit.Century),
        ];
        foreach (var (singular, plural, unit) in units)
        {
            Add(singular, TimeWordKind.Unit, (byte)unit);
            if (plural.Length > 0) Add(plural, TimeWordKind.Unit, (byte)unit, true);
        }

        Add("spring springtime", TimeWordKind.Season, 0);
        Add("summer summertime", TimeWordKind.Season, 1);
        Add("fall autumn", TimeWordKind.Season, 2);
        Add("winter wintertime", TimeWordKind.Season, 3);

        Add("morning", TimeWordKind.PartOfDay, 0);
        Add("afternoon", TimeWordKind.PartOfDay, 1);
        Add("evening", TimeWordKind.PartOfDay, 2);
        Add("night overnight", TimeWordKind.PartOfDay, 3);

        Add("today", TimeWordKind.Deictic, (byte)Deixis.Today);
        Add("yesterday", TimeWordKind.Deictic, (byte)Deixis.Yesterday);
        Add("tomorrow", TimeWordKind.Deictic, (byte)Deixis.Tomorrow);
        Add("tonight", TimeWordKind.Deictic, (byte)Deixis.Tonight);
        Add("now currently nowadays presently", TimeWordKind.Deictic, (byte)Deixis.Now);
        Add("recently lately", TimeWordKind.Deictic, (byte)Deixis.Past);
        Add("future", TimeWordKind.Deictic, (byte)Deixis.Future);
        Add("recent", TimeWordKind.Deictic, (byte)Deixis.Recent);

        Add("last previous", TimeWordKind.Relative, (byte)RelativeShift.Last);
        Add("this current", TimeWordKind.Relative, (byte)RelativeShift.This);
        Add("next following upcoming", TimeWordKind.Relative, (byte)RelativeShift.Next);
        Add("past", TimeWordKind.Relative, (byte)RelativeShift.Past);
        Add("coming", TimeWordKind.Relative, (byte)RelativeShift.Coming);
        Add("latest", TimeWordKind.Relative, (byte)RelativeShift.Latest);
        Add("earlier", TimeWordKind.Relative, (byte)RelativeShift.Earlier);
        Add("later", TimeWordKind.Relative, (byte)RelativeShift.Later);

        Add("early", TimeWordKind.Edge, (byte)EdgeKind.Early);
        Add("middle", TimeWordKind.Edge, (byte)EdgeKind.Mid);
        Add("late", TimeWordKind.Edge, (byte)EdgeKind.Late);
        Add("mid", TimeWordKind.Edge, (byte)EdgeKind.Mid);
        Add("end", TimeWordKind.Edge, (byte)EdgeKind.End);
        Add("beginning start", TimeWordKind.Edge, (byte)EdgeKind.Beginning);

        Add("first 1st", TimeWordKind.Ordinal, 1);
        Add("second 2nd", TimeWordKind.Ordinal, 2);
        Add("third 3rd", TimeWordKind.Ordinal, 3);
        Add("fourth 4th", TimeWordKind.Ordinal, 4);

        Add("hourly", TimeWordKind.Frequency, (byte)TimeUnit.Hour);
        Add("daily nightly", TimeWordKind.Frequency, (byte)TimeUnit.Day);
        Add("weekly", TimeWordKind.Frequency, (byte)TimeUnit.Week);
        Add("monthly", TimeWordKind.Frequency, (byte)TimeUnit.Month);
        Add("annually yearly", TimeWordKind.Frequency, (byte)TimeUnit.Year);

        Add("about around nearly almost roughly approximately some over only just within", TimeWordKind.Approximator, 0);
        // "second" is both an ordinal and a unit: the unit reading is the one kept in the table,
        // the recognizer asks IsOrdinalWord for quarters ("second quarter").
        d["second"] = new TimeWord(TimeWordKind.Unit, (byte)TimeUnit.Second);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Ordinal value of first ... fourth (including "second", which the table keeps as a unit).</summary>
    public static int OrdinalValue(ReadOnlySpan<char> token)
    {
        if (token.Equals("second", StringComparison.OrdinalIgnoreCase)) return 2;
        var w = Classify(token);
        return w.Kind == TimeWordKind.Ordinal ? w.Value : 0;
    }
}

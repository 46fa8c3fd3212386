using System.Collections.Frozen;

namespace Chronicle.Text;

/// <summary>How a period-final abbreviation behaves at a possible sentence end.</summary>
public enum AbbreviationKind : byte
{
    None,
    /// <summary>A title before a name (Mr., Gen., Sen.): never ends a sentence.</summary>
    Title,
    /// <summary>Only an abbreviation before a number (No. 5, Aug. 28, p. 12).</summary>
    BeforeNumber,
    /// <summary>Month names: abbreviations anywhere, end a sentence only before a sentence starter.</summary>
    Month,
    /// <summary>May end a sentence (U.S., Inc., etc.): decided by the next word.</summary>
    Ordinary,
}

/// <summary>News-style abbreviations (keys are case-sensitive and without the final period), and
/// acronyms with internal periods (U.S., U.N., a.m.), which are recognized by shape.</summary>
public static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Known = Build();
    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var d = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var t in "Mr Mrs Ms Messrs Dr Prof Gen Lt Col Maj Capt Cmdr Cdr Adm Sgt Cpl Pvt Brig Gov Sen Rep Rev Pres Amb Hon Supt Insp Det Atty Fr Sr Jr St Mt Ft Sen Gens Reps Sens Lt.Gen Mme Mlle Msgr".Split(' '))
            d[t] = AbbreviationKind.Title;
        foreach (var t in "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".Split(' '))
            d[t] = AbbreviationKind.Month;
        foreach (var t in "No Nos no nos Art art p pp vol Vol fig Fig ch Ch para sec Sec op".Split(' '))
            d[t] = AbbreviationKind.BeforeNumber;
        foreach (var t in "Inc Corp Ltd Co Bros Cos Plc plc LLC vs etc al approx est dept Dept govt Govt cf viz ca Ave Blvd Rd Univ Assn Intl".Split(' '))
            d[t] = AbbreviationKind.Ordinary;
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Kind of the word (without its final period) when followed by a period.</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var kind)) return kind;
        if (IsDottedAcronym(word) || IsInitial(word)) return AbbreviationKind.Ordinary;
        return AbbreviationKind.None;
    }

    /// <summary>U.S, U.N, a.m, e.g (letters separated by periods, the final period not included).</summary>
    public static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        for (int i = 0; i < word.Length; i++)
        {
            bool letterPosition = i % 2 == 0;
            if (letterPosition ? !char.IsLetter(word[i]) : word[i] != '.') return false;
        }
        return word.Length % 2 == 1;
    }

    /// <summary>A single capital letter, as in the initial of "John F. Kennedy".</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);
}

using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Text;

/// <summary>
/// Reads numbers as news writes them, one token or a few: digits (160, 2,800, 1.5), digits with a
/// scale suffix (3bn, 5m), words (one, twenty-five, a dozen) and scale words (1.5 million, two
/// hundred). Shared by the time and quantity components so both agree on what a number is.
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12, ["score"] = 20,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that multiply the number before them ("1.5 million"), and their short forms.</summary>
    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12, ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longer runs of digits are not a number a sentence states (and would not fit the stack buffer).</summary>
    private const int MaxNumberLength = 64;

    /// <summary>A scale word (hundred, million, bn ...) and its factor.</summary>
    public static bool TryScale(ReadOnlySpan<char> token, out double factor) => ScaleLookup.TryGetValue(token, out factor);

    /// <summary>One token as a number: 160, 2,800, 1.5, 3bn, two, twenty-five. Ordinals and years in
    /// ranges (1990-1991) are not numbers here.</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out double value)
    {
        value = 0;
        if (token.IsEmpty) return false;
        if (char.IsDigit(token[0]))
        {
            int end = 0;
            while (end < token.Length && (char.IsDigit(token[end]) || token[end] is ',' or '.')) end++;
            var digits = token[..end];
            if (digits[^1] is ',' or '.') return false;
            // digits of any script by their value (٢٨ is 28); .NET's parser reads ASCII only
            if (digits.Length > MaxNumberLength) return false;
            Span<char> ascii = stackalloc char[digits.Length];
            Digits.ToAscii(digits, ascii);
            if (!double.TryParse(ascii, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
            if (end == token.Length) return true;
            if (ScaleLookup.TryGetValue(token[end..], out var factor)) { value *= factor; return true; }
            return false;
        }
        if (WordLookup.TryGetValue(token, out value)) return true;
        int hyphen = token.IndexOf('-');
        if (hyphen > 0 && WordLookup.TryGetValue(token[..hyphen], out var tens) && tens >= 20 && tens % 10 == 0
            && WordLookup.TryGetValue(token[(hyphen + 1)..], out var ones) && ones is > 0 and < 10)
        {
            value = tens + ones;
            return true;
        }
        return false;
    }

    /// <summary>
    /// A number starting at token <paramref name="i"/> and ending before <paramref name="limit"/>:
    /// a number token, "a"/"an" before dozen/hundred/thousand, then any scale words ("1.5 million",
    /// "two hundred thousand"). Returns the number of tokens read (0 when there is no number).
    /// </summary>
    public static int TryRead(Document doc, int i, int limit, out double value)
    {
        value = 0;
        if (i >= limit) return 0;
        int p = i;
        var first = doc.TokenSpan(p);
        if (first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (p + 1 >= limit) return 0;
            var next = doc.TokenSpan(p + 1);
            if (next.Equals("dozen", StringComparison.OrdinalIgnoreCase)) { value = 12; p += 2; }
            else if (TryScale(next, out var f) && f >= 100 && char.IsLetter(next[0]) && next.Length > 2) { value = f; p += 2; }
            else return 0;
        }
        else
        {
            if (!TryParse(first, out value)) return 0;
            p++;
            // "twenty six" written as two words
            if (value is >= 20 and < 100 && value % 10 == 0 && char.IsLetter(first[0]) && p < limit
                && WordLookup.TryGetValue(doc.TokenSpan(p), out var ones) && ones is > 0 and < 10)
            {
                value += ones;
                p++;
            }
        }
        while (p < limit && TryScale(doc.TokenSpan(p), out var factor) && (factor >= 1e3 || value < 100) && IsScaleWordToken(doc, p))
        {
            value *= factor;
            p++;
        }
        return p - i;
    }

    /// <summary>Short scale forms count only as their unambiguous spellings (bn, mn, tn): "5 m" is metres.</summary>
    private static bool IsScaleWordToken(Document doc, int p)
    {
        var t = doc.TokenSpan(p);
        return t.Length > 2 || t.Equals("bn", StringComparison.OrdinalIgnoreCase) || t.Equals("mn", StringComparison.OrdinalIgnoreCase)
            || t.Equals("tn", StringComparison.OrdinalIgnoreCase);
    }
}

using System.Globalization;

namespace Chronicle.Text;

/// <summary>
/// Decimal digits of any script (Unicode category Nd: ASCII, Arabic-Indic ٢٨, Devanagari २८,
/// Bengali ২৮, fullwidth ２８ ...) read by their numeric value. <see cref="char.IsDigit(char)"/> says
/// yes to all of them while <see cref="int.Parse(string)"/> and <see cref="double.Parse(string)"/> read
/// only ASCII, so a digit test followed by a .NET parse throws on real articles: every parse of a
/// token that passed a digit test goes through here instead.
/// </summary>
public static class Digits
{
    /// <summary>The value 0-9 of a decimal digit in any script, or -1.</summary>
    public static int ValueOf(char c)
    {
        if (c <= '9') return c >= '0' ? c - '0' : -1;
        return char.IsDigit(c) ? CharUnicodeInfo.GetDecimalDigitValue(c) : -1;
    }

    /// <summary>Whether every character is a decimal digit (and there is at least one).</summary>
    public static bool AllDecimal(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (ValueOf(c) < 0) return false;
        return !s.IsEmpty;
    }

    /// <summary>How many decimal digits <paramref name="s"/> starts with.</summary>
    public static int LeadingCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        while (n < s.Length && ValueOf(s[n]) >= 0) n++;
        return n;
    }

    /// <summary>Reads 1-9 decimal digits of any script as an integer; false for anything else (never throws).</summary>
    public static bool TryParseInt(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9) return false;
        foreach (var c in s)
        {
            int d = ValueOf(c);
            if (d < 0) { value = 0; return false; }
            value = value * 10 + d;
        }
        return true;
    }

    /// <summary>Reads digits the caller has already checked with <see cref="AllDecimal"/>; a token that
    /// is not digits (a bug in that check) reads as -1, which no date or count accepts.</summary>
    public static int ParseChecked(ReadOnlySpan<char> s) => TryParseInt(s, out int value) ? value : -1;

    /// <summary>Copies <paramref name="s"/> into <paramref name="destination"/> with every decimal digit
    /// written as its ASCII digit (other characters unchanged), so .NET's invariant parsers can read it.</summary>
    public static void ToAscii(ReadOnlySpan<char> s, Span<char> destination)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int d = c < 128 ? -1 : ValueOf(c);
            destination[i] = d >= 0 ? (char)('0' + d) : c;
        }
    }

    /// <summary>As <see cref="ToAscii(ReadOnlySpan{char}, Span{char})"/>, to a string (for values built from token text).</summary>
    public static string ToAscii(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c >= 128 && char.IsDigit(c)) return string.Create(s.Length, s.ToString(), static (dest, src) => ToAscii(src, dest));
        return s.ToString();
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Evaluation;

/// <summary>
/// Names compared as the shared scorers compare them (score_analysis.py's fold and same_name, without its alias
/// table), so that training labels mean what the figures mean: the speaker ranker's and the event selector's.
/// </summary>
public static class ScorerNames
{
    /// <summary>Equal after folding (a leading "the" and a plural s aside), or the same last word of two names of two
    /// words or more.</summary>
    public static bool SameName(string gold, string? predicted)
    {
        if (string.IsNullOrEmpty(gold) || string.IsNullOrEmpty(predicted)) return false;
        string g = Fold(gold), p = Fold(predicted);
        if (g == p || Bare(g) == Bare(p)) return true;
        var gw = g.Split(' ');
        var pw = p.Split(' ');
        return gw.Length >= 2 && pw.Length >= 2 && gw[^1] == pw[^1];
    }

    /// <summary>The scorer's folding: accents off, lower case, quote marks dropped, dashes as spaces, edges trimmed.</summary>
    public static string Fold(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) b.Append(c);
        var folded = b.ToString().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        folded = Regex.Replace(folded, "[“”\"«»]", "");
        folded = Regex.Replace(Regex.Replace(folded, "[-‐‑–—]", " "), @"\s+", " ");
        return folded.Trim(' ', '.', ',', ';', ':', '!', '?', '\'');
    }

    private static string Bare(string folded) => Regex.Replace(Regex.Replace(folded, "^the ", ""), @"(?<=\w)s$", "");
}

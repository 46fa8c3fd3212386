using System.Text;

namespace Chronicle.Knowledge;

/// <summary>
/// Comparison of person names across spellings: case, diacritics, the Arabic article (al-, el-) and
/// transliteration variants (Kadhemi / Kadhimi) are folded, then surnames may differ by a small edit distance.
/// </summary>
public static class NameMatching
{
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěğģìíîïīįıķłľĺñńňņòóôõöøōőŕřśšşșťțùúûüūůűųýÿźżžđ";
    private const string Plain    = "aaaaaaaaacccdeeeeeeeeggiiiiiiiklllnnnnoooooooorrssssttuuuuuuuuyyzzzd";

    /// <summary>Lower case, no diacritics, no Arabic article, letters only: "Al-Kadhemi" -> "kadhemi".</summary>
    public static string Normalize(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char raw in name)
        {
            // the build uses invariant globalization, so diacritics are folded by table rather than by Unicode decomposition
            char c = char.ToLowerInvariant(raw);
            int folded = Accented.IndexOf(c);
            if (folded >= 0) c = Plain[folded];
            if (char.IsLetter(c)) sb.Append(c);
            else if (c is '-' or ' ' or '\'' or '’') sb.Append('-');
        }
        var s = sb.ToString();
        foreach (var article in (ReadOnlySpan<string>)["al-", "el-", "ul-", "ad-", "as-", "ash-", "at-", "az-"])
            if (s.StartsWith(article, StringComparison.Ordinal) && s.Length > article.Length + 2) { s = s[article.Length..]; break; }
        return s.Replace("-", "", StringComparison.Ordinal);
    }

    /// <summary>True when two normalized surnames are the same name spelled differently: equal, or within
    /// one edit (two for long names), with the same first letter so that short names do not collide.</summary>
    public static bool SimilarSurnames(string a, string b)
    {
        if (a == b) return true;
        if (a.Length < 5 || b.Length < 5 || a[0] != b[0]) return false;
        int allowed = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= allowed && EditDistance(a, b, allowed) <= allowed;
    }

    /// <summary>True when two normalized given names may be the same (equal, one an initial of the other,
    /// or a misspelling within two edits: "emmanual" / "emmanuel").</summary>
    public static bool CompatibleGivenNames(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0 || a == b) return true;
        if (a.Length == 1 || b.Length == 1) return a[0] == b[0];
        if (a[0] != b[0]) return false;
        int allowed = Math.Min(a.Length, b.Length) >= 6 ? 2 : 1;
        return EditDistance(a, b, allowed) <= allowed;
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int EditDistance(string a, string b, int limit = int.MaxValue)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return rowMin;
            current.CopyTo(previous);
        }
        return previous[b.Length];
    }
}

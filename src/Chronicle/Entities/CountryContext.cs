using Chronicle.Text;

namespace Chronicle.Entities;

/// <summary>
/// The country a text states next to a sentence: the one country of the entities named in it, else in the sentence
/// before, when exactly one is (two countries decide nothing). A bare role ("police", "the army") takes it. People do not: the country beside a minister is as often his
/// counterpart's ("Ischinger met Russian officials"), which cost more events than it gave on the tune split.
/// </summary>
public static class CountryContext
{
    public static string? Near(Document document, int sentence) =>
        OnlyCountry(document, sentence) ?? (sentence > 0 ? OnlyCountry(document, sentence - 1) : null);

    /// <summary>CAMEO prefixes that are not one state: unknown, organisations, religions and regions.</summary>
    private static readonly HashSet<string> NotStates = new(StringComparer.Ordinal)
    {
        "---", "IGO", "NGO", "IMG", "MNC", "UIS", "INT", "WST", "EUR", "AFR", "ASA", "MEA", "SAM", "NAM", "LAM", "CAU", "SAS", "SEA", "EAF", "WAF", "BLK", "CRB", "PGS", "SCN", "BAL", "DEV", "NON",
    };

    /// <summary>The one country of the entities mentioned in a sentence, or null for none or several.</summary>
    public static string? OnlyCountry(Document document, int index)
    {
        var s = document.Sentences[index];
        string? only = null;
        foreach (var entity in document.Entities)
        {
            var country = entity.Country ?? (entity.Code is { Length: >= 3 } c ? c[..3] : null);
            if (country is null || country.Length != 3 || NotStates.Contains(country)) continue;
            foreach (var m in entity.Mentions)
            {
                if (m.Start < s.Start || m.End > s.End) continue;
                if (only is not null && only != country) return null;
                only = country;
                break;
            }
        }
        return only;
    }
}

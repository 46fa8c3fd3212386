using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// A bare role ("police" ---COP, "the army" ---MIL, "the government" ---GOV) takes the country the text states
/// next to it: the one country named in its own sentence, else the one named in the sentence before, when exactly
/// one is (two countries leave the role uncoded: "police" between Jordan and Iraq could be either's). "Police fired
/// tear gas at students in Dhaka" is then BGDCOP, as an analyst reading the article would code it.
/// </summary>
internal static class RoleCountry
{
    /// <summary>The role with its country, or the actor unchanged.</summary>
    public static ActorMention Resolve(Document document, int sentence, ActorMention actor)
    {
        if (!IsBareRole(actor.Code)) return actor;
        var country = OnlyCountry(document, sentence) ?? (sentence > 0 ? OnlyCountry(document, sentence - 1) : null);
        return country is null ? actor : actor with { Code = country + actor.Code[3..] };
    }

    /// <summary>CAMEO prefixes that are not one state: unknown, organisations, religions and regions.</summary>
    private static readonly HashSet<string> NotStates = new(StringComparer.Ordinal)
    {
        "---", "IGO", "NGO", "IMG", "MNC", "UIS", "INT", "WST", "EUR", "AFR", "ASA", "MEA", "SAM", "NAM", "LAM", "CAU", "SAS", "SEA", "EAF", "WAF", "BLK", "CRB", "PGS", "SCN", "BAL", "DEV", "NON",
    };

    private static bool IsBareRole(string code) => code.Length == 6 && code.StartsWith("---", StringComparison.Ordinal);

    /// <summary>The one country of the entities mentioned in a sentence, or null for none or several.</summary>
    private static string? OnlyCountry(Document document, int index)
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

using Chronicle.Entities;
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
        var country = CountryContext.Near(document, sentence);
        return country is null ? actor : actor with { Code = country + actor.Code[3..] };
    }

    private static bool IsBareRole(string code) => code.Length == 6 && code.StartsWith("---", StringComparison.Ordinal);
}

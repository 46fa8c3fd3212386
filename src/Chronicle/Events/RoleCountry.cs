using Chronicle.Entities;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// A bare role ("police" ---COP, "the army" ---MIL, "the government" ---GOV) takes the country the text states
/// next to it: the one country named in its own sentence, else the one named in the sentence before, when exactly
/// one is (two countries leave the role uncoded: "police" between Jordan and Iraq could be either's). "Police fired
/// tear gas at students in Dhaka" is then BGDCOP, as an analyst reading the article would code it.
/// </summary>
internal sealed class RoleCountry(Document document, int sentence)
{
    private string? _country;
    private bool _looked;

    /// <summary>The role with its country, or the actor unchanged. The sentence's country is looked up once, at the
    /// first bare role.</summary>
    public ActorMention Resolve(ActorMention actor)
    {
        if (!IsBareRole(actor.Code)) return actor;
        if (!_looked) (_country, _looked) = (CountryContext.Near(document, sentence), true);
        return _country is null ? actor : actor with { Code = _country + actor.Code[3..] };
    }

    private static bool IsBareRole(string code) => code.Length == 6 && code.StartsWith("---", StringComparison.Ordinal);
}

using System.Collections.Frozen;

namespace Chronicle.Quantities;

/// <summary>
/// Words of counted claims, looked up by span: approximators, vague counts (hundreds of),
/// fractions, currencies, casualty verbs and the nouns news counts (troops, bases, attacks).
/// </summary>
public static class QuantityLexicon
{
    /// <summary>One-word approximators; multiword ones (more than, at least, up to) are read by the scanner.</summary>
    public static readonly FrozenSet<string> Approximators = FrozenSet.ToFrozenSet(
        ["about", "around", "approximately", "roughly", "nearly", "almost", "over", "some", "under", "only", "estimated", "circa", "approx."],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Two-word approximators, first word to second.</summary>
    public static readonly FrozenDictionary<string, string[]> TwoWordApproximators = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["more"] = ["than"], ["less"] = ["than"], ["fewer"] = ["than"], ["at"] = ["least", "most"], ["up"] = ["to"],
        ["close"] = ["to"], ["upwards"] = ["of"], ["just"] = ["over", "under"], ["well"] = ["over"], ["an"] = ["estimated"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"hundreds of", "thousands of": a vague count, valued at its lower bound.</summary>
    public static readonly FrozenDictionary<string, double> VagueCounts = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1000, ["tens"] = 10, ["millions"] = 1e6, ["billions"] = 1e9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> Fractions = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 0.5, ["third"] = 1.0 / 3, ["thirds"] = 1.0 / 3, ["quarter"] = 0.25, ["quarters"] = 0.25, ["fifth"] = 0.2, ["fifths"] = 0.2,
        ["tenth"] = 0.1, ["tenths"] = 0.1, ["one-third"] = 1.0 / 3, ["two-thirds"] = 2.0 / 3, ["one-quarter"] = 0.25,
        ["three-quarters"] = 0.75, ["one-half"] = 0.5, ["one-fifth"] = 0.2,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Currency symbols and words to ISO-style unit names.</summary>
    public static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "usd", ["US$"] = "usd", ["dollars"] = "usd", ["dollar"] = "usd", ["€"] = "eur", ["euros"] = "eur", ["euro"] = "eur",
        ["£"] = "gbp", ["pounds"] = "gbp", ["sterling"] = "gbp", ["¥"] = "jpy", ["yen"] = "jpy", ["yuan"] = "cny", ["rubles"] = "rub",
        ["roubles"] = "rub", ["rupees"] = "inr", ["dinars"] = "iqd",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Casualty verbs and adjectives to the unit they count.</summary>
    public static readonly FrozenDictionary<string, string> Casualties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = "killed", ["dead"] = "killed", ["died"] = "killed", ["die"] = "killed", ["slain"] = "killed", ["executed"] = "killed",
        ["wounded"] = "wounded", ["injured"] = "wounded", ["hurt"] = "wounded",
        ["missing"] = "missing", ["arrested"] = "arrested", ["detained"] = "arrested", ["captured"] = "captured",
        ["kidnapped"] = "kidnapped", ["abducted"] = "kidnapped", ["displaced"] = "displaced", ["evacuated"] = "evacuated",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Auxiliaries between a counted subject and its casualty verb ("were", "have been").</summary>
    public static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "reportedly", "also", "were", "all", "later", "now", "still", "allegedly"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns news counts: found up to a few words after a number ("two US bases", "hundreds of rocket ... attacks").</summary>
    public static readonly FrozenSet<string> CountNouns = FrozenSet.ToFrozenSet(
        ["troops", "troop", "soldiers", "soldier", "paratroopers", "paratrooper", "marines", "personnel", "forces", "servicemen", "officers",
         "police", "policemen", "fighters", "militants", "insurgents", "rebels", "militiamen", "civilians", "people", "persons", "residents",
         "children", "women", "men", "refugees", "migrants", "prisoners", "hostages", "detainees", "victims", "casualties", "deaths",
         "bases", "base", "attacks", "attack", "strikes", "airstrikes", "raids", "bombings", "rockets", "missiles", "drones", "shells",
         "mortars", "bombs", "aircraft", "jets", "planes", "helicopters", "tanks", "vehicles", "ships", "vessels", "boats", "weapons",
         "countries", "nations", "states", "cities", "towns", "villages", "provinces", "homes", "houses", "buildings", "schools",
         "hospitals", "facilities", "sites", "members", "lawmakers", "votes", "seats", "workers", "employees", "jobs", "cases",
         "protesters", "demonstrators", "students", "journalists", "doctors", "patients", "votes", "barrels", "tonnes", "tons",
         "kilometres", "kilometers", "km", "miles", "metres", "meters", "hectares", "acres", "doses", "infections", "contracts", "shares"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the search for a unit: function words a unit never is.</summary>
    public static readonly FrozenSet<string> NotUnits = FrozenSet.ToFrozenSet(
        ["of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but", "the", "a", "an", "this", "that", "these", "those",
         "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
         "who", "which", "what", "when", "where", "than", "as", "per", "more", "less", "times", "each", "other", "others", "out", "into",
         "there", "their", "its", "his", "her", "it", "they", "we", "he", "she", "not", "also", "after", "before", "since", "during", "about"],
        StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ApproximatorLookup = Approximators.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> TwoWordLookup = TwoWordApproximators.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> VagueLookup = VagueCounts.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> FractionLookup = Fractions.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyLookup = Currencies.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CasualtyLookup = Casualties.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountNounLookup = CountNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotUnitLookup = NotUnits.GetAlternateLookup<ReadOnlySpan<char>>();
}

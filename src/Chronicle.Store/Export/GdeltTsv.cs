using System.Globalization;

namespace Chronicle.Store.Export;

/// <summary>The GDELT 2.0 event table layout: 61 tab-separated columns, no header, in GDELT's
/// order (listed in docs/store.md), one row per global event (docs/stories.md). Chronicle fills what it knows and leaves the rest empty;
/// country codes are CAMEO/ISO alpha-3, where GDELT's geography columns use FIPS codes.</summary>
internal static class GdeltTsv
{
    // First three letters of actor codes that name a group rather than a country (CAMEO).
    private static readonly HashSet<string> GroupPrefixes = new(StringComparer.Ordinal) { "IGO", "NGO", "IMG", "MNC", "INT", "NGM", "UIS" };

    /// <summary>One row per global event (GLOBALEVENTID = its id, the real mention, outlet and article counts), then one row
    /// per event stored before stories existed (not linked to a global event: its row key, counts 1/1/1), as before.</summary>
    public static long Write(IEventStore store, EventFilter filter, TextWriter w)
    {
        long count = 0;
        if (store is IGlobalEventReader reader)
        {
            string? cursor = null;
            do
            {
                var page = reader.QueryGlobalEvents(filter, cursor, 1000);
                foreach (var g in page.Items) { WriteRow(g, w); count++; }
                cursor = page.Next;
            } while (cursor is not null);
        }
        foreach (var e in EventExport.AllEvents(store, filter))
        {
            if (e.GlobalEventId is not null && store is IGlobalEventReader) continue; // written with its global event
            WriteRow(e, w);
            count++;
        }
        return count;
    }

    public static void WriteRow(StoredEvent e, TextWriter w)
    {
        var day = EventExport.DayOf(e);
        WriteRow(w, e.Key, day, e.Source, e.Target, e.Sentence == 0, e.Cameo, e.Root, e.QuadClass, e.Goldstein, (1, 1, 1), e.Location, day, e.ArticleUrl);
    }

    public static void WriteRow(GlobalEventRow row, TextWriter w)
    {
        var g = row.Event;
        var firstSeen = EventExport.DayOf(g.FirstSeen);
        WriteRow(w, g.Id, EventExport.DayOf(g.Date) ?? firstSeen, g.Source, g.Target, row.FirstSentence == 0, g.Cameo, g.Root, g.QuadClass,
            g.Goldstein, (g.NumMentions, g.NumSources, g.NumArticles), g.Location, firstSeen, row.FirstUrl);
    }

    private static void WriteRow(TextWriter w, long id, DateOnly? day, ActorRef? source, ActorRef? target, bool lead, string cameo, string root,
        int quad, double goldstein, (int Mentions, int Sources, int Articles) counts, LocationRef? location, DateOnly? added, string? url)
    {
        var cells = new List<string>(61)
        {
            id.ToString(CultureInfo.InvariantCulture),
            day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "",
            day?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? "",
            day?.ToString("yyyy", CultureInfo.InvariantCulture) ?? "",
            day is { } d ? (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : "",
        };
        AddActor(cells, source);
        AddActor(cells, target);
        cells.Add(lead ? "1" : "0");                       // IsRootEvent: the lead sentence (of the first report)
        cells.Add(cameo);
        cells.Add(cameo.Length > 3 ? cameo[..3] : cameo);  // EventBaseCode
        cells.Add(root);
        cells.Add(quad.ToString(CultureInfo.InvariantCulture));
        cells.Add(EventExport.Number(goldstein));
        cells.AddRange([Count(counts.Mentions), Count(counts.Sources), Count(counts.Articles), ""]); // NumMentions, NumSources, NumArticles, AvgTone
        AddGeo(cells, null);                               // Actor1Geo_*
        AddGeo(cells, null);                               // Actor2Geo_*
        AddGeo(cells, location);                           // ActionGeo_*
        cells.Add(added is { } a ? a.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : "");
        cells.Add(url ?? "");
        w.WriteLine(string.Join('\t', cells.Select(Clean)));
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

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

    internal static string Clean(string cell) => cell.IndexOfAny(['\t', '\n', '\r']) < 0 ? cell : cell.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

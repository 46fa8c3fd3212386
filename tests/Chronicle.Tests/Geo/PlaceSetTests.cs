using System.Globalization;
using System.Text;
using Chronicle.Annotations;
using Chronicle.Geo;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;
using Chronicle.Text;
using Xunit.Abstractions;

namespace Chronicle.Tests.Geo;

/// <summary>
/// The place test set (Fixtures/places/place-set.tsv, docs/geo.md): place mentions of real news in ../shared/data
/// with hand-chosen reference coordinates. Analyzes each article with the full pipeline and reports the share of
/// mentions whose entity's geo lies within 50 km of the reference, for all mentions and for those that are not
/// country names, and lists every ambiguous name (more than one gazetteer entry) with what was chosen.
/// </summary>
public class PlaceSetTests(ITestOutputHelper output)
{
    private const double WithinKm = 50, Target = 0.95;

    private sealed record Reference(string Doc, int Start, int End, double Lat, double Lon, string Ref);

    [SharedFact("data/news-dev", "data/quote-attribution/dev/text")]
    public void PlacesResolveWithin50KmOfTheReference()
    {
        var data = Path.Combine(Paths.Shared, "data");
        var references = ReadSet();
        var analyzer = new Analyzer(ChroniclePipeline.CreateDefault());
        var gazetteer = Gazetteer.Default!;
        int hits = 0, total = 0, placeHits = 0, placeTotal = 0;
        var misses = new StringBuilder();
        var ambiguous = new SortedDictionary<string, (int Right, int Wrong, int Entries)>(StringComparer.Ordinal);
        foreach (var group in references.GroupBy(r => r.Doc))
        {
            var (text, published) = ArticleText(data, group.Key);
            var analysis = analyzer.AnalyzeToJson(group.Key, text, new DocumentMetadata { Id = group.Key, Published = published });
            foreach (var r in group)
            {
                var name = text[r.Start..r.End];
                var geo = EntityAt(analysis.Entities, r.Start, r.End)?.Geo;
                double km = geo is null ? double.PositiveInfinity : Kilometres(geo.Lat, geo.Lon, r.Lat, r.Lon);
                bool hit = km <= WithinKm;
                bool country = r.Ref.StartsWith("country:", StringComparison.Ordinal);
                total++; hits += hit ? 1 : 0;
                if (!country) { placeTotal++; placeHits += hit ? 1 : 0; }
                if (!hit) misses.AppendLine(CultureInfo.InvariantCulture, $"  miss {r.Doc} {r.Start}-{r.End} \"{name}\": {(geo is null ? "no geo" : $"{geo.Lat},{geo.Lon} {geo.Country} ({km:F0} km)")}, reference {r.Ref}");
                int entries = gazetteer.Find(name).Length;
                if (entries > 1)
                {
                    var (right, wrong, _) = ambiguous.GetValueOrDefault(name);
                    ambiguous[name] = (right + (hit ? 1 : 0), wrong + (hit ? 0 : 1), entries);
                }
            }
        }
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"place set: {hits}/{total} mentions within {WithinKm} km ({100.0 * hits / total:F1}%); not country names: {placeHits}/{placeTotal} ({100.0 * placeHits / placeTotal:F1}%)");
        report.AppendLine(CultureInfo.InvariantCulture, $"ambiguous names ({ambiguous.Count}): name [gazetteer entries] right/wrong");
        foreach (var (name, (right, wrong, entries)) in ambiguous) report.AppendLine(CultureInfo.InvariantCulture, $"  {name} [{entries}] {right}/{wrong}");
        report.Append(misses);
        output.WriteLine(report.ToString());
        var results = Path.Combine(Paths.RepoRoot, "TestResults");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "place-set-report.txt"), report.ToString());
        Assert.True(total >= 150, $"the place set has {total} mentions");
        Assert.True(hits >= Target * total, report.ToString());
    }

    /// <summary>The entity with exactly this mention, else a place entity with a mention overlapping it
    /// (an organisation named after a place, "U.S. officials", is not the place).</summary>
    private static Entity? EntityAt(List<Entity> entities, int start, int end) =>
        entities.Find(e => e.Mentions.Exists(m => m.Start == start && m.End == end))
        ?? entities.Find(e => e.Type.IsPlace() && e.Mentions.Exists(m => m.Start < end && start < m.End));

    /// <summary>The text each set names, as scripts/score-news.sh builds it for news-dev (the body after the five header lines).</summary>
    private static (string Text, DateOnly? Published) ArticleText(string data, string doc)
    {
        if (doc.StartsWith("news-dev/", StringComparison.Ordinal))
        {
            var lines = File.ReadAllText(Path.Combine(data, doc + ".txt")).Split('\n');
            return (string.Join('\n', lines[5..]), DateOnly.ParseExact(lines[2], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        var parts = doc.Split('/');
        return (File.ReadAllText(Path.Combine(data, parts[0], parts[1], "text", parts[2] + ".txt")), null);
    }

    private static List<Reference> ReadSet()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "places", "place-set.tsv");
        var list = new List<Reference>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            list.Add(new Reference(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), f[5]));
        }
        return list;
    }

    /// <summary>Great-circle distance (haversine, mean Earth radius).</summary>
    internal static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        double rad = Math.PI / 180, dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * 6371.0 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Annotations;
using Chronicle.Evaluation;
using Chronicle.Input;
using Chronicle.Text;

namespace Chronicle.Events.Evaluation;

/// <summary>One gold event of a whole-article gold file (../shared/eval/ANNOTATION.md).</summary>
public sealed record GoldEvent(string? Source, string? Target, HashSet<string> Roots, bool Symmetric, bool Required);

/// <summary>An article of an event set: its body as <c>analyze --jsonl</c> reads it, its gold events, and the actor codes
/// its gold names stand for (the set's actor-codes.json with the article's own codes on top).</summary>
public sealed record GoldArticle(string Id, string Text, DocumentMetadata Metadata, List<GoldEvent> Events, Dictionary<string, string> Codes);

/// <summary>
/// Reads a folder made by <c>scripts/event-set.sh</c> (articles.jsonl, ID.gold.json, ID.codes.json, actor-codes.json)
/// and matches coded events to gold events by the rules of <c>score_analysis.py</c>: the root or an accepted
/// alternative, and both actors: a gold name matches by name (folded; the same last word of two multi-word names) or by
/// a mention of the predicted entity, else by its code's country (or the whole code for organisations and rebels); a
/// symmetric gold event matches either way round; a null gold target accepts any. Gold events take, in text order,
/// the first unused predicted event they match. The scorer's alias table is not copied, so a few matches it grants
/// are missed here; that only makes training labels slightly stricter.
/// </summary>
public static class EventGold
{
    public static List<GoldArticle> Read(string folder)
    {
        var articlesPath = Path.Combine(folder, "articles.jsonl");
        if (!File.Exists(articlesPath)) throw new InputException(folder, "no articles.jsonl (make the folder with scripts/event-set.sh)");
        var shared = ReadCodes(Path.Combine(folder, "actor-codes.json"));
        var articles = new List<GoldArticle>();
        int line = 0;
        foreach (var json in File.ReadLines(articlesPath))
        {
            line++;
            if (string.IsNullOrWhiteSpace(json)) continue;
            var record = JsonlRecord.Parse($"{articlesPath} line {line}", json);
            var goldPath = Path.Combine(folder, record.Id + ".gold.json");
            if (!File.Exists(goldPath)) continue;
            var codes = new Dictionary<string, string>(shared, StringComparer.Ordinal);
            foreach (var (name, code) in ReadCodes(Path.Combine(folder, record.Id + ".codes.json"))) codes[name] = code;
            var metadata = new DocumentMetadata { Id = record.Id, Title = record.Title, Published = record.Published };
            articles.Add(new GoldArticle(record.Id, record.Text ?? "", metadata, ReadEvents(goldPath), codes));
        }
        return articles;
    }

    private static Dictionary<string, string> ReadCodes(string path)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return codes;
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var p in json.RootElement.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.String) codes[p.Name] = p.Value.GetString()!;
        return codes;
    }

    private static List<GoldEvent> ReadEvents(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var events = new List<GoldEvent>();
        if (!json.RootElement.TryGetProperty("events", out var list)) return events;
        foreach (var e in list.EnumerateArray())
        {
            string? S(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var root = S("cameo_root") ?? S("root") ?? "";
            var roots = new HashSet<string>(StringComparer.Ordinal) { root };
            if (e.TryGetProperty("alt_roots", out var alt))
                foreach (var a in alt.EnumerateArray()) if (a.GetString() is { } r) roots.Add(r);
            bool symmetric = e.TryGetProperty("symmetric", out var sym) && sym.ValueKind == JsonValueKind.True
                             || root is "03" or "04" or "05" or "06" or "08";
            bool required = !(e.TryGetProperty("required", out var req) && req.ValueKind == JsonValueKind.False);
            events.Add(new GoldEvent(S("source"), S("target"), roots, symmetric, required));
        }
        return events;
    }

    /// <summary>For each predicted event, whether a gold event claims it (required or not).</summary>
    public static bool[] Match(GoldArticle article, Document document, IReadOnlyDictionary<string, string> countries)
    {
        var events = document.Events;
        var matched = new bool[events.Count];
        var mentions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            var set = new HashSet<string>(StringComparer.Ordinal) { ScorerNames.Fold(entity.Name) };
            foreach (var m in entity.Mentions) set.Add(ScorerNames.Fold(document.Text[m.Start..m.End]));
            mentions[entity.Id] = set;
        }
        bool Actor(string? gold, EventActor? predicted)
        {
            if (gold is null) return true;
            if (predicted is null) return false;
            string code = (predicted.Code ?? "").ToUpperInvariant();
            if (article.Codes.TryGetValue(gold, out var goldCode))
            {
                if (ScorerNames.SameName(gold, predicted.Name) || predicted.Entity is { } id && mentions.GetValueOrDefault(id)?.Contains(ScorerNames.Fold(gold)) == true) return true;
                if (goldCode.StartsWith("IGO") || goldCode.StartsWith("NGO") || goldCode.StartsWith("IMG") || goldCode.Length > 3 && goldCode[3..].Contains("REB"))
                    return code == goldCode || code.Length >= 6 && code.EndsWith(goldCode[^3..], StringComparison.Ordinal);
                return goldCode.Length >= 3 && !goldCode.StartsWith("BUS") && code.Length >= 3 && code[..3] == goldCode[..3];
            }
            if (Regex.IsMatch(gold, "^[A-Z]{3,12}$"))
                return gold.StartsWith("IMG") || gold.StartsWith("IGO") || gold.StartsWith("NGO")
                    ? code.StartsWith(gold[..Math.Min(6, gold.Length)], StringComparison.Ordinal)
                    : code.Length >= 3 && code[..3] == gold[..3];
            if (ScorerNames.SameName(gold, predicted.Name)) return true;
            return countries.TryGetValue(ScorerNames.Fold(gold), out var country) && code.Length >= 3 && code[..3] == country;
        }
        foreach (var g in article.Events)
        {
            for (int i = 0; i < events.Count; i++)
            {
                if (matched[i] || !g.Roots.Contains(events[i].Root)) continue;
                var p = events[i];
                if (Actor(g.Source, p.Source) && Actor(g.Target, p.Target) || g.Symmetric && Actor(g.Source, p.Target) && Actor(g.Target, p.Source))
                {
                    matched[i] = true;
                    break;
                }
            }
        }
        return matched;
    }

    /// <summary>Country names to CAMEO country codes from the codebook's country file (CODE, tab, name).</summary>
    public static Dictionary<string, string> ReadCountries(string? path)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path is not null && File.Exists(path))
            foreach (var line in File.ReadLines(path).Skip(1))
                if (line.Split('\t') is [var code, var name]) table.TryAdd(ScorerNames.Fold(name), code);
        foreach (var (name, code) in new[] { ("united states", "USA"), ("us", "USA"), ("america", "USA"), ("britain", "GBR"), ("uk", "GBR"), ("russia", "RUS"), ("iran", "IRN"), ("syria", "SYR") })
            table.TryAdd(name, code);
        return table;
    }
}

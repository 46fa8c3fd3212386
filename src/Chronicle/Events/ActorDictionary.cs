using System.Globalization;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>An actor code valid between two dates (inclusive, yyyymmdd as integers).</summary>
public readonly record struct DatedCode(string Code, int From, int To);

/// <summary>An actor phrase's codes: a default and date-bounded alternatives (PETRARCH actor format).</summary>
public sealed class ActorEntry(string name)
{
    public string Name { get; } = name;
    public string? DefaultCode { get; set; }
    public List<DatedCode> Dated { get; } = [];

    /// <summary>The code valid on the date; without a date, the default or else the latest range.</summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is { } d)
        {
            int key = d.Year * 10000 + d.Month * 100 + d.Day;
            foreach (var range in Dated)
                if (key >= range.From && key <= range.To) return range.Code;
            return DefaultCode;
        }
        return DefaultCode ?? (Dated.Count > 0 ? Dated.MaxBy(r => r.To).Code : null);
    }
}

/// <summary>A role noun ("minister" -> GOV); <see cref="Before"/> for codes written "NGO~" that go in front.</summary>
public sealed record AgentEntry(string Name, string Code, bool Before);

/// <summary>
/// Actor and agent phrases in PETRARCH2's dictionary formats (PETRARCH2-dictionary-formats.rst):
/// actors with synonyms (+) and date restrictions (tab [CODE date-date], &lt;date, &gt;date), agents
/// with generated or given plurals and !SUBSTITUTION! sets. Files loaded later win over earlier ones,
/// so user dictionaries go on top of Chronicle's built-in phrases.
/// </summary>
public sealed class ActorDictionary
{
    public PhraseIndex<ActorEntry> Actors { get; } = new();
    public PhraseIndex<AgentEntry> Agents { get; } = new();

    /// <summary>The Phoenix actors of PETRARCH2 (models/, when present) with Chronicle's own phrases on top.</summary>
    public static ActorDictionary CreateBuiltIn()
    {
        var dictionary = new ActorDictionary();
        PetrarchActors.TryLoad(dictionary);
        dictionary.LoadActors(EmbeddedData.ReadLines("countries.actors.txt"), "countries.actors.txt");
        dictionary.LoadActors(EmbeddedData.ReadLines("actors.txt"), "actors.txt");
        dictionary.LoadAgents(EmbeddedData.ReadLines("agents.txt"), "agents.txt");
        return dictionary;
    }

    public void LoadActors(IEnumerable<string> lines, string source)
    {
        ActorEntry? current = null;
        var phrases = new List<(string[] Words, bool Stem)>();
        void Flush()
        {
            if (current is null) return;
            foreach (var (words, stem) in phrases) Actors.Add(words, current, stem);
            phrases.Clear();
        }
        int number = 0;
        foreach (var (line, indented) in ContentLines(lines))
        {
            number++;
            if (indented && line.StartsWith('['))
            {
                if (current is null) throw new FormatException($"{source}: date restriction '{line}' before any actor");
                AddRestriction(current, line, source);
                continue;
            }
            if (line.StartsWith('+'))
            {
                if (current is null) throw new FormatException($"{source}: synonym '{line}' before any actor");
                var (synonym, synonymCode) = SplitPhrase(line[1..]);
                if (synonym.Words.Length > 0) phrases.Add(synonym);
                if (synonymCode is not null && current.DefaultCode is null) current.DefaultCode = synonymCode;
                continue;
            }
            Flush();
            var (phrase, code) = SplitPhrase(line);
            if (phrase.Words.Length == 0) { current = null; continue; }
            current = new ActorEntry(string.Join(' ', phrase.Words)) { DefaultCode = code };
            phrases.Add(phrase);
            // "PHRASE [CODE date-date]" on the primary line is a restriction, not a default.
            if (code is not null && code.Contains(' '))
            {
                current.DefaultCode = null;
                AddRestriction(current, "[" + code + "]", source);
            }
        }
        Flush();
    }

    public void LoadAgents(IEnumerable<string> lines, string source)
    {
        var substitutions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, _) in ContentLines(lines))
        {
            if (line.StartsWith('!') && line.Contains('='))
            {
                var (marker, list) = (line[..line.IndexOf('=')].Trim(), line[(line.IndexOf('=') + 1)..]);
                substitutions[marker] = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            int open = line.IndexOf('[');
            if (open < 0) continue;
            int close = line.IndexOfAny([']', '}'], open);
            var code = (close > open ? line[(open + 1)..close] : line[(open + 1)..]).Trim();
            bool before = code.EndsWith('~');
            code = code.Trim('~').ToUpperInvariant();
            if (code.Length == 0) continue;
            var head = line[..open];
            string? plurals = null;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int end = head.IndexOf('}', brace);
                plurals = head[(brace + 1)..(end > brace ? end : head.Length)].Trim();
                head = head[..brace];
            }
            head = head.Trim();
            foreach (var expanded in Substitute(head, substitutions))
            {
                bool noPlural = expanded.EndsWith('_') || plurals is not null;
                var words = Words(expanded);
                if (words.Length == 0) continue;
                var entry = new AgentEntry(string.Join(' ', words), code, before);
                Agents.Add(words, entry);
                if (!noPlural && !head.Contains('!'))
                {
                    var plural = (string[])words.Clone();
                    plural[^1] = WordForms.Plural(plural[^1].ToLowerInvariant()).ToUpperInvariant();
                    Agents.Add(plural, entry);
                }
                foreach (var p in (plurals ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    Agents.Add(Words(p), entry);
            }
        }
    }

    private static IEnumerable<string> Substitute(string phrase, Dictionary<string, string[]> substitutions)
    {
        int start = phrase.IndexOf('!');
        int end = start >= 0 ? phrase.IndexOf('!', start + 1) : -1;
        if (end < 0 || !substitutions.TryGetValue(phrase[start..(end + 1)], out var options))
        {
            yield return phrase;
            yield break;
        }
        foreach (var option in options)
            foreach (var rest in Substitute(phrase[..start] + option + phrase[(end + 1)..], substitutions))
                yield return rest;
    }

    private static void AddRestriction(ActorEntry entry, string text, string source)
    {
        var inner = text.Trim().TrimStart('[');
        int close = inner.IndexOf(']');
        if (close >= 0) inner = inner[..close];
        var parts = inner.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return;
        var code = parts[0].ToUpperInvariant();
        if (parts.Length == 1) { entry.DefaultCode = code; return; }
        var range = parts[1];
        int? from = 0, to = 99999999;
        if (range.StartsWith('<')) to = ParseDate(range[1..]);
        else if (range.StartsWith('>')) from = ParseDate(range[1..]);
        else if (range.Contains('-'))
        {
            var ends = range.Split('-');
            (from, to) = (ParseDate(ends[0]), ParseDate(ends[1]));
        }
        else from = null;
        // The published Phoenix dictionaries contain a few garbled dates (">", 9 or 10 digits): such a
        // restriction is dropped rather than failing the whole file.
        if (from is null || to is null) return;
        entry.Dated.Add(new DatedCode(code, from.Value, to.Value));
    }

    /// <summary>YYYYMMDD or YYMMDD (two-digit years up to 30 are 20xx, as in TABARI).</summary>
    private static int? ParseDate(string text)
    {
        if (text.Length is not (6 or 8) || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            return null;
        if (text.Length == 6)
        {
            int year = value / 10000;
            value += (year <= 30 ? 2000 : 1900) * 10000;
        }
        return value;
    }

    /// <summary>Phrase words and the code in [...] of a dictionary line ("HAMID_KARZAI_  [AFGMIL]; x").</summary>
    private static ((string[] Words, bool Stem) Phrase, string? Code) SplitPhrase(string line)
    {
        int open = line.IndexOf('[');
        int semicolon = line.IndexOf(';');
        int cut = new[] { open, semicolon, line.Length }.Where(i => i >= 0).Min();
        var phrase = line[..cut].Trim();
        string? code = null;
        if (open >= 0)
        {
            int close = line.IndexOf(']', open);
            code = (close > open ? line[(open + 1)..close] : line[(open + 1)..]).Trim().ToUpperInvariant();
            if (code.Length == 0) code = null;
        }
        bool stem = phrase.Length > 0 && !phrase.EndsWith('_');
        return ((Words(phrase), stem), code);
    }

    private static string[] Words(string phrase) =>
        phrase.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Non-comment lines: # comments, blank lines and &lt;!-- ... --&gt; blocks dropped.</summary>
    private static IEnumerable<(string Line, bool Indented)> ContentLines(IEnumerable<string> lines)
    {
        bool inComment = false;
        foreach (var raw in lines)
        {
            var line = raw;
            if (inComment)
            {
                int close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0) continue;
                inComment = false;
                line = line[(close + 3)..];
            }
            int open = line.IndexOf("<!--", StringComparison.Ordinal);
            if (open >= 0)
            {
                int close = line.IndexOf("-->", open, StringComparison.Ordinal);
                if (close < 0) inComment = true;
                line = line[..open] + (close >= 0 ? line[(close + 3)..] : "");
            }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            bool indented = line.Length > 0 && char.IsWhiteSpace(line[0]);
            var trimmed = line.Trim();
            if (trimmed.Length > 0) yield return (trimmed, indented);
        }
    }
}

using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>A verb pattern: words before and after the verb (each slot a set of alternative word
/// sequences, from synsets) and the code it gives.</summary>
public sealed record VerbPattern(IReadOnlyList<string[][]> Before, IReadOnlyList<string[][]> After, string? Code)
{
    public int Weight => Before.Sum(s => s.Min(a => a.Length)) + After.Sum(s => s.Min(a => a.Length));
}

/// <summary>A verb synonym block: its verbs share the block's patterns.</summary>
public sealed class VerbBlock(string name, string? code)
{
    public string Name { get; } = name;
    public string? Code { get; } = code;
    public List<VerbPattern> Patterns { get; } = [];
}

/// <summary>One verb of a block with its own code (or the block's).</summary>
public sealed record PetrarchVerb(string Lemma, string? Code, VerbBlock Block);

/// <summary>
/// Reads PETRARCH2 verb dictionaries (PETRARCH2-dictionary-formats.rst): &amp;synsets, "--- NAME [CODE] ---"
/// blocks with verbs ({irregular forms}, [own code], multi-word verbs with + on the inflected word) and
/// "- PRE * POST [CODE]" patterns. Patterns are matched as ordered words around the verb within the
/// clause (Chronicle has its own parse, not PETRARCH's trees). Transformations (~) are not supported.
/// </summary>
public sealed class PetrarchVerbDictionary
{
    private readonly Dictionary<string, List<string[]>> _synsets = new(StringComparer.OrdinalIgnoreCase);

    public PhraseIndex<PetrarchVerb> Verbs { get; } = new();
    public int VerbCount { get; private set; }
    public int PatternCount { get; private set; }

    public void Load(IEnumerable<string> lines, string source)
    {
        VerbBlock? block = null;
        string? synset = null;
        bool inComment = false;
        foreach (var raw in lines)
        {
            var line = raw;
            if (inComment) { if (line.Contains("-->")) inComment = false; continue; }
            if (line.TrimStart().StartsWith("<!--")) { inComment = !line.Contains("-->"); continue; }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("---"))
            {
                var header = line.Trim('-').Trim();
                var (name, code) = SplitCode(header);
                block = new VerbBlock(name, code);
                synset = null;
                continue;
            }
            if (line.StartsWith('&'))
            {
                synset = line.Split(' ')[0].TrimEnd('_');
                _synsets[synset] = [];
                continue;
            }
            if (line.StartsWith('+') && synset is not null)
            {
                foreach (var phrase in ExpandWord(line[1..].Trim().Replace(' ', '_')))
                    _synsets[synset].Add(phrase);
                continue;
            }
            synset = null;
            if (line.StartsWith('~') || block is null) continue;
            if (line.StartsWith('-'))
            {
                var pattern = ParsePattern(line[1..]);
                if (pattern is not null) { block.Patterns.Add(pattern); PatternCount++; }
                continue;
            }
            AddVerb(line.TrimStart('+'), block);
        }
    }

    private void AddVerb(string line, VerbBlock block)
    {
        var (head, code) = SplitCode(line);
        string? irregular = null;
        int brace = head.IndexOf('{');
        if (brace >= 0)
        {
            int end = head.IndexOf('}', brace);
            irregular = head[(brace + 1)..(end > brace ? end : head.Length)];
            head = head[..brace];
        }
        var words = head.Trim().Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        int inflected = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        words = words.Select(w => w.TrimStart('+').ToLowerInvariant()).ToArray();
        var verb = new PetrarchVerb(string.Join(' ', words), code ?? block.Code, block);
        VerbCount++;
        var forms = irregular is null
            ? WordForms.VerbForms(words[inflected]).Select(f => { var c = (string[])words.Clone(); c[inflected] = f; return c; })
            : irregular.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(f => f.Replace("+", "").ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries)).Prepend(words);
        foreach (var form in forms.Where(f => f.Length > 0)) Verbs.Add(form, verb);
    }

    private VerbPattern? ParsePattern(string text)
    {
        var (body, code) = SplitCode(text);
        int star = body.IndexOf('*');
        if (star < 0) return null;
        return new VerbPattern(Slots(body[..star]), Slots(body[(star + 1)..]), code);
    }

    /// <summary>Pattern text to slots: {A B} and (PREP NOUN) contribute their words in order; $ + % ^ markers dropped.</summary>
    private List<string[][]> Slots(string text)
    {
        var slots = new List<string[][]>();
        foreach (var piece in text.Replace("{", " ").Replace("}", " ").Replace("(", " ").Replace(")", " ")
                     .Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = piece.Trim('$', '+', '%', '^');
            if (word.Length == 0) continue;
            var alternatives = ExpandWord(word).ToArray();
            if (alternatives.Length > 0) slots.Add(alternatives);
        }
        return slots;
    }

    /// <summary>A pattern word: a synset (&amp;NAME, possibly inside a phrase) or words joined by _.</summary>
    private IEnumerable<string[]> ExpandWord(string word)
    {
        var parts = word.Split('_', StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string[]> results = [[]];
        foreach (var part in parts)
        {
            IEnumerable<string[]> options = part.StartsWith('&')
                ? (_synsets.TryGetValue(part.TrimEnd('_'), out var members) ? members : [])
                : [[part.ToLowerInvariant()]];
            results = results.SelectMany(r => options.Select(o => r.Concat(o).ToArray())).ToList();
        }
        return results.Where(r => r.Length > 0);
    }

    /// <summary>Text before [CODE] and the code ("---" or absent: null; "013:012": the first).</summary>
    private static (string Text, string? Code) SplitCode(string text)
    {
        int open = text.LastIndexOf('[');
        if (open < 0) return (text.Trim(), null);
        int close = text.IndexOf(']', open);
        var code = (close > open ? text[(open + 1)..close] : text[(open + 1)..]).Trim().Split(':')[0].Trim();
        return (text[..open].Trim(), code.Length == 0 || code.StartsWith("---") ? null : code);
    }
}

using System.Collections.Frozen;
using Chronicle.Text;

namespace Chronicle.FramingAnalysis;

/// <summary>
/// Multi-word phrases keyed by their first token, case-insensitive: the longest phrase starting at
/// a token costs one frozen-dictionary lookup on the token's characters (no string allocated) and a
/// comparison of the few phrases that start with that word. Phrases are split with the document
/// tokenizer, so "so-called" or "Editor's" match exactly the tokens a document has.
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Tokens, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var groups = new Dictionary<string, List<(string[] Tokens, T Value)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var tokens = Split(phrase);
            if (tokens.Length == 0) continue;
            if (!groups.TryGetValue(tokens[0], out var list)) groups[tokens[0]] = list = [];
            // the first entry wins for identical phrases, so file order decides ambiguities
            if (list.Any(e => e.Tokens.AsSpan().SequenceEqual(tokens, StringComparer.OrdinalIgnoreCase))) continue;
            list.Add((tokens, value));
        }
        // longest first, so the first match found is the longest one
        var frozen = groups.ToFrozenDictionary(g => g.Key, g => g.Value.OrderByDescending(e => e.Tokens.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _byFirst = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = groups.Values.Sum(l => l.Count);
    }

    public int Count { get; }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before token
    /// <paramref name="end"/>; its length in tokens is 0 when none matches.</summary>
    public (T? Value, int Length) LongestMatch(Document doc, int start, int end)
    {
        if (!_byFirst.TryGetValue(doc.TokenSpan(start), out var candidates)) return (default, 0);
        foreach (var (tokens, value) in candidates)
        {
            if (start + tokens.Length > end) continue;
            bool same = true;
            for (int k = 1; k < tokens.Length && same; k++)
                same = doc.TokenSpan(start + k).Equals(tokens[k], StringComparison.OrdinalIgnoreCase);
            if (same) return (value, tokens.Length);
        }
        return (default, 0);
    }

    private static string[] Split(string phrase)
    {
        var text = phrase.Trim();
        return Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();
    }
}

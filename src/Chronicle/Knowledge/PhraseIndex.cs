using Chronicle.Text;

namespace Chronicle.Knowledge;

/// <summary>
/// Phrases keyed by their first token: finding the longest phrase at a token is one dictionary lookup
/// on the token's characters (no string allocated) plus a comparison of the few phrases that start there.
/// </summary>
internal sealed class PhraseIndex<T> where T : class
{
    private readonly Dictionary<string, List<(string[] Tokens, T Value)>> _byFirst;
    private readonly Dictionary<string, List<(string[] Tokens, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StringComparison _comparison;

    public PhraseIndex(bool ignoreCase)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _byFirst = new(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(string[] tokens, T value)
    {
        if (tokens.Length == 0) return;
        if (!_byFirst.TryGetValue(tokens[0], out var list)) _byFirst[tokens[0]] = list = [];
        // the first entry wins for identical phrases, so the files' order decides ambiguities
        foreach (var (existing, _) in list)
            if (existing.AsSpan().SequenceEqual(tokens)) return;
        list.Add((tokens, value));
    }

    public T? LongestMatch(Document doc, int start, int end)
    {
        if (!_lookup.TryGetValue(doc.TokenSpan(start), out var list)) return null;
        T? best = null;
        int bestLength = 0;
        foreach (var (tokens, value) in list)
        {
            if (tokens.Length <= bestLength || start + tokens.Length > end) continue;
            bool same = true;
            for (int k = 1; k < tokens.Length && same; k++)
                same = doc.TokenSpan(start + k).Equals(tokens[k], _comparison);
            if (same) { best = value; bestLength = tokens.Length; }
        }
        return best;
    }

    public T? MatchSingle(ReadOnlySpan<char> word)
    {
        if (!_lookup.TryGetValue(word, out var list)) return null;
        foreach (var (tokens, value) in list)
            if (tokens.Length == 1) return value;
        return null;
    }
}

using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>Matches a user verb's PETRARCH patterns as ordered words before and after the verb in its clause.</summary>
public static class VerbPatternMatcher
{
    /// <summary>The code of the heaviest matching pattern; Matched is false when none matches
    /// (a matched pattern with code "---" gives Matched true and a null code: no event).</summary>
    public static (bool Matched, string? Code) Match(Document document, PetrarchVerb verb, int clauseStart, int verbStart, int verbEnd, int clauseEnd)
    {
        VerbPattern? best = null;
        foreach (var pattern in verb.Block.Patterns)
            if ((best is null || pattern.Weight > best.Weight)
                && InOrder(document, pattern.Before, clauseStart, verbStart) && InOrder(document, pattern.After, verbEnd, clauseEnd))
                best = pattern;
        return best is null ? (false, null) : (true, best.Code);
    }

    private static bool InOrder(Document document, IReadOnlyList<string[][]> slots, int from, int to)
    {
        int t = from;
        foreach (var alternatives in slots)
        {
            bool found = false;
            for (; t < to && !found; t++)
                foreach (var words in alternatives)
                    if (MatchesAt(document, words, t, to)) { found = true; t += words.Length - 1; break; }
            if (!found) return false;
        }
        return true;
    }

    private static bool MatchesAt(Document document, string[] words, int t, int to)
    {
        if (t + words.Length > to) return false;
        for (int k = 0; k < words.Length; k++)
        {
            var token = document.TokenSpan(t + k);
            var word = words[k];
            // Nouns in patterns are singular: accept regular plurals ("ties", "talks").
            if (!token.StartsWith(word, StringComparison.OrdinalIgnoreCase) || token.Length - word.Length > 2) return false;
            if (token.Length > word.Length && !token[word.Length..].StartsWith("s", StringComparison.OrdinalIgnoreCase)
                && !token[word.Length..].Equals("es", StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }
}

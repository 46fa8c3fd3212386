namespace Chronicle.Lexicon;

/// <summary>
/// How the English word lists are written: each word class is a space-separated string constant, so that a
/// component's set is the classes it needs joined with <c>+</c> (at compile time) plus its own named words,
/// and one <see cref="Knowledge.WordSet"/> is built from that once. Lookups stay one frozen-set probe on the
/// token's characters, with no string made per token.
/// </summary>
internal static class WordLists
{
    /// <summary>The words and their capitalized forms ("he she" → "he she He She"), for case-sensitive sets
    /// that must also match a sentence's first word.</summary>
    public static string WithCapitals(string words) => words + " " + Capitalized(words);

    /// <summary>The words capitalized ("party union" → "Party Union"), for the words as they stand in a name.</summary>
    public static string Capitalized(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}

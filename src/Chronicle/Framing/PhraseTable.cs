using Chronicle.Text;

namespace Chronicle.FramingAnalysis;

/// <summary>
/// Framing's phrase lexicons on top of the shared <see cref="PhraseIndex{T}"/> (one lookup on the
/// token's characters, then the few phrases starting with that word), case-insensitive, the first
/// entry of a repeated phrase winning. Phrases are split with the document tokenizer, so "so-called"
/// or "Editor's" match the tokens a document has.
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly PhraseIndex<T> _index = new(ignoreCase: true, laterWins: false);

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var text = phrase.Trim();
            var tokens = Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();
            if (tokens.Length == 0) continue;
            _index.Add(tokens, value);
            Count++;
        }
    }

    public int Count { get; }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before token
    /// <paramref name="end"/>; its length in tokens is 0 when none matches.</summary>
    public (T? Value, int Length) LongestMatch(Document doc, int start, int end) =>
        _index.TryMatch(doc, start, end, out int matchEnd, out var value) ? (value, matchEnd - start) : (default, 0);
}

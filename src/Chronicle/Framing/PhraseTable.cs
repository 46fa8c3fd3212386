using Chronicle.Knowledge;
using Chronicle.Text;

namespace Chronicle.FramingAnalysis;

/// <summary>
/// Framing's phrase lexicons on top of the shared <see cref="PhraseIndex{T}"/> (one lookup on the
/// token's characters, then the few phrases starting with that word), case-insensitive. Framing
/// needs to know how many tokens matched, so each value travels with its phrase length. Phrases are
/// split with the document tokenizer, so "so-called" or "Editor's" match the tokens a document has.
/// </summary>
public sealed class PhraseTable<T>
{
    private sealed record Sized(T Value, int Length);

    private readonly PhraseIndex<Sized> _index = new(ignoreCase: true);

    public PhraseTable(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var text = phrase.Trim();
            var tokens = Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();
            if (tokens.Length == 0) continue;
            _index.Add(tokens, new Sized(value, tokens.Length));
            Count++;
        }
    }

    public int Count { get; }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before token
    /// <paramref name="end"/>; its length in tokens is 0 when none matches.</summary>
    public (T? Value, int Length) LongestMatch(Document doc, int start, int end) =>
        _index.LongestMatch(doc, start, end) is { } match ? (match.Value, match.Length) : (default, 0);
}

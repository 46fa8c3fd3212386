namespace Chronicle.Text;

/// <summary>
/// Makes a string well-formed UTF-16: each unpaired surrogate becomes U+FFFD. JSON writers and databases
/// replace them anyway, so a document that kept them would serialize a text its own offsets do not match;
/// the replacement keeps the length, so no offset moves. (Text decoded from UTF-8 never has them; JSON
/// Lines "\ud800" escapes and truncated strings do.)
/// </summary>
public static class WellFormedText
{
    public static string Of(string text)
    {
        int first = FirstUnpairedSurrogate(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (int i = state.first; i < span.Length; i++)
            {
                if (!char.IsSurrogate(span[i])) continue;
                if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])) { i++; continue; }
                span[i] = '\uFFFD';
            }
        });
    }

    private static int FirstUnpairedSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }
}

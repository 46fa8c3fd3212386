namespace Chronicle.Pipeline;

/// <summary>Cuts a long text into windows the pipeline can take one at a time (issue 19: memory follows
/// the window, not the document). A cut falls, in this order of preference, after a line break, after a
/// sentence end (. ! ? then space and a capital or a quotation mark), after any white space, in the last
/// quarter of the window; it never falls inside a surrogate pair.</summary>
public static class TextWindows
{
    public static List<(int Start, int End)> Split(string text, int windowChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowChars, 16);
        var windows = new List<(int Start, int End)>();
        int start = 0;
        while (text.Length - start > windowChars)
        {
            int cut = Cut(text, start + windowChars * 3 / 4, start + windowChars);
            windows.Add((start, cut));
            start = cut;
        }
        windows.Add((start, text.Length));
        return windows;
    }

    /// <summary>The best cut in (floor, limit]: the offset where the next window starts.</summary>
    private static int Cut(string text, int floor, int limit)
    {
        for (int i = limit - 1; i >= floor; i--)
            if (text[i] == '\n') return i + 1;
        for (int i = limit - 2; i >= floor; i--)
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && StartsSentence(text, i + 1, limit)) return i + 1;
        for (int i = limit - 1; i >= floor; i--)
            if (char.IsWhiteSpace(text[i])) return i + 1;
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    private static bool StartsSentence(string text, int from, int limit)
    {
        int j = from;
        while (j < limit && char.IsWhiteSpace(text[j])) j++;
        return j < limit && (char.IsUpper(text[j]) || text[j] is '"' or '\u201c' or '\'' or '\u2018');
    }
}

using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>A quotation: the tokens of its opening and closing marks and the characters between them.</summary>
public readonly record struct QuoteSpan(int OpenToken, int CloseToken, int Start, int End, bool SpansParagraphs);

/// <summary>
/// Pairs quotation marks into quotations in one pass over the quote tokens. Double marks (“ ” " « » „) make
/// quotations; single marks (‘ ’) inside them are inner quotes, and outside them only a cleanly closed pair
/// in one paragraph counts (headline style). A quotation left open at a paragraph end continues when the
/// next paragraph opens with a quotation mark (news convention); otherwise it ends with its paragraph.
/// </summary>
public static class QuoteScanner
{
    public static List<QuoteSpan> Find(Document doc)
    {
        var result = new List<QuoteSpan>();
        var tokens = doc.Tokens;
        int open = -1;
        bool continued = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            var kind = tokens[i].Kind;
            if (kind is not (TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.AmbiguousQuote)) continue;
            char mark = doc.Text[tokens[i].Start];
            bool isDouble = mark is '“' or '”' or '"' or '«' or '»' or '„';
            if (!isDouble)
            {
                if (open < 0 && kind == TokenKind.OpenQuote && TryPairSingle(doc, i, out int close))
                {
                    result.Add(Make(doc, i, close, false));
                    i = close;
                }
                continue;
            }
            bool opening = kind == TokenKind.OpenQuote || (kind == TokenKind.AmbiguousQuote && open < 0);
            // a “ typed where ” was meant: right after sentence punctuation and before a space, it closes
            if (opening && open >= 0 && mark == '“' && IsMisdirectedClose(doc.Text, tokens[i].Start)) opening = false;
            if (open < 0)
            {
                if (opening) { open = i; continued = false; }
                continue;
            }
            bool paragraphBreak = HasNewlineBetween(doc, PreviousQuoteOrOpen(open, i, doc), i);
            if (paragraphBreak)
            {
                // the open quotation ran to its paragraph end: it continues only if this mark reopens it
                if (opening) { continued = true; continue; }
                int end = ParagraphEnd(doc, open);
                result.Add(new QuoteSpan(open, -1, tokens[open].End, end, continued));
                open = -1;
                continue;
            }
            if (opening && kind == TokenKind.OpenQuote && mark != '"')
            {
                // a second opening mark in the same paragraph: the first was never closed
                result.Add(new QuoteSpan(open, -1, tokens[open].End, tokens[i].Start, continued));
                open = i; continued = false;
                continue;
            }
            result.Add(Make(doc, open, i, continued));
            open = -1;
        }
        if (open >= 0) result.Add(new QuoteSpan(open, -1, tokens[open].End, ParagraphEnd(doc, open), continued));
        result.RemoveAll(q => q.End <= q.Start || string.IsNullOrWhiteSpace(doc.Text.AsSpan(q.Start, q.End - q.Start).ToString()));
        return result;
    }

    /// <summary>Whether character offsets fall inside a quotation, as a per-token flag array.</summary>
    public static bool[] InsideFlags(Document doc, List<QuoteSpan> quotes)
    {
        var inside = new bool[doc.Tokens.Length];
        foreach (var q in quotes)
            for (int i = doc.TokenIndexAtOrAfter(q.Start); i < doc.Tokens.Length && doc.Tokens[i].Start < q.End; i++)
                inside[i] = true;
        return inside;
    }

    private static QuoteSpan Make(Document doc, int open, int close, bool continued) =>
        new(open, close, doc.Tokens[open].End, doc.Tokens[close].Start, continued);

    // for a continued quotation, the newline test runs from the last reopening mark, not the first
    private static int PreviousQuoteOrOpen(int open, int current, Document doc)
    {
        for (int k = current - 1; k > open; k--)
            if (doc.Tokens[k].Kind is TokenKind.OpenQuote or TokenKind.AmbiguousQuote && doc.Text[doc.Tokens[k].Start] is '“' or '"' or '«' or '„')
                return k;
        return open;
    }

    private static bool IsMisdirectedClose(string text, int at) =>
        at > 0 && text[at - 1] is ',' or '.' or '?' or '!' && (at + 1 >= text.Length || char.IsWhiteSpace(text[at + 1]));

    private static bool TryPairSingle(Document doc, int open, out int close)
    {
        var tokens = doc.Tokens;
        for (int k = open + 1; k < tokens.Length && k <= open + 40; k++)
        {
            char c = doc.Text[tokens[k].Start];
            if (tokens[k].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.AmbiguousQuote)
            {
                if (c is '“' or '”' or '"' or '«' or '»') break;
                if (c is '’' or '\'' or '›' && tokens[k].Kind != TokenKind.OpenQuote && k > open + 1) { close = k; return true; }
                if (c is '‘') break;
            }
            if (HasNewlineBetween(doc, k - 1, k)) break;
        }
        close = -1;
        return false;
    }

    private static bool HasNewlineBetween(Document doc, int a, int b)
    {
        int from = doc.Tokens[a].End, to = doc.Tokens[b].Start;
        return to > from && doc.Text.AsSpan(from, to - from).Contains('\n');
    }

    private static int ParagraphEnd(Document doc, int token)
    {
        int nl = doc.Text.IndexOf('\n', doc.Tokens[token].End);
        int end = nl < 0 ? doc.Text.Length : nl;
        while (end > doc.Tokens[token].End && char.IsWhiteSpace(doc.Text[end - 1])) end--;
        return end;
    }
}

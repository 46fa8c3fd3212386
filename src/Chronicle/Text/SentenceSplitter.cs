using Chronicle.Lexicon;

namespace Chronicle.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? … (or an abbreviation that may end one),
/// after any closing quotes and brackets, when the next token starts a sentence (a capital, a digit
/// or an opening quote); and at every paragraph break. A single line break ends a sentence unless it
/// is a hard wrap inside running text (the line does not end a sentence and the next starts in
/// lower case), so headlines and datelines stand alone.
/// </summary>
public static class SentenceSplitter
{

    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>(Math.Max(4, tokens.Length / 20));
        int first = 0, t = 0;
        while (t < tokens.Length)
        {
            int end;
            if (t == tokens.Length - 1) end = t;
            else if (EndsAfter(text, tokens, t, out int lastToken)) end = lastToken;
            else { t++; continue; }
            sentences.Add(new Sentence(tokens[first].Start, tokens[end].End, first, end - first + 1));
            first = t = end + 1;
        }
        return sentences.ToArray();
    }

    /// <summary>True when a sentence ends at or shortly after token <paramref name="t"/>;
    /// <paramref name="lastToken"/> is the sentence's final token (after closing quotes).</summary>
    private static bool EndsAfter(string text, Token[] tokens, int t, out int lastToken)
    {
        lastToken = t;
        var tok = tokens[t];
        var next = tokens[t + 1];
        int breaks = LineBreaksBetween(text, tok.End, next.Start);
        if (breaks >= 2) return true;

        bool terminal = IsTerminal(text, tok, out bool abbreviationMayEnd, out bool abbreviationNeverEnds);
        if (terminal)
        {
            // closing quotes and brackets stay with the sentence they close
            int k = t + 1;
            while (k < tokens.Length && IsCloser(text, tokens[k]) && LineBreaksBetween(text, tokens[k - 1].End, tokens[k].Start) == 0) k++;
            if (k >= tokens.Length) { lastToken = tokens.Length - 1; return true; }
            var after = tokens[k];
            bool newline = LineBreaksBetween(text, tokens[k - 1].End, after.Start) > 0;
            if (abbreviationNeverEnds) return false;
            if (newline || StartsSentence(text, after, abbreviationMayEnd))
            {
                lastToken = k - 1;
                return true;
            }
            return false;
        }

        if (breaks == 1)
        {
            // a hard wrap keeps the sentence going: the line ends mid-clause and the next continues it
            bool midClause = tok.Kind is TokenKind.Word or TokenKind.Number || text[tok.Start] is ',' or ';' or '-' or '—' or '–';
            char nc = text[next.Start];
            bool continues = char.IsLower(nc) || (char.IsDigit(nc) && tok.Kind == TokenKind.Word && char.IsLower(text[tok.Start]));
            return !(midClause && continues);
        }
        return false;
    }

    private static bool IsTerminal(string text, Token tok, out bool abbreviationMayEnd, out bool abbreviationNeverEnds)
    {
        abbreviationMayEnd = false;
        abbreviationNeverEnds = false;
        char last = text[tok.End - 1];
        if (tok.Kind == TokenKind.Punctuation)
            return last is '.' or '!' or '?' or '…' or '‼' or '⁇' or '。';
        if (last == '.' && tok.Length > 1 && tok.Kind is TokenKind.Word or TokenKind.Number)
        {
            var kind = Abbreviations.Classify(text.AsSpan(tok.Start, tok.Length - 1));
            abbreviationNeverEnds = kind == AbbreviationKind.Title;
            abbreviationMayEnd = kind is AbbreviationKind.Ordinary or AbbreviationKind.Month or AbbreviationKind.BeforeNumber;
            return true;
        }
        return false;
    }

    private static bool IsCloser(string text, Token tok) =>
        tok.Kind is TokenKind.CloseQuote
        || (tok.Kind == TokenKind.AmbiguousQuote && text[tok.Start] is '"' or '\'' or '’')
        || (tok.Length == 1 && text[tok.Start] is ')' or ']' or '}');

    private static bool StartsSentence(string text, Token tok, bool afterAbbreviation)
    {
        char c = text[tok.Start];
        if (afterAbbreviation)
            return tok.Kind == TokenKind.OpenQuote || EnglishSentenceOpeners.SentenceStarters.Contains(text.AsSpan(tok.Start, tok.Length));
        if (char.IsUpper(c) || char.IsDigit(c)) return true;
        if (tok.Kind is TokenKind.OpenQuote or TokenKind.AmbiguousQuote) return true;
        return c is '(' or '[' or '—' or '–' or '-' or '*' or '•';
    }

    private static int LineBreaksBetween(string text, int from, int to)
    {
        int count = 0;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n') count++;
            else if (c == '\r' && (i + 1 >= to || text[i + 1] != '\n')) count++;
            else if (c is '\u2028' or '\u2029') count += c == '\u2029' ? 2 : 1;
        }
        return count;
    }
}

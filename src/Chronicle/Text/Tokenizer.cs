namespace Chronicle.Text;

/// <summary>
/// Splits news text into tokens whose offsets point into the original string. A single pass over
/// the characters, no regular expressions: words keep internal hyphens (US-led), apostrophes of
/// names (O'Brien), decimal and thousands separators (1.5, 2,800), number ranges (1990-1991) and
/// the periods of known abbreviations (Gen., U.S.); clitics are split as in the Penn Treebank
/// (Iraq 's, do n't) because the taggers are trained on that convention.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var sink = new TokenSink(Math.Max(16, text.Length / 5));
        Tokenize(text, ref sink);
        return sink.ToArray();
    }

    private static void Tokenize(string text, ref TokenSink sink)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (IsSeparator(c)) { i++; continue; }

            if (char.IsLetterOrDigit(c) || (c is '#' or '@' && i + 1 < n && char.IsLetterOrDigit(text[i + 1]) && (i == 0 || IsSeparator(text[i - 1]))))
            {
                i = ScanWord(text, i, ref sink);
                continue;
            }

            switch (c)
            {
                case '“' or '«' or '‹' or '„':
                    sink.Add(i, i + 1, TokenKind.OpenQuote); i++; continue;
                case '”' or '»' or '›':
                    sink.Add(i, i + 1, TokenKind.CloseQuote); i++; continue;
                case '‘':
                    sink.Add(i, i + 1, TokenKind.OpenQuote); i++; continue;
                case '’':
                    sink.Add(i, i + 1, QuoteDirection(text, i, single: true)); i++; continue;
                case '"':
                    sink.Add(i, i + 1, QuoteDirection(text, i, single: false)); i++; continue;
                case '\'':
                    if (TryClitic(text, i, out int cliticEnd)) { sink.Add(i, cliticEnd, TokenKind.Word); i = cliticEnd; continue; }
                    sink.Add(i, i + 1, QuoteDirection(text, i, single: true)); i++; continue;
                case '.':
                {
                    int j = i;
                    while (j < n && text[j] == '.') j++;
                    sink.Add(i, j, TokenKind.Punctuation); i = j; continue;
                }
                case '-':
                {
                    int j = i;
                    while (j < n && text[j] == '-') j++;
                    sink.Add(i, j, TokenKind.Punctuation); i = j; continue;
                }
                case '$' or '€' or '£' or '¥' or '%' or '&' or '+' or '=' or '<' or '>' or '*' or '#' or '@' or '/' or '\\' or '|' or '~' or '^' or '°' or '§' or '©' or '®' or '™':
                    sink.Add(i, i + 1, c == '*' || c == '/' ? TokenKind.Punctuation : TokenKind.Symbol); i++; continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                sink.Add(i, i + 2, TokenKind.Symbol); i += 2; continue;
            }
            sink.Add(i, i + 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
            i++;
        }
    }

    /// <summary>Scans a word or number starting at <paramref name="start"/>, emits it (and any split
    /// clitic) and returns the position after it.</summary>
    private static int ScanWord(string text, int start, ref TokenSink sink)
    {
        int n = text.Length;
        if (LooksLikeUrl(text, start))
        {
            int e = start;
            while (e < n && !IsSeparator(text[e])) e++;
            while (e > start + 1 && text[e - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or '”' or '’') e--;
            sink.Add(start, e, TokenKind.Word);
            return e;
        }

        int j = start + 1;
        while (true)
        {
            while (j < n && IsWordChar(text[j])) j++;
            if (j + 1 >= n) break;
            char ch = text[j];
            char next = text[j + 1];
            char prev = text[j - 1];
            if (ch is '-' or '\u2010' or '\u2011' && IsWordChar(next)) { j++; continue; }
            if (ch == '.' && char.IsDigit(prev) && char.IsDigit(next) && IsNumberSoFar(text, start, j)) { j++; continue; }
            if (ch == '.' && char.IsLetter(next) && (IsAcronymSoFar(text, start, j) || (char.IsLower(prev) && char.IsLower(next) && IsDomainish(text, start, j)))) { j++; continue; }
            if (ch == ',' && char.IsDigit(prev) && IsThousandsGroup(text, j + 1)) { j++; continue; }
            if (ch == ':' && char.IsDigit(prev) && j + 2 < n && char.IsDigit(next) && char.IsDigit(text[j + 2]) && (j + 3 >= n || !char.IsDigit(text[j + 3]))) { j++; continue; }
            if (ch == '@' && char.IsLetterOrDigit(next) && HasDotAfter(text, j + 1)) { j++; continue; }
            if (ch is '\'' or '’' && char.IsLetter(next))
            {
                // n't belongs to the next token: "don't" -> do + n't
                if (prev is 'n' or 'N' && next is 't' or 'T' && (j + 2 >= n || !char.IsLetter(text[j + 2])) && j - 1 > start)
                {
                    sink.Add(start, j - 1, TokenKind.Word);
                    sink.Add(j - 1, j + 2, TokenKind.Word);
                    return j + 2;
                }
                if (TryClitic(text, j, out _)) break;
                j++;
                continue;
            }
            break;
        }

        // A trailing period that belongs to an abbreviation (Gen., U.S., Aug.) stays on the word.
        if (j < n && text[j] == '.' && (j + 1 >= n || text[j + 1] != '.'))
        {
            var word = text.AsSpan(start, j - start);
            var kind = Abbreviations.Classify(word);
            if (kind == AbbreviationKind.BeforeNumber ? NextNonSpaceIsDigit(text, j + 1) : kind != AbbreviationKind.None)
                j++;
        }

        sink.Add(start, j, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word);
        if (j < n && text[j] is '\'' or '’' && TryClitic(text, j, out int cliticEnd))
        {
            sink.Add(j, cliticEnd, TokenKind.Word);
            return cliticEnd;
        }
        return j;
    }

    /// <summary>'s 'll 're 've 'd 'm after a word, followed by a non-letter.</summary>
    private static bool TryClitic(string text, int apostrophe, out int end)
    {
        end = apostrophe;
        int n = text.Length;
        if (apostrophe == 0 || !char.IsLetterOrDigit(text[apostrophe - 1])) return false;
        int k = apostrophe + 1;
        int letters = 0;
        while (k < n && char.IsLetter(text[k]) && letters < 3) { k++; letters++; }
        if (letters == 0 || (k < n && char.IsLetter(text[k]))) return false;
        var tail = text.AsSpan(apostrophe + 1, letters);
        if (tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("d", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase))
        {
            end = k;
            return true;
        }
        return false;
    }

    /// <summary>Straight quotes and the right single mark are opening after a space, an opening
    /// bracket or a dash, and closing after anything else; an apostrophe after a plural noun
    /// (the troops' base) is left ambiguous.</summary>
    private static TokenKind QuoteDirection(string text, int i, bool single)
    {
        bool spaceBefore = i == 0 || IsSeparator(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '—' or '–' or '“' or '‘';
        bool spaceAfter = i + 1 >= text.Length || IsSeparator(text[i + 1]);
        if (spaceBefore && !spaceAfter) return text[i] == '’' ? TokenKind.AmbiguousQuote : TokenKind.OpenQuote;
        if (!spaceBefore && single && text[i - 1] is 's' or 'S' && spaceAfter) return TokenKind.AmbiguousQuote;
        if (!spaceBefore) return TokenKind.CloseQuote;
        return TokenKind.AmbiguousQuote;
    }

    private static bool LooksLikeUrl(string text, int i)
    {
        var rest = text.AsSpan(i, Math.Min(12, text.Length - i));
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static bool IsNumberSoFar(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (!char.IsDigit(text[k]) && text[k] is not (',' or '.')) return false;
        return true;
    }

    private static bool IsAcronymSoFar(string text, int start, int end)
    {
        // U.S / U.N / e.g so far: single letters separated by periods
        var s = text.AsSpan(start, end - start);
        return s.Length == 1 ? char.IsLetter(s[0]) : Abbreviations.IsDottedAcronym(s);
    }

    private static bool IsDomainish(string text, int start, int end)
    {
        // example.com, news.bbc.co.uk: the part after the dot must be lowercase letters up to a separator
        int k = end + 1;
        while (k < text.Length && (char.IsLower(text[k]) || char.IsDigit(text[k]) || text[k] == '.')) k++;
        return k >= text.Length || !char.IsLetter(text[k]);
    }

    private static bool IsThousandsGroup(string text, int k)
    {
        if (k + 3 > text.Length) return false;
        for (int m = k; m < k + 3; m++) if (!char.IsDigit(text[m])) return false;
        return k + 3 == text.Length || !char.IsDigit(text[k + 3]);
    }

    private static bool HasDotAfter(string text, int k)
    {
        for (; k < text.Length && !IsSeparator(text[k]); k++) if (text[k] == '.') return true;
        return false;
    }

    private static bool NextNonSpaceIsDigit(string text, int k)
    {
        while (k < text.Length && IsSeparator(text[k])) k++;
        return k < text.Length && char.IsDigit(text[k]);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '\u00AD'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Whitespace, and the invisible characters that behave like it in scraped text.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private struct TokenSink(int capacity)
    {
        private Token[] _items = new Token[capacity];
        private int _count = 0;

        public void Add(int start, int end, TokenKind kind)
        {
            if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[_count++] = new Token(start, end, kind);
        }

        public readonly Token[] ToArray() => _items.AsSpan(0, _count).ToArray();
    }
}

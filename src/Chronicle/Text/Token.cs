namespace Chronicle.Text;

/// <summary>Coarse character class of a token, decided once by the tokenizer so that later
/// components need not rescan the characters.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    OpenQuote,
    CloseQuote,
    /// <summary>A straight quote (") or apostrophe whose direction the tokenizer could not decide.</summary>
    AmbiguousQuote,
    Symbol,
}

/// <summary>One token: a span of the document text plus its kind. Tokens never own strings.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
    public TextSpan Span => new(Start, End);
}

/// <summary>A sentence as a character span and the range of tokens it covers.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
    public TextSpan Span => new(Start, End);
}

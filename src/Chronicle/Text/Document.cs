using Chronicle.Annotations;

namespace Chronicle.Text;

/// <summary>
/// The one structure every pipeline component reads and writes (spaCy's <c>Doc</c>): the text and
/// every annotation as character offsets into it. Per-token layers are parallel arrays indexed by
/// token number, so that taggers write into preallocated storage instead of allocating per token.
/// </summary>
public sealed class Document
{
    public Document(string text, DocumentMetadata? metadata = null)
    {
        Text = WellFormedText.Of(text ?? throw new ArgumentNullException(nameof(text)));
        Metadata = metadata ?? new DocumentMetadata();
    }

    public string Text { get; }
    public DocumentMetadata Metadata { get; }

    /// <summary>ISO 639-1 code of the detected language ("en"), or "und" when unknown.</summary>
    public string Language { get; set; } = "und";

    public Token[] Tokens { get; private set; } = [];
    public Sentence[] Sentences { get; private set; } = [];

    /// <summary>Penn Treebank part-of-speech tag per token (null until a tagger ran).</summary>
    public string[]? PartOfSpeech { get; set; }
    /// <summary>IOB2 chunk tag per token (B-NP, I-VP, O ...).</summary>
    public string[]? Chunks { get; set; }
    /// <summary>IOB2 named-entity tag per token in CoNLL-2003 classes (B-PER, I-ORG, O ...).</summary>
    public string[]? NamedEntityTags { get; set; }
    /// <summary>Dependency head per token (document token index, -1 for the root).</summary>
    public int[]? Heads { get; set; }
    /// <summary>Universal Dependencies relation per token.</summary>
    public string[]? DependencyRelations { get; set; }

    public List<Entity> Entities { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<TimeExpression> Dates { get; } = [];
    public List<Quantity> Quantities { get; } = [];
    public List<EventRecord> Events { get; } = [];
    public Framing Framing { get; } = new();

    /// <summary>Name and version of every model that contributed, for the output's <c>models</c>.</summary>
    public SortedDictionary<string, string> Models { get; } = new(StringComparer.Ordinal);

    /// <summary>Notes for the user (printed on stderr by the CLI), e.g. why components were skipped.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Components that failed on this document; the other layers are still there.</summary>
    public List<ComponentError> Errors { get; } = [];

    /// <summary>True once the language stage has decided on a language other than English
    /// (undecided text, "und", is still analyzed as English).</summary>
    public bool IsKnownNonEnglish => Language is not ("en" or "und");

    public void SetTokens(Token[] tokens) => Tokens = tokens;
    public void SetSentences(Sentence[] sentences) => Sentences = sentences;

    public ReadOnlySpan<char> TokenSpan(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);
    public string TokenText(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    /// <summary>Index of the sentence containing the character offset, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the first token whose end is after the offset (binary search).</summary>
    public int TokenIndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

/// <summary>What is known about a document besides its text.</summary>
public sealed class DocumentMetadata
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public DateOnly? Published { get; set; }
    public string? Author { get; set; }
    /// <summary>Where a feed item's text came from: "page" (its fetched link), "feed-content" (the
    /// full article the feed carries) or "feed-summary" (only the feed's description or summary);
    /// null when the input itself is the article (docs/ingest.md).</summary>
    public string? TextSource { get; set; }
}

namespace Chronicle.Annotations;

/// <summary>How the story is told: loaded language, publisher's source markers, tone and who is
/// given a voice. <see cref="LoadedTerms"/>, <see cref="SourceMarkers"/> and <see cref="Tone"/> are
/// the DESIGN.md contract; the rest is additive.</summary>
public sealed class Framing
{
    public List<FramingFlag> LoadedTerms { get; set; } = [];
    public List<FramingFlag> SourceMarkers { get; set; } = [];
    /// <summary>Document tone (positive minus negative word share, in percent), null until computed.</summary>
    public double? Tone { get; set; }
    /// <summary>The word shares behind <see cref="Tone"/>, for the whole text and for the outlet's own words.</summary>
    public ToneScores? ToneDetail { get; set; }
    /// <summary>Tone of each sentence, in sentence order.</summary>
    public List<SentenceTone>? SentenceTone { get; set; }
    /// <summary>How the factual sentences are sourced and whose words are quoted.</summary>
    public AttributionBalance? Attribution { get; set; }
}

public sealed class FramingFlag
{
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>Loaded terms: legality_claim, motive_attribution, labelling, judgement, intensifier,
    /// euphemism. Source markers: footnote, footnote_marker, designation, affiliation, editor_note,
    /// correction, update, disclaimer.</summary>
    public string? Category { get; set; }
    /// <summary>"outlet" when the words are the outlet's own voice, "quote" inside quoted speech.</summary>
    public string? Voice { get; set; }
    /// <summary>The name a source marker is attached to ("Daesh" for "Daesh*"), when found.</summary>
    public Mention? Target { get; set; }
    /// <summary>For a footnote marker: the footnote line it points to.</summary>
    public Mention? Note { get; set; }
}

/// <summary>GDELT-style tone: shares of positive and negative words among all words, in percent.</summary>
public sealed class ToneScores
{
    public double Positive { get; set; }
    public double Negative { get; set; }
    /// <summary>Positive plus negative share: how emotionally charged the text is, whatever the sign.</summary>
    public double Polarity { get; set; }
    public int WordCount { get; set; }
    /// <summary>Tone of the words outside quotes only: the outlet's own voice.</summary>
    public double? OutletTone { get; set; }
    /// <summary>The sentiment lexicon the word shares come from.</summary>
    public string? Lexicon { get; set; }
}

public sealed record SentenceTone(int Start, int End, double Tone, double Positive, double Negative);

/// <summary>Attribution balance: which factual sentences name their source, and the share of quotes per speaker.</summary>
public sealed class AttributionBalance
{
    /// <summary>Sentences in the outlet's voice that state something (headings, questions and notes excluded).</summary>
    public int Claims { get; set; }
    public int Named { get; set; }
    public int Unnamed { get; set; }
    public int Unattributed { get; set; }
    public double NamedShare { get; set; }
    public double UnnamedShare { get; set; }
    public double UnattributedShare { get; set; }
    public List<ClaimAttribution> Sentences { get; set; } = [];
    public List<SpeakerShare> QuotesBySpeaker { get; set; } = [];
}

/// <summary>One factual sentence and how it is sourced: "named", "unnamed" or "none".</summary>
public sealed record ClaimAttribution(int Start, int End, string Source, Mention? Cue, Mention? SourceMention);

/// <summary>Quotes given to one speaker (entity id and name; both null for quotes nobody is credited with).</summary>
public sealed record SpeakerShare(string? Speaker, string? Name, string? Code, string? Country, int Quotes, double Share);

namespace Chronicle.Annotations;

/// <summary>Quoted speech (the words inside the quotation marks) and who said it.</summary>
public sealed class Quote
{
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>Entity id of the speaker, or null for unattributed text (scare quotes, titles).</summary>
    public string? Speaker { get; set; }
    public string? SpeakerName { get; set; }
    public Mention? SpeakerMention { get; set; }
    /// <summary>The cue word that ties the quote to its speaker ("said", "according to").</summary>
    public string? Cue { get; set; }
    /// <summary>Entity id of the person addressed ("Macron told al-Kadhemi ..."), when named.</summary>
    public string? Addressee { get; set; }
    public string? AddresseeName { get; set; }
}

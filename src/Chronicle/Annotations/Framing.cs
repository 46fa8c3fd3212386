namespace Chronicle.Annotations;

/// <summary>How the story is told: loaded language, publisher's source markers and tone.</summary>
public sealed class Framing
{
    public List<FramingFlag> LoadedTerms { get; set; } = [];
    public List<FramingFlag> SourceMarkers { get; set; } = [];
    /// <summary>Document tone (positive minus negative word share, in percent), null until computed.</summary>
    public double? Tone { get; set; }
}

public sealed class FramingFlag
{
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public string? Category { get; set; }
    /// <summary>"outlet" when the words are the outlet's own voice, "quote" inside quoted speech.</summary>
    public string? Voice { get; set; }
}

namespace Chronicle.Annotations;

/// <summary>A counted claim: a number with what it counts.</summary>
public sealed class Quantity
{
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public double Value { get; set; }
    /// <summary>Approximator as written ("about", "more than"), or null when exact.</summary>
    public string? Approx { get; set; }
    /// <summary>The counted unit ("troops", "killed", "percent", "usd").</summary>
    public string? Unit { get; set; }
    /// <summary>A short phrase saying what is counted ("French troops stationed in Iraq").</summary>
    public string? About { get; set; }
}

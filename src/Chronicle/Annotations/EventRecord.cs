namespace Chronicle.Annotations;

/// <summary>A coded event: who did what to whom, where and when (CAMEO and PLOVER).</summary>
public sealed class EventRecord
{
    public required string Id { get; set; }
    public required string Cameo { get; set; }
    public required string Root { get; set; }
    public int QuadClass { get; set; }
    public double Goldstein { get; set; }
    public string? Plover { get; set; }
    public EventActor? Source { get; set; }
    public EventActor? Target { get; set; }
    public string? Date { get; set; }
    public EventLocation? Location { get; set; }
    public int Sentence { get; set; }
    public required Mention Trigger { get; set; }
    public double Confidence { get; set; }
    /// <summary>What proposed the event: evidence, recoding modifiers, where the actors came from ("light:impose+sanction/frame").</summary>
    public string? Rule { get; set; }
}

public sealed record EventActor(string? Entity, string Name, string? Code);

public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon);

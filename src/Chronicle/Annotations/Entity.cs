namespace Chronicle.Annotations;

/// <summary>One real-world referent with all of its mentions in the document.</summary>
public sealed class Entity
{
    /// <summary>Document-local identifier ("E1", "E2" ...), referenced by quotes and events.</summary>
    public required string Id { get; set; }
    /// <summary>Canonical name ("Emmanuel Macron", "Iraq").</summary>
    public required string Name { get; set; }
    /// <summary>PERSON, ORG, GPE, LOC, NORP, EVENT or MISC in the JSON (<see cref="EntityKinds.Label"/>).</summary>
    public required EntityKind Type { get; set; }
    /// <summary>CAMEO actor code ("FRAGOV", "IRQ", "IMGMUSISI"), when known.</summary>
    public string? Code { get; set; }
    /// <summary>CAMEO/ISO alpha-3 country the entity belongs to, when known.</summary>
    public string? Country { get; set; }
    public List<Mention> Mentions { get; set; } = [];
    /// <summary>Coordinates of a GPE/LOC entity the gazetteer knows (docs/geo.md); null for every other entity.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public GeoPoint? Geo { get; set; }
}

/// <summary>A stretch of text that refers to an entity.</summary>
public sealed record Mention(int Start, int End, string Text);

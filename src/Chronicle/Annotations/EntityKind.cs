using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Annotations;

/// <summary>What an entity refers to (DESIGN.md section 3). An enum so that comparisons and patterns cost
/// nothing; outside the program (Analysis JSON, store columns, exports) each kind is written by its label
/// (<see cref="EntityKinds.Label"/>), never by its C# name or number.</summary>
[JsonConverter(typeof(EntityKindJsonConverter))]
public enum EntityKind : byte
{
    /// <summary>PERSON.</summary>
    Person,
    /// <summary>ORG: organisations, institutions, armed groups, role groups ("US forces").</summary>
    Org,
    /// <summary>GPE: countries, cities, states.</summary>
    Gpe,
    /// <summary>LOC: places that are no political unit ("Lake Chad").</summary>
    Loc,
    /// <summary>NORP: religious, ethnic or political groups without a state of their own.</summary>
    Norp,
    /// <summary>EVENT ("Operation Desert Storm").</summary>
    Event,
    /// <summary>MISC: a name of none of the other kinds.</summary>
    Misc,
}

/// <summary>The one mapping between <see cref="EntityKind"/> and its contract labels, both ways.</summary>
public static class EntityKinds
{
    /// <summary>The labels the contract allows, for error messages.</summary>
    public const string AllLabels = "PERSON, ORG, GPE, LOC, NORP, EVENT or MISC";

    /// <summary>The contract label ("PERSON", "GPE" ...); a constant string, so writing it allocates nothing.</summary>
    public static string Label(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "PERSON",
        EntityKind.Org => "ORG",
        EntityKind.Gpe => "GPE",
        EntityKind.Loc => "LOC",
        EntityKind.Norp => "NORP",
        EntityKind.Event => "EVENT",
        EntityKind.Misc => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entity kind"),
    };

    /// <summary>GPE and LOC: the kinds the geocoder looks up.</summary>
    public static bool IsPlace(this EntityKind kind) => kind is EntityKind.Gpe or EntityKind.Loc;

    /// <summary>The kind of a label from outside (JSON, a data file, a query); exact upper case, as written.
    /// False for anything else: mapping an unknown label to MISC would silently change stored data.</summary>
    public static bool TryParse(ReadOnlySpan<char> label, out EntityKind kind)
    {
        EntityKind? parsed = label switch
        {
            "PERSON" => EntityKind.Person,
            "ORG" => EntityKind.Org,
            "GPE" => EntityKind.Gpe,
            "LOC" => EntityKind.Loc,
            "NORP" => EntityKind.Norp,
            "EVENT" => EntityKind.Event,
            "MISC" => EntityKind.Misc,
            _ => null,
        };
        kind = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    /// <summary><see cref="TryParse"/> for input that must be valid; throws <see cref="FormatException"/> naming the label.</summary>
    public static EntityKind Parse(string label) =>
        TryParse(label, out var kind) ? kind : throw new FormatException(UnknownLabel(label));

    internal static string UnknownLabel(string? label) => $"unknown entity type \"{label}\" (expected {AllLabels})";
}

/// <summary>Reads and writes an <see cref="EntityKind"/> as its label, as the Analysis JSON contract has it. Named on the
/// enum itself, so every serializer (both source-generated contexts included) uses it without further setup.</summary>
public sealed class EntityKindJsonConverter : JsonConverter<EntityKind>
{
    public override EntityKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"entity type must be a string ({EntityKinds.AllLabels})");
        var label = reader.GetString();
        return EntityKinds.TryParse(label, out var kind) ? kind : throw new JsonException(EntityKinds.UnknownLabel(label));
    }

    public override void Write(Utf8JsonWriter writer, EntityKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Label());
}

using System.Text;
using System.Text.Json;
using Chronicle.Annotations;
using Chronicle.Serialization;

namespace Chronicle.Tests.Serialization;

/// <summary>The Analysis JSON keeps the contract's type labels (DESIGN.md section 3) although the program holds
/// entity kinds as an enum: both source-generated writers, the reader, and the one label parser.</summary>
public class EntityKindJsonTests
{
    private static readonly (EntityKind Kind, string Label)[] Contract =
    [
        (EntityKind.Person, "PERSON"), (EntityKind.Org, "ORG"), (EntityKind.Gpe, "GPE"), (EntityKind.Loc, "LOC"),
        (EntityKind.Norp, "NORP"), (EntityKind.Event, "EVENT"), (EntityKind.Misc, "MISC"),
    ];

    [Fact]
    public void EveryKindHasItsContractLabelBothWays()
    {
        Assert.Equal(Enum.GetValues<EntityKind>().Length, Contract.Length);
        foreach (var (kind, label) in Contract)
        {
            Assert.Equal(label, kind.Label());
            Assert.True(EntityKinds.TryParse(label, out var parsed));
            Assert.Equal(kind, parsed);
        }
    }

    [Theory]
    [InlineData("person")]
    [InlineData("Person")]
    [InlineData("PER")]
    [InlineData("0")]
    [InlineData("")]
    public void LabelsOutsideTheContractAreRejected(string label)
    {
        Assert.False(EntityKinds.TryParse(label, out _));
        var e = Assert.Throws<FormatException>(() => EntityKinds.Parse(label));
        Assert.Contains("PERSON, ORG, GPE", e.Message);
    }

    [Fact]
    public void BothWritersWriteTheLabel()
    {
        var analysis = WithEntities(EntityKind.Person, EntityKind.Gpe, EntityKind.Norp);
        var buffered = AnalysisJson.Serialize(analysis);
        using var stream = new MemoryStream();
        AnalysisJson.Write(stream, analysis);
        var streamed = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Equal(buffered, streamed);
        Assert.Contains("\"name\":\"E1\",\"type\":\"PERSON\",", buffered);
        Assert.Contains("\"type\":\"GPE\"", buffered);
        Assert.Contains("\"type\":\"NORP\"", buffered);
    }

    [Fact]
    public void StoredJsonReadsBackToTheSameKinds()
    {
        var kinds = Enum.GetValues<EntityKind>();
        var json = AnalysisJson.Serialize(WithEntities(kinds));
        var back = AnalysisJson.Deserialize(json)!;
        Assert.Equal(kinds, back.Entities.Select(e => e.Type));
        Assert.Equal(json, AnalysisJson.Serialize(back));
    }

    [Theory]
    [InlineData("\"PERSONS\"", "unknown entity type \"PERSONS\"")]
    [InlineData("\"person\"", "unknown entity type \"person\"")]
    [InlineData("0", "entity type must be a string")]
    [InlineData("null", "entity type must be a string")]
    public void UnknownTypesInJsonAreRejected(string type, string message)
    {
        var json = AnalysisJson.Serialize(WithEntities(EntityKind.Person)).Replace("\"PERSON\"", type);
        var e = Assert.Throws<JsonException>(() => AnalysisJson.Deserialize(json));
        Assert.Contains(message, e.Message);
    }

    private static Analysis WithEntities(params EntityKind[] kinds) => new()
    {
        Language = "en",
        Models = new SortedDictionary<string, string>(StringComparer.Ordinal),
        Text = "",
        Sentences = [],
        Entities = kinds.Select((k, i) => new Entity { Id = "E" + (i + 1), Name = "E" + (i + 1), Type = k }).ToList(),
        Quotes = [],
        Dates = [],
        Quantities = [],
        Events = [],
        Framing = new Annotations.Framing(),
    };
}

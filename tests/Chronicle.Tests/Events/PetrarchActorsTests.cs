using Chronicle.Events;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Events;

/// <summary>The converted Phoenix actor dictionaries: the conversion keeps what the loader reads, and the shipped file
/// gives named people their dated codes, keeping the entity the name belongs to.</summary>
public class PetrarchActorsTests
{
    [Fact]
    public void ConversionDropsCommentsAndLoadsBackWithDates()
    {
        var dir = Directory.CreateTempSubdirectory("chronicle-actors-").FullName;
        try
        {
            var source = Path.Combine(dir, "mine.actors.txt");
            File.WriteAllLines(source, ["# a comment", "", "JANE_QUILL_  # invented", "+MINISTER_QUILL", "\t[XYZGOV 900101-991231]", "\t[XYZOPP]"]);
            var model = Path.Combine(dir, PetrarchActors.ModelFile);
            Assert.Equal(4, PetrarchActors.WriteModel([source], model));
            var dictionary = new ActorDictionary();
            Assert.True(PetrarchActors.TryLoad(dictionary, new ModelCatalog(dir)));
            var doc = new TokenizerComponent();
            var text = new Document("Jane Quill spoke.") { Language = "en" };
            doc.Process(text);
            Assert.True(dictionary.Actors.TryMatch(text, 0, text.Tokens.Length, out int end, out var entry));
            Assert.Equal(2, end);
            Assert.Equal("XYZGOV", entry.CodeAt(new DateOnly(1996, 8, 1)));
            Assert.Equal("XYZOPP", entry.CodeAt(new DateOnly(2005, 1, 1)));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void ShippedDictionaryCodesANamedLeaderAndKeepsHisEntity()
    {
        var doc = ChroniclePipeline.CreateDefault().Process(
            new Document("Yasser Arafat accused Israel of breaking its promises.", new DocumentMetadata { Published = new DateOnly(1996, 8, 26) }) { Language = "en" });
        var e = Assert.Single(doc.Events, x => x.Root == "11");
        Assert.Equal("PSEGOV", e.Source!.Code);
        Assert.NotNull(e.Source.Entity);
    }
}

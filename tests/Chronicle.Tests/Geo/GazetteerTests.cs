using Chronicle.Geo;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Geo;

public class GazetteerTests
{
    private static Gazetteer G => Gazetteer.Default ?? throw new InvalidOperationException("models/gazetteer-geonames.bin is missing (chronicle train gazetteer)");

    [Theory]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("Hakkâri", "hakkari")]
    [InlineData("Şırnak", "sirnak")]
    [InlineData("Al-Hasakah", "al hasakah")]
    [InlineData("Sana'a", "sanaa")]
    [InlineData("the  Gulf of Aden", "gulf of aden")]
    public void NamesFoldToOneKey(string name, string key) => Assert.Equal(key, GeoKey.Of(name));

    [Theory]
    [InlineData("Hakkari", "TUR")]
    [InlineData("Sirnak", "TUR")]
    [InlineData("Kiev", "UKR")]
    [InlineData("Fallujah", "IRQ")]
    [InlineData("Strait of Hormuz", "")]
    [InlineData("Texas", "USA")]
    [InlineData("Georgia", "GEO")]
    public void KnowsPlacesByTheirNewsSpelling(string name, string country)
    {
        var found = G.Find(name).ToArray();
        Assert.NotEmpty(found);
        Assert.Contains(found, e => G.Country(e) == country);
    }

    [Fact]
    public void AnUnknownNameFindsNothing() => Assert.True(G.Find("Zzyzxqwv").IsEmpty);

    [Fact]
    public void AmbiguousNamesListEveryPlaceOfThatName()
    {
        var paris = G.Find("Paris").ToArray();
        Assert.Contains(paris, e => G.Country(e) == "FRA" && G.IsCapital(e));
        Assert.Contains(paris, e => G.Country(e) == "USA" && G.Admin1(e) == "TX");
        var georgia = G.Find("Georgia").ToArray();
        Assert.Contains(georgia, e => G.Feature(e) == PlaceFeature.Country);
        Assert.Contains(georgia, e => G.Feature(e) == PlaceFeature.Region && G.Country(e) == "USA");
    }

    [Fact]
    public void ModelFileIsCompact()
    {
        var path = ModelCatalog.Default.Find(Gazetteer.ModelFile)!;
        Assert.True(new FileInfo(path).Length < 20_000_000);
        Assert.True(G.Count > 130_000);
    }
}

using Chronicle.Events;

namespace Chronicle.Tests.Events;

public class CameoCodeTests
{
    [Theory]
    [InlineData("19", "19", 19, '0')]
    [InlineData("190", "19", 19, '0')]
    [InlineData("0874", "08", 8, '7')]
    [InlineData("1951", "19", 19, '5')]
    public void ParseGivesRootAndThirdDigit(string text, string root, int rootNumber, char third)
    {
        var code = CameoCode.Parse(text);
        Assert.Equal((root, rootNumber, third), (code.Root, code.RootNumber, code.Third));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("19501")]
    [InlineData("0A1")]
    [InlineData("---")]
    [InlineData(null)]
    public void ParseRefusesWhatIsNoCameoShape(string? text)
    {
        Assert.False(CameoCode.TryParse(text, out _));
        if (text is not null) Assert.Throws<FormatException>(() => CameoCode.Parse(text));
    }

    [Fact]
    public void UserCodesAreCarriedUnvalidated()
    {
        // a user dictionary's own code keeps its text; it has no numeric root and belongs to no family
        var code = new CameoCode("X1");
        Assert.Equal("X1", code.ToString());
        Assert.Equal(-1, code.RootNumber);
        Assert.False(code.IsConflict);
        Assert.False(code.IsVerbal);
    }

    [Fact]
    public void FamiliesAreCodePrefixes()
    {
        var retreat = CameoCode.Parse("0874");
        Assert.True(retreat.IsUnder("087"));
        Assert.True(retreat.IsUnder(CameoCode.Parse("08")));
        Assert.True(retreat.IsUnder(retreat));
        Assert.False(CameoCode.Parse("087").IsUnder("0874"));
        Assert.False(CameoCode.Parse("180").IsUnder("08"));
        Assert.True(CameoCode.Parse("190").SharesRootWith(CameoCode.Parse("1951")));
        Assert.False(CameoCode.Parse("190").SharesRootWith(CameoCode.Parse("180")));
    }

    [Theory]
    [InlineData("010", false, true)]
    [InlineData("057", false, true)]
    [InlineData("0874", false, false)]
    [InlineData("112", false, true)]
    [InlineData("138", false, true)]
    [InlineData("145", true, false)]
    [InlineData("190", true, false)]
    [InlineData("204", true, false)]
    public void QuadClassFamilies(string text, bool conflict, bool verbal)
    {
        var code = CameoCode.Parse(text);
        Assert.Equal((conflict, verbal), (code.IsConflict, code.IsVerbal));
    }

    [Fact]
    public void RoundTripsToTheSameStringAndComparesByValue()
    {
        foreach (var entry in CameoCodebook.Default.Codes)
        {
            var code = CameoCode.Parse(entry.Code);
            Assert.Equal(entry.Code, code.ToString());
            Assert.Equal(entry.Code, code.Value);
            Assert.Equal(entry.Root, code.Root);
        }
        Assert.Equal(CameoCode.Parse("036"), new CameoCode("036"));
        Assert.True(CameoCode.Parse("036") == new CameoCode("036"));
        Assert.NotEqual(CameoCode.Parse("036"), CameoCode.Parse("0361"));
        Assert.Equal(CameoCode.Parse("036").GetHashCode(), new CameoCode("036").GetHashCode());
        Assert.Equal("", default(CameoCode).ToString());
    }
}

using Chronicle.Serialization;

namespace Chronicle.Tests.Serialization;

public class CodePointOffsetsTests
{
    [Fact]
    public void AstralCharactersCountAsOneCodePoint()
    {
        // "𝐀" (U+1D400) and "😀" (U+1F600) are two UTF-16 code units each, one code point each.
        const string text = "𝐀b 😀 Oslo";
        int oslo = text.IndexOf("Oslo", StringComparison.Ordinal);
        Assert.Equal(7, oslo);
        var json = $"{{\"text\":\"x\",\"entities\":[{{\"start\":{oslo},\"end\":{oslo + 4},\"head\":3}}],\"sentences\":[{{\"start\":0,\"end\":{text.Length}}}]}}";
        var converted = CodePointOffsets.Convert(json, text, indented: false);
        Assert.Contains("\"start\":5,\"end\":9,\"head\":3", converted);
        Assert.Contains("\"start\":0,\"end\":9}", converted);
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.Equal("Oslo", string.Concat(codePoints[5..9]));
    }

    [Fact]
    public void PlainTextOffsetsAreUnchanged()
    {
        Assert.Equal([0, 1, 2, 3], CodePointOffsets.CodePointIndex("abc"));
    }
}

using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class WellFormedTextTests
{
    // Attribute arguments cannot hold unpaired surrogates (metadata stores them as UTF-8), hence member data.
    public static TheoryData<string, string> Cases => new()
    {
        { "plain text", "plain text" },
        { "emoji \U0001F600 kept", "emoji \U0001F600 kept" },
        { "lone high \uD800 here", "lone high \uFFFD here" },
        { "lone low \uDC00 here", "lone low \uFFFD here" },
        { "cut pair at the end \uD83D", "cut pair at the end \uFFFD" },
        { "\uDC00\uD800 reversed halves", "\uFFFD\uFFFD reversed halves" },
        { "\U0001F600\uDC00\U0001F600", "\U0001F600\uFFFD\U0001F600" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void UnpairedSurrogatesBecomeTheReplacementCharacterAndNothingMoves(string input, string expected)
    {
        var result = WellFormedText.Of(input);
        Assert.Equal(expected, result);
        Assert.Equal(input.Length, result.Length);
    }

    [Fact]
    public void AWellFormedTextIsTheSameInstance()
    {
        var text = "no surrogates to mend \U0001F1EB\U0001F1F7";
        Assert.Same(text, WellFormedText.Of(text));
    }

    [Fact]
    public void TheDocumentHoldsTheMendedText() =>
        Assert.Equal("a \uFFFD b", new Document("a \uD800 b").Text);
}

using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("Troops left. Talks began.", "Troops left.|Talks began.")]
    [InlineData("Did they leave? Nobody knows! Maybe.", "Did they leave?|Nobody knows!|Maybe.")]
    [InlineData("“We will stay,” he said. “We must.”", "“We will stay,” he said.|“We must.”")]
    [InlineData("He said: “We will stay.” Then he left.", "He said: “We will stay.”|Then he left.")]
    [InlineData("“Is it over?” she asked.", "“Is it over?” she asked.")]
    [InlineData("\"It is over.\" The crowd cheered.", "\"It is over.\"|The crowd cheered.")]
    [InlineData("Gen. Smith arrived. He spoke.", "Gen. Smith arrived.|He spoke.")]
    [InlineData("Mr. Jones met Dr. Lee.", "Mr. Jones met Dr. Lee.")]
    [InlineData("It began on Aug. 28 in Kabul.", "It began on Aug. 28 in Kabul.")]
    [InlineData("They moved to the U.S. The move was quick.", "They moved to the U.S.|The move was quick.")]
    [InlineData("The U.S. Army left.", "The U.S. Army left.")]
    [InlineData("He works for Acme Inc. and lives in Ohio.", "He works for Acme Inc. and lives in Ohio.")]
    [InlineData("It cost 1.5 million. Then 2,800 more.", "It cost 1.5 million.|Then 2,800 more.")]
    [InlineData("He paused... Then he went on.", "He paused...|Then he went on.")]
    [InlineData("He paused... and went on.", "He paused... and went on.")]
    [InlineData("John F. Kennedy spoke.", "John F. Kennedy spoke.")]
    [InlineData("Headline Without Stop\nThe story begins here.", "Headline Without Stop|The story begins here.")]
    [InlineData("First paragraph ends\n\nsecond starts lower.", "First paragraph ends|second starts lower.")]
    [InlineData("a hard wrapped line that\ncontinues here.", "a hard wrapped line that\ncontinues here.")]
    [InlineData("The vote (held Monday.) passed. Next.", "The vote (held Monday.) passed.|Next.")]
    [InlineData("(They left.) Others stayed.", "(They left.)|Others stayed.")]
    [InlineData("No. 10 said so. It was clear.", "No. 10 said so.|It was clear.")]
    [InlineData("He said no. It was clear.", "He said no.|It was clear.")]
    [InlineData("At 9 a.m. the shelling began.", "At 9 a.m. the shelling began.")]
    [InlineData("Prices rose 3.5%. Markets fell.", "Prices rose 3.5%.|Markets fell.")]
    [InlineData("“Leave now.” “Never,” they said.", "“Leave now.”|“Never,” they said.")]
    [InlineData("It ended in 2019. 2020 was calmer.", "It ended in 2019.|2020 was calmer.")]
    [InlineData("* A footnote line.\nBody text.", "* A footnote line.|Body text.")]
    public void SplitsNewsSentences(string text, string expected) => Assert.Equal(expected.Split('|'), Sentences(text));

    [Fact]
    public void SentencesCoverEveryTokenOnceInOrder()
    {
        var text = "One. Two! “Three?” he asked.\nFour\n\nFive… six.";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        int next = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.Equal(tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.End);
            next = s.EndToken;
        }
        Assert.Equal(tokens.Length, next);
    }

    [Fact]
    public void NoTokensNoSentences() => Assert.Empty(SentenceSplitter.Split("", []));
}

using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class TokenizerTests
{
    private static string Split(string text) =>
        string.Join(" | ", Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]));

    [Theory]
    // quotes, curly and straight
    [InlineData("“We will stay,” he said.", "“ | We | will | stay | , | ” | he | said | .")]
    [InlineData("He said \"no\" twice.", "He | said | \" | no | \" | twice | .")]
    [InlineData("a «quoted» word", "a | « | quoted | » | word")]
    [InlineData("the ‘key partner’ line", "the | ‘ | key | partner | ’ | line")]
    [InlineData("'Fine,' she said.", "' | Fine | , | ' | she | said | .")]
    // abbreviations
    [InlineData("The U.S. and the U.N. met.", "The | U.S. | and | the | U.N. | met | .")]
    [InlineData("Gen. Mark Milley spoke.", "Gen. | Mark | Milley | spoke | .")]
    [InlineData("Mr. and Mrs. Smith", "Mr. | and | Mrs. | Smith")]
    [InlineData("on Jan. 6, 2021", "on | Jan. | 6 | , | 2021")]
    [InlineData("Aug. 28, 2021", "Aug. | 28 | , | 2021")]
    [InlineData("Sen. Warren and Rep. Cheney", "Sen. | Warren | and | Rep. | Cheney")]
    [InlineData("Acme Inc. rose", "Acme | Inc. | rose")]
    [InlineData("John F. Kennedy", "John | F. | Kennedy")]
    [InlineData("at 9 a.m. today", "at | 9 | a.m. | today")]
    [InlineData("No. 10 Downing St.", "No. | 10 | Downing | St.")]
    [InlineData("He said no.", "He | said | no | .")]
    [InlineData("apples, pears, etc. were sold", "apples | , | pears | , | etc. | were | sold")]
    [InlineData("Dr. Fauci", "Dr. | Fauci")]
    [InlineData("e.g. this", "e.g. | this")]
    // numbers
    [InlineData("over 2,800 soldiers", "over | 2,800 | soldiers")]
    [InlineData("1.5 million people", "1.5 | million | people")]
    [InlineData("in 1990-1991", "in | 1990-1991")]
    [InlineData("$3bn deal", "$ | 3bn | deal")]
    [InlineData("40% of voters", "40 | % | of | voters")]
    [InlineData("at 10:30 local time", "at | 10:30 | local | time")]
    [InlineData("the 1980s", "the | 1980s")]
    [InlineData("2,800, then 3,000.", "2,800 | , | then | 3,000 | .")]
    [InlineData("scored 3.", "scored | 3 | .")]
    [InlineData("1,2,3", "1 | , | 2 | , | 3")]
    [InlineData("-5 degrees", "- | 5 | degrees")]
    [InlineData("€2.5 billion", "€ | 2.5 | billion")]
    [InlineData("the 21st century", "the | 21st | century")]
    // hyphens and dashes
    [InlineData("Baghdad-allied militias", "Baghdad-allied | militias")]
    [InlineData("the US-led coalition", "the | US-led | coalition")]
    [InlineData("Mustafa al-Kadhemi", "Mustafa | al-Kadhemi")]
    [InlineData("intelligence-sharing role", "intelligence-sharing | role")]
    [InlineData("war — and peace", "war | — | and | peace")]
    [InlineData("war—and peace", "war | — | and | peace")]
    [InlineData("pages 10–12", "pages | 10 | – | 12")]
    [InlineData("pre- and post-war", "pre | - | and | post-war")]
    [InlineData("wait -- what", "wait | -- | what")]
    // possessives and clitics
    [InlineData("Iraq's parliament", "Iraq | 's | parliament")]
    [InlineData("Soleimani’s killing", "Soleimani | ’s | killing")]
    [InlineData("don't go", "do | n't | go")]
    [InlineData("We’ll see", "We | ’ll | see")]
    [InlineData("they're here", "they | 're | here")]
    [InlineData("O'Brien said", "O'Brien | said")]
    [InlineData("the troops' base", "the | troops | ' | base")]
    [InlineData("can't", "ca | n't")]
    [InlineData("I'm sure", "I | 'm | sure")]
    // ellipses and other punctuation
    [InlineData("wait... then", "wait | ... | then")]
    [InlineData("wait… then", "wait | … | then")]
    [InlineData("(AFP) -", "( | AFP | ) | -")]
    [InlineData("Really?!", "Really | ? | !")]
    [InlineData("a/b test", "a | / | b | test")]
    // web and social text
    [InlineData("see https://example.com/a?b=1.", "see | https://example.com/a?b=1 | .")]
    [InlineData("visit www.example.org today", "visit | www.example.org | today")]
    [InlineData("mail press@example.com now", "mail | press@example.com | now")]
    [InlineData("#Iraq trends @user", "#Iraq | trends | @user")]
    [InlineData("bbc.co.uk reported", "bbc.co.uk | reported")]
    [InlineData("said.The next", "said | . | The | next")]
    // whitespace oddities
    [InlineData("a\u00A0b", "a | b")]
    [InlineData("a\u200Bb c", "a | b | c")]
    [InlineData("line one\r\nline two", "line | one | line | two")]
    [InlineData("café naïve", "café | naïve")]
    [InlineData("emoji 😀 here", "emoji | 😀 | here")]
    public void SplitsNewsText(string text, string expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void QuoteKindsAreDecided()
    {
        var text = "He said \"yes\" and “no”.";
        var kinds = Tokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote).Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.OpenQuote, TokenKind.CloseQuote, TokenKind.OpenQuote, TokenKind.CloseQuote], kinds);
    }

    [Fact]
    public void NumbersAreMarked()
    {
        var text = "about 160 troops";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal(TokenKind.Word, tokens[2].Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void EmptyTextHasNoTokens(string text) => Assert.Empty(Tokenizer.Tokenize(text));

    [Fact]
    public void OffsetsMapBackToTheInputExactly()
    {
        var text = "“No matter what,” the French president said — on Saturday.\n\nIraq’s U.S.-backed forces (2,800) left… ‘quietly’.";
        var tokens = Tokenizer.Tokenize(text);
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= previousEnd && t.End > t.Start && t.End <= text.Length);
            Assert.True(text[previousEnd..t.Start].All(Tokenizer.IsSeparator), "only whitespace between tokens");
            previousEnd = t.End;
        }
        Assert.True(text[previousEnd..].All(Tokenizer.IsSeparator));
    }
}

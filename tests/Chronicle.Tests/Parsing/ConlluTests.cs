using Chronicle.Input;
using Chronicle.Parsing;

namespace Chronicle.Tests.Parsing;

public class ConlluTests
{
    internal static string FixturePath => Path.Combine(TestPaths.Root, "tests/Chronicle.Tests/Parsing/Fixtures/mini.conllu");

    [Fact]
    public void ReadsWordsAndSkipsRangesAndEmptyNodes()
    {
        var sentences = Conllu.Parse(File.ReadAllText(FixturePath), "mini");
        Assert.Equal(6, sentences.Count);
        var last = sentences[^1];
        Assert.Equal(["They", "wo", "n't", "go", "."], last.Forms);
        Assert.Equal([3, 3, 3, -1, 3], last.Heads);
        Assert.True(last.HasTree);
    }

    [Fact]
    public void WritingGoldHeadsBackReproducesTheFileExactly()
    {
        string text = File.ReadAllText(FixturePath);
        var writer = new StringWriter();
        foreach (var s in Conllu.Parse(text, "mini")) Conllu.Write(writer, s, s.Heads, s.Relations);
        Assert.Equal(text, writer.ToString());
    }

    [Fact]
    public void ParseKeepsEveryLineButHeadAndRelation()
    {
        string text = File.ReadAllText(FixturePath);
        var sentences = Conllu.Parse(text, "mini");
        var parser = ParserTests.TrainTiny(seed: 3);
        var output = new StringWriter();
        ConlluParsing.ParseAll(parser, sentences, output);
        var inLines = text.Split('\n');
        var outLines = output.ToString().Split('\n');
        Assert.Equal(inLines.Length, outLines.Length);
        int roots = 0;
        for (int i = 0; i < inLines.Length; i++)
        {
            var a = inLines[i].Split('\t');
            var b = outLines[i].Split('\t');
            if (a.Length != 10 || a[0].Contains('-') || a[0].Contains('.')) { Assert.Equal(inLines[i], outLines[i]); continue; }
            Assert.Equal(a.Take(6), b.Take(6));
            Assert.Equal(a.Skip(8), b.Skip(8));
            Assert.True(int.TryParse(b[6], out int head));
            Assert.NotEqual(int.Parse(a[0]), head);
            if (head == 0) { roots++; Assert.Equal("root", b[7]); }
            else Assert.NotEqual("root", b[7]);
        }
        Assert.Equal(sentences.Count, roots);
    }

    [Theory]
    [InlineData("1\tA\ta\tX\tX\t_\t0\troot\t_\n\n", "expected 10 tab-separated columns")]
    [InlineData("2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n", "out of sequence")]
    [InlineData("1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n\n", "outside 0..1")]
    public void MalformedInputIsReportedWithItsLine(string text, string problem)
    {
        var e = Assert.Throws<InputException>(() => Conllu.Parse(text, "bad.conllu"));
        Assert.Contains(problem, e.Problem);
        Assert.Equal("bad.conllu", e.Input);
    }
}

using System.Text.Json;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

public class AnalyzeTests
{
    [Fact]
    public void WritesAnalysisJsonWithRoundTrippingOffsets()
    {
        using var dir = new Paths.TempDir();
        var path = dir.File("story.txt");
        var text = "Ministers met in Oslo on Tuesday.\n“We agreed,” one said.\n\nTalks resume in May.";
        File.WriteAllText(path, text);
        var result = CliRunner.Run("analyze", path, "--published", "2024-03-14", "--title", "Talks");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("story", root.GetProperty("id").GetString());
        Assert.Equal("Talks", root.GetProperty("title").GetString());
        Assert.Equal("2024-03-14", root.GetProperty("published").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal(text, root.GetProperty("text").GetString());
        var sentences = root.GetProperty("sentences").EnumerateArray()
            .Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]).ToArray();
        Assert.Equal(["Ministers met in Oslo on Tuesday.", "“We agreed,” one said.", "Talks resume in May."], sentences);
        foreach (var section in new[] { "entities", "quotes", "dates", "quantities", "events" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(section).ValueKind);
    }

    [Fact]
    public void JsonLinesKeepOrderAndIds()
    {
        var input = "{\"id\": \"x2\", \"text\": \"Second story here.\"}\n{\"id\": 7, \"text\": \"Third one.\", \"published\": \"2021-08-29\"}\n";
        var result = CliRunner.RunWithInput(input, "analyze", "--jsonl", "-");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("x2", JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetString());
        Assert.Equal("7", JsonDocument.Parse(lines[1]).RootElement.GetProperty("id").GetString());
        Assert.Equal("2021-08-29", JsonDocument.Parse(lines[1]).RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        // the repository's own example article, so the check runs without ../shared
        var article = Path.Combine(Paths.RepoRoot, "examples", "demo-article.txt");
        var first = CliRunner.Run("analyze", article, "--published", "2024-03-14");
        var second = CliRunner.Run("analyze", article, "--published", "2024-03-14");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void NonEnglishDocumentIsReportedAndSkipped()
    {
        var input = "{\"id\": \"fr\", \"text\": \"Le président a annoncé samedi que les troupes françaises resteront en Irak pour combattre le terrorisme.\"}\n";
        var result = CliRunner.RunWithInput(input, "analyze", "--jsonl", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("fr", JsonDocument.Parse(result.Stdout).RootElement.GetProperty("language").GetString());
        Assert.Contains("not English", result.Stderr);
    }
}

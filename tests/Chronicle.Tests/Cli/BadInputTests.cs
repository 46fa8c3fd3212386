using System.Text;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

/// <summary>Every bad input gets one line "chronicle: &lt;input&gt;: &lt;problem&gt;" and a non-zero exit.</summary>
public class BadInputTests
{
    private static void AssertOneLineError(CliRunner.Result result, string input, string problemFragment)
    {
        Assert.NotEqual(0, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, result.Stderr);
        Assert.StartsWith($"chronicle: {input}: ", lines[0]);
        Assert.Contains(problemFragment, lines[0]);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void MissingFile()
    {
        using var dir = new Paths.TempDir();
        var path = dir.File("nope.txt");
        AssertOneLineError(CliRunner.Run("analyze", path), path, "no such file");
    }

    [Fact]
    public void Directory()
    {
        using var dir = new Paths.TempDir();
        AssertOneLineError(CliRunner.Run("analyze", dir.Path), dir.Path, "is a directory");
    }

    [Fact]
    public void BinaryFile()
    {
        using var dir = new Paths.TempDir();
        var path = dir.File("image.png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        AssertOneLineError(CliRunner.Run("analyze", path), path, "binary");
    }

    [Fact]
    public void InvalidUtf8()
    {
        using var dir = new Paths.TempDir();
        var path = dir.File("latin1.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Le caf\u00e9 est ferm\u00e9 depuis lundi."));
        AssertOneLineError(CliRunner.Run("analyze", path), path, "invalid UTF-8 at byte 6");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n\t ")]
    public void EmptyFile(string content)
    {
        using var dir = new Paths.TempDir();
        var path = dir.File("empty.txt");
        File.WriteAllText(path, content);
        AssertOneLineError(CliRunner.Run("analyze", path), path, "empty input");
    }

    [Fact]
    public void FileOverTheSizeLimit()
    {
        using var dir = new Paths.TempDir();
        var path = dir.File("big.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("The talks went on. ", 200)));
        AssertOneLineError(CliRunner.Run("analyze", path, "--max-size", "1000"), path, "over the 1000 B limit");
    }

    [Fact]
    public void BenchOnAFolderWithoutDocuments()
    {
        using var dir = new Paths.TempDir();
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(dir.Path, "text"));
        AssertOneLineError(CliRunner.Run("bench", dir.Path), dir.Path, "no documents to measure");
    }

    [Fact]
    public void BadPublishedDate()
    {
        using var dir = new Paths.TempDir();
        var path = dir.File("a.txt");
        File.WriteAllText(path, "The talks ended on Monday.");
        AssertOneLineError(CliRunner.Run("analyze", path, "--published", "29/08/2021"), "--published", "not YYYY-MM-DD");
    }

    [Fact]
    public void MalformedJsonLinesReportLineNumbersAndTheBatchGoesOn()
    {
        var input = string.Join("\n",
            "{\"id\": \"a\", \"text\": \"The ministers met on Monday.\"}",
            "{\"id\": \"b\", \"text\": \"unterminated",
            "[1, 2]",
            "{\"text\": \"no id here\"}",
            "{\"id\": \"e\"}",
            "{\"id\": \"f\", \"text\": \"Talks resumed in Geneva.\", \"published\": \"2024-02-30\"}",
            "{\"id\": \"g\", \"text\": \"Talks resumed in Geneva.\"}") + "\n";
        var result = CliRunner.RunWithInput(input, "analyze", "--jsonl", "-");
        Assert.Equal(1, result.ExitCode);
        var outputIds = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(new string?[] { "a", "g" }, outputIds);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, e => e.StartsWith("chronicle: - line 2: malformed JSON"));
        Assert.Contains(errors, e => e.StartsWith("chronicle: - line 3: expected a JSON object"));
        Assert.Contains(errors, e => e.StartsWith("chronicle: - line 4: missing \"id\""));
        Assert.Contains(errors, e => e.StartsWith("chronicle: - line 5: record \"e\" has neither"));
        Assert.Contains(errors, e => e.StartsWith("chronicle: - line 6: published date"));
        Assert.Contains(errors, e => e == "chronicle: -: 5 of 7 lines failed");
    }

    [Fact]
    public void InvalidUtf8InJsonLinesStopsWithTheLineNumber()
    {
        using var dir = new Paths.TempDir();
        var path = dir.File("in.jsonl");
        var good = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"Talks resumed.\"}\n");
        var bad = Encoding.Latin1.GetBytes("{\"id\": \"b\", \"text\": \"caf\u00e9\"}\n");
        File.WriteAllBytes(path, [.. good, .. bad]);
        var result = CliRunner.Run("analyze", "--jsonl", path);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("invalid UTF-8", result.Stderr);
    }

    [Fact]
    public void ReservedVerbsSayNotAvailable()
    {
        var result = CliRunner.Run("serve");
        if (result.Stderr.Contains("not available yet")) Assert.Equal(3, result.ExitCode);
    }
}

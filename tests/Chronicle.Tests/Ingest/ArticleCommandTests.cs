using System.Text.Json;
using Chronicle.Cli;

namespace Chronicle.Tests.Ingest;

/// <summary>The <c>chronicle article</c> contract of DESIGN.md section 2, through the real entry point.</summary>
public class ArticleCommandTests
{
    [Fact]
    public void OnePageGivesTheContractObject()
    {
        var dir = TestPages.TempDirectory();
        var page = Path.Combine(dir, "pier.html");
        File.WriteAllText(page, TestPages.NewsPage(headExtra: "<meta name=\"pubdate\" content=\"20230509\">"));
        var output = Path.Combine(dir, "out.json");
        Assert.Equal(0, Program.Main(["article", page, "--out", output]));
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal(["id", "title", "text", "published", "author", "site"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Northern pier to close for repairs", root.GetProperty("title").GetString());
        Assert.Equal(3, root.GetProperty("text").GetString()!.Split('\n').Length);
        Assert.Equal("Mara Lindqvist", root.GetProperty("author").GetString());
        Assert.Equal("Valdoria Courier", root.GetProperty("site").GetString());
    }

    [Fact]
    public void JsonLinesKeepOrderAndIdsAndReportBadLines()
    {
        var dir = TestPages.TempDirectory();
        var input = Path.Combine(dir, "in.jsonl");
        var page = JsonSerializer.Serialize(TestPages.NewsPage());
        File.WriteAllLines(input, [
            $"{{\"id\":\"p1\",\"html\":{page},\"url\":\"https://courier.example/2023/05/09/pier\"}}",
            "{\"id\":\"p2\",\"html\":\"<html><body><nav>Home</nav></body></html>\"}",
            "{broken",
        ]);
        var output = Path.Combine(dir, "out.jsonl");
        Assert.Equal(1, Program.Main(["article", "--jsonl", input, "--out", output]));
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["p1", "p2"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("2023-05-09", lines[0].GetProperty("published").GetString());
        Assert.Equal("", lines[1].GetProperty("text").GetString());
    }

    [Fact]
    public void MissingFileIsABadInputExit() =>
        Assert.Equal(1, Program.Main(["article", Path.Combine(TestPages.TempDirectory(), "missing.html")]));
}

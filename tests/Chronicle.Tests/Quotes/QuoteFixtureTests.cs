using System.Diagnostics;
using System.Text.Json;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Tests.Quotes;

/// <summary>Chronicle's own quote and entity test set (Fixtures/quotes: passages written for it, with gold files in
/// the golden format), scored with the shared scorer ../shared/eval/score_analysis.py.</summary>
public class QuoteFixtureTests
{
    private static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures", "quotes");

    private static string? FindScorer()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "eval", "score_analysis.py");
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }

    [Fact]
    public void FixtureSetIsLargeEnough()
    {
        var golds = Directory.GetFiles(FixtureDir, "*.gold.json");
        Assert.True(golds.Length >= 15);
        int quotes = 0, entities = 0;
        foreach (var g in golds)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(g));
            quotes += json.RootElement.GetProperty("quotes").GetArrayLength();
            entities += json.RootElement.GetProperty("entities").EnumerateArray().Count(e => e.GetProperty("mentions").GetArrayLength() >= 2);
        }
        Assert.True(quotes >= 40, $"{quotes} quotes");
        Assert.True(entities >= 30, $"{entities} entities with variant mentions");
    }

    [SharedFact("eval/score_analysis.py")]
    public void QuotesAndSpeakersMeetTheBar()
    {
        var scorer = FindScorer();
        Assert.True(scorer is not null, "../shared/eval/score_analysis.py not found");
        var pipeline = ChroniclePipeline.CreateDefault();
        var outDir = Directory.CreateTempSubdirectory("chronicle-quotes-");
        var args = new List<string> { scorer!, "--json", "--pairs" };
        foreach (var gold in Directory.GetFiles(FixtureDir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(gold)[..^".gold.json".Length];
            var text = File.ReadAllText(Path.Combine(FixtureDir, id + ".txt"));
            var doc = pipeline.Process(new Document(text, new DocumentMetadata { Id = id }));
            var predPath = Path.Combine(outDir.FullName, id + ".json");
            File.WriteAllText(predPath, AnalysisJson.Serialize(Analysis.From(doc)));
            args.Add(gold);
            args.Add(predPath);
        }
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        outDir.Delete(recursive: true);
        var jsonText = output[..(output.LastIndexOf('}') + 1)];
        using var figures = JsonDocument.Parse(jsonText);
        double f1 = figures.RootElement.GetProperty("quote_f1").GetDouble();
        double speakers = figures.RootElement.GetProperty("speaker_accuracy").GetDouble();
        double coverage = figures.RootElement.GetProperty("mention_coverage").GetDouble();
        Assert.True(f1 >= 0.95, $"quote F1 {f1:F3}");
        Assert.True(speakers >= 0.95, $"speaker accuracy {speakers:F3}");
        Assert.True(coverage >= 0.9, $"mention coverage {coverage:F3}");
    }
}

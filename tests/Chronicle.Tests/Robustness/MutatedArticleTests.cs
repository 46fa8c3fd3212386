using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Tests.Support;
using Chronicle.Text;
using Xunit.Abstractions;

namespace Chronicle.Tests.Robustness;

/// <summary>
/// The fuzz suite: damaged copies of the repository's own articles (<see cref="ArticleMutator"/>) go through
/// every component of the default pipeline, tokens and parse included. A case passes when no component
/// throws (the pipeline would record it in <c>errors</c>), the Analysis JSON serializes and converts to code
/// points, and every <c>start</c>/<c>end</c> lies inside the text, splits no surrogate pair and, where the
/// item carries its <c>text</c>, points at exactly those characters.
/// CHRONICLE_FUZZ_CASES raises the number of cases (docs/contracts.md gives the figures of a long run).
/// </summary>
public class MutatedArticleTests(ITestOutputHelper output)
{
    private const int DefaultCases = 300;

    [Fact]
    public void DamagedArticlesKeepEveryLayerAndEveryOffset()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("CHRONICLE_FUZZ_CASES"), out int n) && n > 0 ? n : DefaultCases;
        var mutator = new ArticleMutator(CleanArticles());
        var analyzer = new Analyzer(ChroniclePipeline.CreateDefault());
        var metadata = new DocumentMetadata { Id = "fuzz", Published = new DateOnly(2021, 5, 1) };
        int rejected = 0, exceptions = 0, componentErrors = 0, offsetFaults = 0, offsetsChecked = 0;
        var failures = new List<string>();

        for (int number = 0; number < cases; number++)
        {
            var (text, mutations) = mutator.Case(number);
            string label = $"case {number} ({string.Join('+', mutations)}, {text.Length} chars)";
            try
            {
                var analysis = analyzer.AnalyzeToJson("fuzz", text, metadata, withTokens: true);
                foreach (var error in analysis.Errors ?? [])
                {
                    componentErrors++;
                    failures.Add($"{label}: component '{error.Component}' failed: {error.Message}");
                }
                var json = AnalysisJson.Serialize(analysis);
                CodePointOffsets.Convert(json, analysis.Text, indented: false);
                foreach (var fault in OffsetFaults(JsonNode.Parse(json)!, analysis.Text, ref offsetsChecked))
                {
                    offsetFaults++;
                    failures.Add($"{label}: {fault}");
                }
            }
            catch (InputException)
            {
                rejected++; // a clean one-line refusal (e.g. markup with no article in it) is an answer, not a crash
            }
            catch (Exception e)
            {
                exceptions++;
                failures.Add($"{label}: {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"fuzz: cases {cases}, rejected as input errors {rejected}, exceptions {exceptions}, component errors {componentErrors}, offsets checked {offsetsChecked}, offset faults {offsetFaults}");
        foreach (var failure in failures.Take(30)) output.WriteLine(failure);
        Assert.True(failures.Count == 0, $"{failures.Count} failures; first: {failures.FirstOrDefault()}");
        Assert.True(offsetsChecked > cases, "the suite checked almost no offsets: the pipeline produced nothing");
    }

    [Fact]
    public void TheSameCaseNumberGivesTheSameArticle()
    {
        var mutator = new ArticleMutator(CleanArticles());
        Assert.Equal(mutator.Case(17), mutator.Case(17), CaseComparer.Instance);
        Assert.Contains(Enumerable.Range(0, 50), i => mutator.Case(i).Text != mutator.Case(i + 1).Text);
    }

    [Theory]
    [InlineData("non-ascii-digits")]
    [InlineData("truncation")]
    [InlineData("lone-surrogates")]
    public void EveryMutationIsExercised(string name) =>
        Assert.Contains(Enumerable.Range(0, DefaultCases), i => new ArticleMutator(CleanArticles()).Case(i).Mutations.Contains(name));

    /// <summary>Every object with integer start and end in the Analysis JSON is an offset pair into the text.</summary>
    private static IEnumerable<string> OffsetFaults(JsonNode root, string text, ref int checkedCount)
    {
        var faults = new List<string>();
        int count = 0;
        Walk(root, "$");
        checkedCount += count;
        return faults;

        void Walk(JsonNode? node, string path)
        {
            if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]");
                return;
            }
            if (node is not JsonObject obj) return;
            if (obj["start"] is JsonValue s && s.TryGetValue(out int start) && obj["end"] is JsonValue e && e.TryGetValue(out int end))
            {
                count++;
                if (start < 0 || end < start || end > text.Length)
                    faults.Add($"{path}: offsets {start}-{end} outside the text of {text.Length} chars");
                else if (SplitsPair(text, start) || SplitsPair(text, end))
                    faults.Add($"{path}: offsets {start}-{end} split a surrogate pair");
                else if (obj["text"] is JsonValue t && t.TryGetValue(out string? said) && said != text[start..end])
                    faults.Add($"{path}: text \"{Shorten(said)}\" but offsets {start}-{end} hold \"{Shorten(text[start..end])}\"");
            }
            foreach (var (key, child) in obj) Walk(child, $"{path}.{key}");
        }
    }

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    /// <summary>Articles written for this repository: the demo article, the demo corpus and the quote fixtures.</summary>
    private static List<string> CleanArticles()
    {
        var articles = new List<string> { File.ReadAllText(Path.Combine(Paths.RepoRoot, "examples", "demo-article.txt")) };
        foreach (var line in File.ReadLines(Path.Combine(Paths.RepoRoot, "examples", "demo-corpus", "articles.jsonl")))
            if (JsonDocument.Parse(line).RootElement.TryGetProperty("text", out var body)) articles.Add(body.GetString()!);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Paths.RepoRoot, "tests", "Chronicle.Tests", "Fixtures", "quotes"), "*.txt").Order(StringComparer.Ordinal))
            articles.Add(File.ReadAllText(file, Encoding.UTF8));
        return articles;
    }

    private sealed class CaseComparer : IEqualityComparer<(string Text, string[] Mutations)>
    {
        public static readonly CaseComparer Instance = new();
        public bool Equals((string Text, string[] Mutations) x, (string Text, string[] Mutations) y) =>
            x.Text == y.Text && x.Mutations.SequenceEqual(y.Mutations);
        public int GetHashCode((string Text, string[] Mutations) c) => c.Text.GetHashCode();
    }
}

using Xunit.Abstractions;
using System.Text.Json;
using Chronicle.Ingest.Dedup;

namespace Chronicle.Tests.Ingest;

public class DuplicateDetectorTests(ITestOutputHelper output)
{
    private static readonly string Story = string.Join("\n", TestPages.FirstParagraph, TestPages.SecondParagraph, TestPages.ThirdParagraph,
        "The mayor said the town would ask the national government for help with the cost of the repairs, which engineers put at four million crowns.",
        "Fishermen who moor at the northern pier will be offered places in the marina until the work is finished, the authority said.");

    [Fact]
    public void ExactCopyIgnoresCaseWhitespaceAndPunctuation()
    {
        var detector = new DuplicateDetector();
        Assert.Null(detector.Check("a", Story));
        var copy = detector.Check("b", "  " + Story.ToUpperInvariant().Replace("\n", "\n\n").Replace(",", " ;"));
        Assert.Equal(new DuplicateMatch("a", "exact", 1.0), copy);
    }

    [Fact]
    public void NearCopyWithAFewChangedWordsIsLinkedToTheFirst()
    {
        var detector = new DuplicateDetector();
        Assert.Null(detector.Check("a", Story));
        var edited = Story.Replace("four million", "five million").Replace("Tuesday", "Wednesday") + "\nRead more stories from the harbour.";
        var match = detector.Check("b", edited);
        Assert.NotNull(match);
        Assert.Equal("a", match.FirstId);
        Assert.Equal("near", match.Kind);
    }

    [Fact]
    public void DifferentStoriesAreNotDuplicates()
    {
        var detector = new DuplicateDetector();
        Assert.Null(detector.Check("a", Story));
        Assert.Null(detector.Check("b", string.Join(" ", Enumerable.Repeat("The council voted on Monday to build a new library beside the station, after a debate that lasted six hours.", 8))));
        Assert.Null(detector.Check("c", "Short note."));
    }

    /// <summary>The false-positive measurement of docs/ingest.md: the 91 distinct development articles,
    /// every pair compared; none may be within the near-duplicate distance.</summary>
    [SharedFact("data/article-extraction")]
    public void NoFalsePositivesAmongDistinctDevelopmentArticles()
    {
        var dir = TestPages.SharedData("article-extraction");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "ground-truth.json")));
        var texts = truth.RootElement.EnumerateObject().Select(p => p.Value.GetProperty("articleBody").GetString()!).ToList();
        var signatures = texts.Select(t => DuplicateDetector.MinHash(DuplicateDetector.Words(t))).ToList();
        double closest = 0;
        for (int i = 0; i < signatures.Count; i++)
            for (int j = i + 1; j < signatures.Count; j++)
                closest = Math.Max(closest, DuplicateDetector.Similarity(signatures[i], signatures[j]));
        Assert.True(closest < DuplicateDetector.NearSimilarity / 2, $"most similar distinct pair at {closest:0.000}");
        var detector = new DuplicateDetector();
        for (int i = 0; i < texts.Count; i++) Assert.Null(detector.Check(i.ToString(), texts[i]));

        // Edited copies: every 40th word replaced and a line of furniture added (about 8% of shingles changed).
        int found = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            var words = texts[i].Split(' ');
            for (int w = 20; w < words.Length; w += 40) words[w] = "edited";
            if (detector.Check("copy" + i, string.Join(' ', words) + "\nShare this story with your friends.") is { FirstId: var firstId } && firstId == i.ToString()) found++;
        }
        output.WriteLine($"most similar distinct pair {closest:0.000}; edited copies found {found}/{texts.Count}");
        Assert.True(found >= texts.Count * 9 / 10, $"edited copies found {found}/{texts.Count}");
    }
}

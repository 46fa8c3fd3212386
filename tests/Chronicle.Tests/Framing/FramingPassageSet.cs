using Chronicle.Annotations;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Framing;

/// <summary>One expected flag of the passage set: a loaded term (with category and voice) or a source marker.</summary>
public sealed record ExpectedFlag(string Kind, int Start, int End, string Text, string Category, string? Voice);

public sealed record FramingPassage(string Id, string Style, string Text, List<ExpectedFlag> Expected);

/// <summary>Reads tests/Chronicle.Tests/Fixtures/framing/passages.txt (format in its header) and
/// scores predicted flags against it.</summary>
public static class FramingPassageSet
{
    public static string FilePath => Path.Combine(Paths.RepoRoot, "tests", "Chronicle.Tests", "Fixtures", "framing", "passages.txt");

    public static List<FramingPassage> Load()
    {
        var passages = new List<FramingPassage>();
        string? id = null, style = null;
        var text = new List<string>();
        var expectLines = new List<string>();
        bool inExpect = false;
        void Flush()
        {
            if (id is null) return;
            var body = string.Join("\n", text).Trim('\n');
            passages.Add(new FramingPassage(id, style!, body, expectLines.Select(l => ParseExpected(id, body, l)).ToList()));
        }
        foreach (var line in File.ReadLines(FilePath))
        {
            if (line.StartsWith("=== "))
            {
                Flush();
                var parts = line[4..].Split('|', 2, StringSplitOptions.TrimEntries);
                (id, style, inExpect) = (parts[0], parts[1], false);
                text.Clear(); expectLines.Clear();
            }
            else if (id is null || line.StartsWith('#') && !inExpect && text.Count == 0) continue;
            else if (line == "--- expect") inExpect = true;
            else if (inExpect) { if (line.Trim().Length > 0) expectLines.Add(line); }
            else text.Add(line);
        }
        Flush();
        return passages;
    }

    private static ExpectedFlag ParseExpected(string id, string body, string line)
    {
        var f = line.Split('|', StringSplitOptions.TrimEntries);
        int start = body.IndexOf(f[1], StringComparison.Ordinal);
        if (start < 0) throw new InvalidDataException($"{id}: expected text '{f[1]}' is not in the passage");
        return f[0] switch
        {
            "loaded" when f.Length == 4 => new ExpectedFlag("loaded", start, start + f[1].Length, f[1], f[2], f[3]),
            "marker" when f.Length == 3 => new ExpectedFlag("marker", start, start + f[1].Length, f[1], f[2], null),
            _ => throw new InvalidDataException($"{id}: bad expect line '{line}'"),
        };
    }

    /// <summary>Scores one passage: a prediction matches an expected flag of the same kind whose span
    /// it overlaps and, for loaded terms, whose voice it has. Category agreement is counted apart.</summary>
    public static PassageScore Score(FramingPassage passage, Chronicle.Annotations.Framing predicted)
    {
        var predictions = predicted.LoadedTerms.Select(f => ("loaded", f)).Concat(predicted.SourceMarkers.Select(f => ("marker", f))).ToList();
        var matchedExpected = new HashSet<ExpectedFlag>();
        var falsePositives = new List<string>();
        int categoryAgree = 0;
        foreach (var (kind, flag) in predictions)
        {
            var match = passage.Expected.FirstOrDefault(e => e.Kind == kind && !matchedExpected.Contains(e)
                && e.Start < flag.End && flag.Start < e.End && (e.Voice is null || e.Voice == flag.Voice));
            if (match is null) { falsePositives.Add($"{passage.Id}: unexpected {kind} '{flag.Text}' ({flag.Category}, {flag.Voice})"); continue; }
            matchedExpected.Add(match);
            if (match.Category == flag.Category) categoryAgree++;
        }
        var misses = passage.Expected.Where(e => !matchedExpected.Contains(e))
            .Select(e => $"{passage.Id}: missed {e.Kind} '{e.Text}' ({e.Category}, {e.Voice})").ToList();
        return new PassageScore(predictions.Count, passage.Expected.Count, matchedExpected.Count, categoryAgree, falsePositives, misses);
    }
}

public sealed record PassageScore(int Predicted, int Expected, int Matched, int CategoryAgree, List<string> FalsePositives, List<string> Misses);

using System.Text;
using System.Text.Json;
using Chronicle.Input;
using Chronicle.Serialization;

namespace Chronicle.Ingest.Sinks;

/// <summary>
/// Writes analyses as JSON Lines (one Analysis JSON object a line, in the order stored). Duplicates
/// go to a separate JSON Lines file beside it (<c>OUT.duplicates.jsonl</c>: id, duplicate_of, kind,
/// url), so that every line of the main file stays an Analysis. Writing to standard output keeps no
/// duplicate file; the run's summary still lists them.
/// </summary>
public sealed class JsonlAnalysisSink : IAnalysisSink
{
    private readonly TextWriter _analyses;
    private readonly TextWriter? _duplicates;

    public JsonlAnalysisSink(TextWriter analyses, TextWriter? duplicates)
    {
        _analyses = analyses;
        _duplicates = duplicates;
    }

    /// <summary>Opens OUT (and OUT.duplicates.jsonl); null or "-" means standard output.</summary>
    public static JsonlAnalysisSink Open(string? path)
    {
        var utf8 = new UTF8Encoding(false);
        if (path is null or "-")
            return new JsonlAnalysisSink(new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { NewLine = "\n" }, null);
        try
        {
            return new JsonlAnalysisSink(new StreamWriter(path, false, utf8, 1 << 16) { NewLine = "\n" },
                new StreamWriter(DuplicatesPath(path), false, utf8) { NewLine = "\n" });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"cannot write output ({e.Message})");
        }
    }

    public static string DuplicatesPath(string path) =>
        (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? path[..^6] : path) + ".duplicates.jsonl";

    public void Store(Analysis analysis) => _analyses.WriteLine(AnalysisJson.Serialize(analysis));

    public void StoreDuplicate(string id, string duplicateOfId, string kind, string? url)
    {
        if (_duplicates is null) return;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("duplicate_of", duplicateOfId);
            json.WriteString("kind", kind);
            if (url is not null) json.WriteString("url", url);
            json.WriteEndObject();
        }
        _duplicates.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public void Dispose()
    {
        _analyses.Dispose();
        _duplicates?.Dispose();
    }
}

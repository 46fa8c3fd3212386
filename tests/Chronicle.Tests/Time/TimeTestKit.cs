using System.Globalization;
using Chronicle.Annotations;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Time;

/// <summary>Runs the default pipeline on a sentence and finds expressions by their text.</summary>
internal static class TimeTestKit
{
    private static readonly DocumentPipeline Pipeline = ChroniclePipeline.CreateDefault();

    public static Document Analyze(string text, string? published)
    {
        var metadata = new DocumentMetadata
        {
            Published = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return Pipeline.Process(new Document(text, metadata));
    }

    public static TimeExpression Date(Document doc, string text)
    {
        var found = doc.Dates.FirstOrDefault(d => d.Text == text);
        Assert.True(found is not null, $"no date \"{text}\" in [{string.Join(", ", doc.Dates.Select(d => $"{d.Text}={d.Value}"))}]");
        Assert.Equal(text, doc.Text[found.Start..found.End]);
        return found;
    }
}

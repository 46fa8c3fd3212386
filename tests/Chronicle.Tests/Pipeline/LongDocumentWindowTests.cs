using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tests.Pipeline;

public sealed class LongDocumentWindowTests
{
    private const string Part =
        "Prime Minister Anna Kowalski met President Omar Haddad in Warsaw on Monday. " +
        "\"We agreed to reopen the border crossings,\" Kowalski told reporters after the talks. " +
        "Police said 12 people were injured in protests outside the palace. ";

    [Fact]
    public void WindowsCoverTheTextInOrderAndCutAfterSentenceEnds()
    {
        string text = string.Concat(Enumerable.Repeat(Part, 20));
        var windows = TextWindows.Split(text, 1000);
        Assert.Equal(0, windows[0].Start);
        Assert.Equal(text.Length, windows[^1].End);
        for (int i = 0; i < windows.Count; i++)
        {
            Assert.True(windows[i].End - windows[i].Start <= 1000);
            if (i > 0) Assert.Equal(windows[i - 1].End, windows[i].Start);
            if (i < windows.Count - 1) Assert.Contains(text[windows[i].End - 1], ".!?");
        }
    }

    [Fact]
    public void ACutNeverSplitsASurrogatePair()
    {
        string text = string.Concat(Enumerable.Repeat("\U0001F600", 100));
        foreach (var (start, end) in TextWindows.Split(text, 51))
            Assert.False(char.IsLowSurrogate(text[start]), $"window starts inside a pair at {start}");
    }

    [Fact]
    public void AWindowedTextKeepsOffsetsIdsAndOneEntityPerName()
    {
        string text = string.Concat(Enumerable.Repeat(Part, 6));
        var pipeline = ChroniclePipeline.CreateDefault().WithWindowChars(Part.Length + 20);
        var doc = pipeline.Process(new Document(text, new DocumentMetadata { Published = new DateOnly(2024, 5, 6) }));
        Assert.Contains(doc.Notes, n => n.Contains("windows"));
        foreach (var e in doc.Entities)
            foreach (var m in e.Mentions) Assert.Equal(m.Text, text[m.Start..m.End]);
        Assert.Single(doc.Entities, e => e.Name.Contains("Kowalski"));
        Assert.Equal(doc.Entities.Count, doc.Entities.Select(e => e.Id).Distinct().Count());
        var ids = doc.Entities.Select(e => e.Id).ToHashSet();
        Assert.Equal(6, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal(q.Text, text[q.Start..q.End]));
        Assert.All(doc.Quotes.Where(q => q.Speaker is not null), q => Assert.Contains(q.Speaker!, ids));
        Assert.Equal(doc.Events.Count, doc.Events.Select(e => e.Id).Distinct().Count());
        Assert.All(doc.Events, e => Assert.Equal(e.Trigger.Text, text[e.Trigger.Start..e.Trigger.End]));
        Assert.All(doc.Dates, d => Assert.Equal(d.Text, text[d.Start..d.End]));
        Assert.True(doc.Tokens.Zip(doc.Tokens.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }
}

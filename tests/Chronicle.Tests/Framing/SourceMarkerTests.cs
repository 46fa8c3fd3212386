using static Chronicle.Tests.Framing.FramingTestDocuments;

namespace Chronicle.Tests.Framing;

public class SourceMarkerTests
{
    [Fact]
    public void FootnoteMarkerIsTiedToItsNameAndFootnoteLine()
    {
        const string text = "Militants of the Islamic State* attacked a checkpoint.\n* A terrorist organisation banned in Russia.";
        var markers = Analyze(text).Framing.SourceMarkers;
        Assert.Equal(2, markers.Count);
        var marker = markers[0];
        Assert.Equal(("Islamic State*", "footnote_marker", "outlet"), (marker.Text, marker.Category, marker.Voice));
        Assert.Equal("Islamic State", marker.Target!.Text);
        Assert.Equal("* A terrorist organisation banned in Russia.", marker.Note!.Text);
        var footnote = markers[1];
        Assert.Equal(("* A terrorist organisation banned in Russia.", "footnote"), (footnote.Text, footnote.Category));
        Assert.Equal("Islamic State", footnote.Target!.Text);
    }

    [Fact]
    public void AsteriskWithoutAFootnoteLineIsNoMarker() =>
        Assert.Empty(Analyze("Sales rose 5%* in the quarter.").Framing.SourceMarkers);

    [Theory]
    [InlineData("The Taliban movement (banned in Russia) took the district.", "banned in Russia", "Taliban")]
    [InlineData("Jabhat al-Nusra, an organisation outlawed in Russia, claimed the blast.", "outlawed in Russia", "Jabhat al-Nusra")]
    [InlineData("Meduza, which is designated a foreign agent in Russia, reported it.", "designated a foreign agent in Russia", "Meduza")]
    public void DesignationsAttachedToANameAreMarkers(string text, string marker, string target)
    {
        var flag = Single(Analyze(text).Framing.SourceMarkers);
        Assert.Equal((marker, "designation"), (flag.Text, flag.Category));
        Assert.Equal(target, flag.Target?.Text);
    }

    [Fact]
    public void PlainReportingOfABanIsNoMarker() =>
        Assert.Empty(Analyze("TikTok was banned in India in 2020.").Framing.SourceMarkers);

    [Fact]
    public void AffiliationLabelsNameWhatTheyLabel()
    {
        var flag = Single(Analyze("The interview aired on state-funded broadcaster RT on Monday.").Framing.SourceMarkers);
        Assert.Equal(("state-funded broadcaster", "affiliation", "RT"), (flag.Text, flag.Category, flag.Target?.Text));
    }

    [Theory]
    [InlineData("Editor's note: This article was updated on Friday.", "editor_note")]
    [InlineData("[Editor’s Note: Names have been changed.]", "editor_note")]
    [InlineData("Correction: A caption misidentified the minister.", "correction")]
    [InlineData("An earlier version of this article gave the wrong date.", "correction")]
    [InlineData("Update: The ministry has since responded.", "update")]
    public void NoteLinesAreMarkersAsAWhole(string line, string category)
    {
        var text = "The plant will close in March, the company said.\n" + line + "\nWorkers were told on Monday.";
        var flag = Single(Analyze(text).Framing.SourceMarkers);
        Assert.Equal((line, category), (flag.Text, flag.Category));
    }
}

using Chronicle.Annotations;
using Chronicle.FramingAnalysis;
using Chronicle.Text;

namespace Chronicle.Tests.Framing;

/// <summary>Builds documents for the framing unit tests: segmented text, quotes set explicitly (so
/// the tests do not depend on the quotes stage) and a small in-memory tone lexicon.</summary>
internal static class FramingTestDocuments
{
    public static readonly ToneLexicon SmallTone = new([("good", 3), ("bad", -2), ("praise", 2), ("does not work", -3), ("killed", -3)]);

    /// <summary>Runs the framing component on <paramref name="text"/>; each quoted string in
    /// <paramref name="quoted"/> (first occurrence) becomes a quote of the document.</summary>
    public static Document Analyze(string text, params string[] quoted) => Analyze(text, SmallTone, quoted);

    public static Document Analyze(string text, ToneLexicon? tone, params string[] quoted)
    {
        var doc = new Document(text);
        new TokenizerComponent().Process(doc);
        new SentenceSplitterComponent().Process(doc);
        foreach (var q in quoted)
        {
            int start = text.IndexOf(q, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{q}' not in the text");
            doc.Quotes.Add(new Quote { Text = q, Start = start, End = start + q.Length });
        }
        new FramingComponent(FramingLexicon.Default, tone, tone is null ? "no tone lexicon in this test" : null).Process(doc);
        return doc;
    }

    public static FramingFlag Single(List<FramingFlag> flags)
    {
        Assert.True(flags.Count == 1, $"expected one flag, got: {string.Join(", ", flags.Select(f => $"'{f.Text}' {f.Category}"))}");
        return flags[0];
    }

    public static ClaimAttribution Single(List<ClaimAttribution> claims)
    {
        Assert.True(claims.Count == 1, $"expected one claim, got {claims.Count}");
        return claims[0];
    }
}

using Chronicle.Text;

namespace Chronicle.FramingAnalysis;

/// <summary>
/// The stretches of quoted speech found by the quotes stage (<see cref="Document.Quotes"/>), for
/// deciding whose voice a word is in. Framing never looks for quotation marks itself: one quote
/// finder, one answer.
/// </summary>
public sealed class QuotedSpans
{
    public const string Outlet = "outlet";
    public const string Quote = "quote";

    private readonly TextSpan[] _spans;

    public QuotedSpans(Document doc)
    {
        _spans = doc.Quotes.Where(q => q.End > q.Start).Select(q => new TextSpan(q.Start, q.End))
            .OrderBy(s => s.Start).ToArray();
    }

    public bool IsEmpty => _spans.Length == 0;

    /// <summary>The quotes in text order, for sweeping alongside the tokens.</summary>
    public ReadOnlySpan<TextSpan> Spans => _spans;

    /// <summary>True when the character at <paramref name="offset"/> is inside a quote.</summary>
    public bool Contains(int offset)
    {
        // quotes do not nest, so the last quote starting at or before the offset is the only candidate;
        // overlapping spans from a sloppy finder are covered by checking the few before it as well
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start <= offset) lo = mid + 1; else hi = mid;
        }
        for (int i = lo - 1; i >= 0 && i >= lo - 4; i--)
            if (_spans[i].Contains(offset)) return true;
        return false;
    }

    public string VoiceAt(int offset) => Contains(offset) ? Quote : Outlet;
}

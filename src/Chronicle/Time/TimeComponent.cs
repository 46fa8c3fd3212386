using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>
/// Pipeline component (stage Time) that fills <see cref="Document.Dates"/> with TIMEX3 expressions
/// normalized against the publication date (<see cref="DocumentMetadata.Published"/>). Without a
/// publication date, absolute expressions are still resolved and relative ones keep X placeholders
/// (XXXX-07, XXXX-WXX-6).
/// </summary>
public sealed class TimeComponent : IDocumentComponent
{
    public string Name => "time";
    public PipelineStage Stage => PipelineStage.Time;
    public bool EnglishOnly => true;

    public void Process(Document document)
    {
        document.Dates.Clear();
        if (document.Tokens.Length == 0) return;
        document.Dates.AddRange(new TimexScanner(document, document.Metadata.Published).Scan());
    }
}

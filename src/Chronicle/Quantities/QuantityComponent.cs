using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Quantities;

/// <summary>
/// Pipeline component (stage Quantities) that fills <see cref="Document.Quantities"/> with counted
/// claims. It runs after the Time stage and skips tokens inside <see cref="Document.Dates"/>, so
/// years and days of the month are never counted.
/// </summary>
public sealed class QuantityComponent : IDocumentComponent
{
    public string Name => "quantities";
    public PipelineStage Stage => PipelineStage.Quantities;
    public bool EnglishOnly => true;

    public void Process(Document document)
    {
        document.Quantities.Clear();
        if (document.Tokens.Length == 0) return;
        document.Quantities.AddRange(new QuantityScanner(document).Scan());
    }
}

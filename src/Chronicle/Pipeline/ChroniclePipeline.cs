using Chronicle.Languages;
using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>
/// The one place where Chronicle's analysis is composed, stage by stage (DESIGN.md section 1).
/// Stages without a component yet leave their layer empty; later components plug in here.
/// </summary>
public static class ChroniclePipeline
{
    public static DocumentPipeline CreateDefault(ModelCatalog? models = null)
    {
        models ??= ModelCatalog.Default;
        var builder = new DocumentPipelineBuilder()
            // Segmentation: tokens and sentences as offsets into the original text
            .Use(new TokenizerComponent())
            .Use(new SentenceSplitterComponent())
            // Language: non-English documents skip the English-only stages below
            .Use(new LanguageDetector());
        // Tagging, Parsing, NamedEntities, Identity, Quotes, Time, Quantities, Events, Framing:
        // each stage's component is added here when its model or lexicon is available.
        builder.Use(new Chronicle.Entities.EntityLinker());   // Identity: entities, actor codes, coreference
        builder.Use(new Chronicle.Quotes.QuoteAttributor());  // Quotes: quotations and their speakers
        return builder.Build();
    }
}

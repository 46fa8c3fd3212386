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
        if (Parsing.DependencyParserComponent.TryCreate(models) is { } parser) builder.Use(parser);
        // Tagging, Parsing, NamedEntities, Identity, Quotes, Time, Quantities, Events, Framing:
        // each stage's component is added here when its model or lexicon is available.
        return builder.Build();
    }
}

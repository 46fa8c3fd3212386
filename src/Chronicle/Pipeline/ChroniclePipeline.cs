using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.FramingAnalysis;
using Chronicle.Geo;
using Chronicle.Languages;
using Chronicle.Parsing;
using Chronicle.Quantities;
using Chronicle.Quotes;
using Chronicle.Tagging;
using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>
/// The one place where Chronicle's analysis is composed, stage by stage (DESIGN.md section 1).
/// Components are listed in stage order; the builder also sorts by stage, so order inside a
/// stage is the order written here.
/// </summary>
public static class ChroniclePipeline
{
    /// <param name="selectEvents">false leaves every event the coder proposes (what <c>chronicle train events</c> learns from).</param>
    public static DocumentPipeline CreateDefault(ModelCatalog? models = null, EventResources? eventResources = null, bool selectEvents = true)
    {
        models ??= ModelCatalog.Default;
        return new DocumentPipelineBuilder()
            // Segmentation: tokens and sentences as offsets into the original text
            .Use(new TokenizerComponent())
            .Use(new SentenceSplitterComponent())
            // Language: non-English documents skip the English-only stages below
            .Use(new LanguageDetector())
            // Tagging and NamedEntities: part of speech, chunks, CoNLL named-entity tags
            .Use(new PartOfSpeechChunkComponent(models))
            // Parsing: dependency heads and relations (when its model file is present)
            .UseWhenAvailable(DependencyParserComponent.TryCreate(models))
            .Use(new NamedEntityComponent(models))
            // Identity: mentions clustered into entities with CAMEO actor codes
            .Use(new EntityLinker())
            // ... and places on the map: coordinates from the offline GeoNames gazetteer (docs/geo.md)
            .Use(new Geocoder())
            // Quotes: quoted speech and its speakers
            .Use(new QuoteAttributor(models))
            // Time and Quantities: TIMEX3 dates anchored on publication, counted claims
            .Use(new TimeComponent())
            .Use(new QuantityComponent())
            // Events: CAMEO/PLOVER coding (user PETRARCH dictionaries on top when given)
            .Use(new EventCoder(eventResources ?? EventResources.Default, PredicateFrames.ForDocument))
            // ... then one learned choice of which proposed events to keep (when its model file is present)
            .UseWhenAvailable(selectEvents ? EventSelection.TryCreate(models) : null)
            // Framing: loaded language, source markers, attribution balance, tone
            .Use(FramingComponent.FromModels(models))
            .Build();
    }
}

using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>One concern of the analysis (tokenizing, tagging, quotes ...). A component reads the
/// layers it needs from the <see cref="Document"/> and writes its own layer back.</summary>
public interface IDocumentComponent
{
    /// <summary>Short stable name shown in diagnostics and in <c>chronicle pipeline</c>.</summary>
    string Name { get; }

    /// <summary>The stage the component belongs to; stages run in their declared order.</summary>
    PipelineStage Stage { get; }

    /// <summary>True when the component only makes sense for English text.</summary>
    bool EnglishOnly { get; }

    void Process(Document document);
}

/// <summary>The fixed order of concerns, as in DESIGN.md section 1. A stage with no component
/// simply leaves its layer empty (its JSON section is an empty list).</summary>
public enum PipelineStage
{
    Segmentation = 0,   // tokens and sentences
    Language = 1,       // language detection
    Tagging = 2,        // part of speech, chunks
    Parsing = 3,        // dependency parse
    NamedEntities = 4,  // NER tags
    Identity = 5,       // entity linking, actor codes, coreference
    Quotes = 6,         // quotes and speakers
    Time = 7,           // TIMEX3 dates
    Quantities = 8,     // counted claims
    Events = 9,         // CAMEO/PLOVER events
    Framing = 10,       // loaded language, source markers, tone
}

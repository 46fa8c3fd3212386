using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>The committed tagger models: names (as reported in the Analysis <c>models</c>) and files.</summary>
public static class TaggingModels
{
    public const string PartOfSpeech = "pos-conll-v1";
    public const string Chunks = "chunk-conll-v1";
    public const string NamedEntities = "ner-conll-v1";

    public static string FileName(string modelName) => modelName + ".model";

    /// <summary>Loads a model by name from the catalog, or null when its file is not there.</summary>
    public static SequenceTagger? TryLoad(ModelCatalog catalog, string modelName) =>
        catalog.Find(FileName(modelName)) is { } path ? SequenceTagger.Load(path) : null;
}

/// <summary>
/// A tagger shared by every thread of a pipeline: the weights are loaded once (on first use) and
/// each thread decodes with its own fork (buffers and document memory are per thread).
/// </summary>
public sealed class SharedTagger(ModelCatalog catalog, string modelName)
{
    private readonly Lazy<SequenceTagger?> _loaded = new(() => TaggingModels.TryLoad(catalog, modelName));
    private readonly ThreadLocal<SequenceTagger?> _perThread = new();

    public string ModelName { get; } = modelName;

    /// <summary>This thread's tagger, or null when the model file is missing.</summary>
    public SequenceTagger? ForThisThread()
    {
        if (_perThread.Value is { } mine) return mine;
        var shared = _loaded.Value;
        if (shared is null) return null;
        _perThread.Value = mine = shared.Fork();
        return mine;
    }

    /// <summary>Tags the document into a new array, or returns null (with a note) when the model is missing.</summary>
    public string[]? Tag(Document document, string layer)
    {
        var tagger = ForThisThread();
        if (tagger is null)
        {
            document.Notes.Add($"{layer}: model '{TaggingModels.FileName(ModelName)}' not found in the models folder; layer left empty");
            return null;
        }
        var output = new string[document.Tokens.Length];
        tagger.Tag(document, output);
        return output;
    }
}

/// <summary>Stage Tagging: Penn part-of-speech tags, then IOB2 chunks (which read the tags).</summary>
public sealed class PartOfSpeechChunkComponent(ModelCatalog catalog) : IDocumentComponent
{
    private readonly SharedTagger _pos = new(catalog, TaggingModels.PartOfSpeech);
    private readonly SharedTagger _chunks = new(catalog, TaggingModels.Chunks);

    public string Name => "pos-chunks";
    public PipelineStage Stage => PipelineStage.Tagging;
    public bool EnglishOnly => true;

    public void Process(Document document)
    {
        document.PartOfSpeech = _pos.Tag(document, "pos");
        if (document.PartOfSpeech is null) return;
        document.Models["pos"] = _pos.ModelName;
        document.Chunks = _chunks.Tag(document, "chunks");
        if (document.Chunks is not null) document.Models["chunks"] = _chunks.ModelName;
    }
}

/// <summary>Stage NamedEntities: CoNLL-2003 classes (PER, ORG, LOC, MISC) as IOB2 tags per token.</summary>
public sealed class NamedEntityComponent(ModelCatalog catalog) : IDocumentComponent
{
    private readonly SharedTagger _ner = new(catalog, TaggingModels.NamedEntities);

    public string Name => "ner";
    public PipelineStage Stage => PipelineStage.NamedEntities;
    public bool EnglishOnly => true;

    public void Process(Document document)
    {
        document.NamedEntityTags = _ner.Tag(document, "ner");
        if (document.NamedEntityTags is not null) document.Models["ner"] = _ner.ModelName;
    }
}

using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>
/// The three taggers in the order they depend on each other (POS, then chunks, which read POS, then
/// NER, which reads both), for tools that run them outside the pipeline: <c>chronicle ner</c>,
/// <c>chronicle bench</c>, evaluation.
/// </summary>
public sealed class TaggingStack(SequenceTagger pos, SequenceTagger chunks, SequenceTagger ner)
{
    public SequenceTagger PartOfSpeech { get; } = pos;
    public SequenceTagger Chunks { get; } = chunks;
    public SequenceTagger NamedEntities { get; } = ner;

    /// <summary>Loads the committed models; the message names the first one missing.</summary>
    public static TaggingStack Load(ModelCatalog catalog)
    {
        SequenceTagger Need(string name) => TaggingModels.TryLoad(catalog, name)
            ?? throw new FileNotFoundException($"model '{TaggingModels.FileName(name)}' not found in {catalog.Directory}");
        // Three independent files: inflate them side by side (time to first result).
        var models = Pipeline.ModelLoading.InParallel(
            () => Need(TaggingModels.PartOfSpeech), () => Need(TaggingModels.Chunks), () => Need(TaggingModels.NamedEntities));
        return new TaggingStack(models[0], models[1], models[2]);
    }

    /// <summary>Fills PartOfSpeech, Chunks and NamedEntityTags of a tokenized, sentence-split document.</summary>
    public void Tag(Document document)
    {
        int n = document.Tokens.Length;
        document.PartOfSpeech = new string[n];
        PartOfSpeech.Tag(document, document.PartOfSpeech);
        document.Chunks = new string[n];
        Chunks.Tag(document, document.Chunks);
        document.NamedEntityTags = new string[n];
        NamedEntities.Tag(document, document.NamedEntityTags);
    }
}

using Chronicle.Learning;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>Collects the hashed feature rows of one token into a reused buffer.</summary>
public ref struct FeatureSink(Span<int> buffer, int mask)
{
    private readonly Span<int> _buffer = buffer;
    public int Count { get; private set; }
    public readonly ReadOnlySpan<int> Features => _buffer[..Count];
    public void Add(FeatureKey key) => _buffer[Count++] = key.Bucket(mask);
}

/// <summary>
/// The feature templates of one tagger (POS, chunks, NER). A tagger asks for the features of token
/// <c>i</c> after the tags of tokens before it are decided, so templates may read previous tags.
/// Document hooks let a template set remember what was decided earlier in the same document.
/// </summary>
public abstract class TaggerFeatures
{
    /// <summary>Upper bound of features per token (the size of the tagger's buffer).</summary>
    public const int MaxFeatures = 96;

    /// <summary>Name stored in the model file; loading rebuilds the same template set from it.</summary>
    public abstract string Name { get; }

    /// <summary>Word classes the templates read, when the model uses them.</summary>
    public WordClusters? Clusters { get; set; }

    public virtual void BeginDocument(Document document) { }

    /// <summary>True when the templates keep no memory across tokens besides the tags (beam search can
    /// then keep several tag histories side by side).</summary>
    public virtual bool SupportsBeam => true;

    /// <summary>How many times a document is tagged; later passes may read the previous pass's tags.</summary>
    public virtual int Passes => 1;

    /// <summary>Called before each pass over a document (after <see cref="BeginDocument"/>), with the
    /// previous pass's tag per document token (in training: the gold tags), empty in the first pass.</summary>
    public virtual void BeginPass(int pass, Document document, ReadOnlySpan<int> previousTags) { }

    /// <summary>Called once a sentence's atoms are filled, before its first token (phrase lookups).</summary>
    public virtual void BeginSentence(Document document, SentenceAtoms s) { }

    /// <summary>Features of sentence token <paramref name="i"/>; <paramref name="tags"/>[..i] are decided.</summary>
    public abstract void Extract(SentenceAtoms s, int i, ReadOnlySpan<int> tags, ref FeatureSink sink);

    /// <summary>Called once the tag of token <paramref name="i"/> is decided (document memory).</summary>
    public virtual void Observe(SentenceAtoms s, int i, int tag) { }

    /// <summary>Called after a sentence is tagged.</summary>
    public virtual void EndSentence(SentenceAtoms s, ReadOnlySpan<int> tags) { }

    /// <summary>Labels are known once the model exists; template sets that read them prepare here.</summary>
    public virtual void Bind(LabelSet labels) { }

    /// <summary>A fresh instance for another thread: shares the read-only data (gazetteer, clusters),
    /// not the per-document memory.</summary>
    public virtual TaggerFeatures Fork()
    {
        var copy = TaggerFeatureSets.Create(Name);
        copy.Clusters = Clusters;
        return copy;
    }

    /// <summary>Extra data of the template set (gazetteers, options), saved inside the model file.</summary>
    public virtual void Write(BinaryWriter writer) { }
    public virtual void Read(BinaryReader reader) { }

    /// <summary>Hash of a decided tag (or of the sentence start when <paramref name="index"/> &lt; 0).</summary>
    protected static int TagAt(ReadOnlySpan<int> tags, int index) => index < 0 ? -1 : tags[index];
}

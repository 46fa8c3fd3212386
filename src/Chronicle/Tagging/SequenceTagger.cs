using System.IO.Compression;
using Chronicle.Learning;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>
/// A greedy left-to-right sequence labeller: an averaged perceptron scores each token's features
/// (which may read the tags already decided), and IOB constraints forbid I-X after anything but
/// B-X/I-X. Greedy decoding with tag-history features is as accurate as Viterbi for these tasks at
/// a fraction of the cost (docs/models.md has the measurements). One instance is not thread-safe:
/// it reuses its buffers; load one per thread.
/// </summary>
public sealed partial class SequenceTagger
{
    private const uint Magic = 0x54524843; // "CHRT"
    // 2: a tag dictionary (or its absence) after the weights
    private const int FormatVersion = 2;

    private readonly SentenceAtoms _atoms = new();
    private readonly int[] _featureBuffer = new int[TaggerFeatures.MaxFeatures];
    private float[] _scores;
    private int[] _tags = new int[64];
    private bool[][] _allowedAfter = [];
    private string[] _outputLabels = [];

    public SequenceTagger(string modelName, AveragedPerceptron model, TaggerFeatures features, TagDictionary? dictionary = null)
    {
        ModelName = modelName;
        Model = model;
        Features = features;
        Dictionary = dictionary;
        _scores = new float[model.Classes];
        Rebind();
    }

    /// <summary>The versioned model name reported in the Analysis output ("ner-conll-v1").</summary>
    public string ModelName { get; }
    public AveragedPerceptron Model { get; }
    public TaggerFeatures Features { get; }
    public LabelSet Labels => Model.Labels;

    /// <summary>Words tagged without scoring when decoding greedily (keyed by <see cref="TokenAtoms.Word"/>); null to
    /// score every word. Attached after training (<see cref="TaggerTrainer.WithTagDictionary"/>), never used in it.</summary>
    public TagDictionary? Dictionary { get; }

    /// <summary>Another tagger over the same weights with its own buffers, for another thread.</summary>
    public SequenceTagger Fork() => new(ModelName, Model, Features.Fork(), Dictionary);

    /// <summary>The same weights and templates with another dictionary (none: null).</summary>
    public SequenceTagger WithDictionary(TagDictionary? dictionary) => new(ModelName, Model, Features, dictionary) { BeamWidth = BeamWidth };

    /// <summary>Call after labels were added to the model (training grows the label set first).</summary>
    public void Rebind()
    {
        _scores = new float[Model.Classes];
        _allowedAfter = IobConstraints.Build(Model.Labels);
        _outputLabels = Model.Labels.Names.Select(IobScheme.ToIob2).ToArray();
        Features.Bind(Model.Labels);
    }

    /// <summary>Tags every sentence of the document; writes one label per token into <paramref name="output"/>.</summary>
    public void Tag(Document document, string[] output)
    {
        int passes = Features.Passes;
        if (passes > 1 && _documentTags.Length < document.Tokens.Length) _documentTags = new int[document.Tokens.Length * 2];
        for (int pass = 0; pass < passes; pass++)
        {
            Features.BeginDocument(document);
            Features.BeginPass(pass, document, pass == 0 ? [] : _documentTags.AsSpan(0, document.Tokens.Length));
            foreach (var sentence in document.Sentences)
            {
                var tags = BeamWidth > 1 && Features.SupportsBeam ? BeamDecode(document, sentence) : Decode(document, sentence, gold: null, goldHistory: false);
                if (pass + 1 < passes) tags.CopyTo(_documentTags.AsSpan(sentence.FirstToken));
                else for (int i = 0; i < sentence.TokenCount; i++) output[sentence.FirstToken + i] = _outputLabels[tags[i]];
            }
        }
    }

    private int[] _documentTags = [];

    /// <summary>One perceptron pass over a document against its gold labels (training).</summary>
    /// <remarks>With <paramref name="goldHistory"/> the previous-tag features see the gold tags
    /// (teacher forcing); measured better than the model's own guesses for all three taggers.</remarks>
    internal int TrainDocument(Document document, int[] gold, bool goldHistory)
    {
        _errors = 0;
        // Multi-pass templates learn every pass: the first without document memory, later ones
        // with the gold tags as the memory (as the previous-tag features see gold tags).
        for (int pass = 0; pass < Features.Passes; pass++)
        {
            Features.BeginDocument(document);
            Features.BeginPass(pass, document, pass == 0 ? [] : gold);
            foreach (var sentence in document.Sentences) Decode(document, sentence, gold, goldHistory);
        }
        return _errors / Features.Passes;
    }

    private int _errors;

    private ReadOnlySpan<int> Decode(Document document, Sentence sentence, int[]? gold, bool goldHistory)
    {
        int n = sentence.TokenCount;
        if (_tags.Length < n) _tags = new int[n * 2];
        _atoms.Fill(document, sentence, Features.Clusters);
        Features.BeginSentence(document, _atoms);
        var tags = _tags.AsSpan(0, n);
        var dictionary = gold is null ? Dictionary : null;
        for (int i = 0; i < n; i++)
        {
            var allowed = _allowedAfter[i == 0 ? 0 : tags[i - 1] + 1];
            if (dictionary is not null && dictionary.TryGet(_atoms[i].Word, out int known) && (allowed.Length == 0 || allowed[known]))
            {
                tags[i] = known;
                Features.Observe(_atoms, i, known);
                continue;
            }
            var sink = new FeatureSink(_featureBuffer, Model.Mask);
            Features.Extract(_atoms, i, tags, ref sink);
            int guess = Model.Predict(sink.Features, _scores, allowed);
            if (gold is not null)
            {
                Model.Tick();
                int truth = gold[sentence.FirstToken + i];
                Model.Update(sink.Features, truth, guess);
                if (guess != truth) _errors++;
                if (goldHistory) guess = truth;
            }
            tags[i] = guess;
            Features.Observe(_atoms, i, tags[i]);
        }
        Features.EndSentence(_atoms, tags);
        return tags;
    }

    /// <summary>Writes name, template set, its data and the weights as one deflated file.</summary>
    public void Save(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var w = new BinaryWriter(buffered);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(ModelName);
        w.Write(Features.Name);
        w.Write(Features.Clusters is not null);
        Features.Clusters?.Write(w);
        Features.Write(w);
        Model.WriteTo(w);
        w.Write(Dictionary is not null);
        Dictionary?.Write(w);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    public static SequenceTagger Load(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var r = new BinaryReader(buffered);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a Chronicle tagger model");
        int version = r.ReadInt32();
        if (version is not (1 or FormatVersion)) throw new InvalidDataException($"tagger model format {version} is not supported");
        string modelName = r.ReadString();
        var features = TaggerFeatureSets.Create(r.ReadString());
        if (r.ReadBoolean()) features.Clusters = WordClusters.Read(r);
        features.Read(r);
        // Exact weights: tagger tables are mostly empty (sparse rows, nothing to gain from 8-bit rows), and
        // `train --dictionary-for` saves a loaded tagger again.
        var model = AveragedPerceptron.ReadFrom(r, exact: true);
        var dictionary = version >= 2 && r.ReadBoolean() ? TagDictionary.Read(r, model.Classes) : null;
        return new SequenceTagger(modelName, model, features, dictionary);
    }

    public static SequenceTagger Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return Load(file);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: damaged or incompatible tagger model ({e.Message})", e);
        }
    }
}

/// <summary>Which labels may follow which under IOB2 (I-X only after B-X or I-X) and BILOU (also:
/// I-X and L-X only after B-X or I-X, and nothing else after B-X or I-X).</summary>
public static class IobConstraints
{
    /// <summary>Row 0: after the sentence start; row p+1: after label p. Empty rows: no constraint.</summary>
    public static bool[][] Build(LabelSet labels)
    {
        int c = labels.Count;
        var rows = new bool[c + 1][];
        bool anyInside = labels.Names.Any(n => n.StartsWith("I-", StringComparison.Ordinal) || n.StartsWith("L-", StringComparison.Ordinal));
        bool bilou = labels.Names.Any(n => n.StartsWith("L-", StringComparison.Ordinal) || n.StartsWith("U-", StringComparison.Ordinal));
        for (int p = 0; p <= c; p++)
        {
            if (!anyInside) { rows[p] = []; continue; }
            rows[p] = new bool[c];
            string? previous = p == 0 ? null : labels[p - 1];
            for (int k = 0; k < c; k++) rows[p][k] = Allowed(previous, labels[k], bilou);
        }
        return rows;
    }

    public static bool Allowed(string? previous, string label, bool bilou = false)
    {
        bool inside = label.StartsWith("I-", StringComparison.Ordinal) || label.StartsWith("L-", StringComparison.Ordinal);
        bool previousOpen = previous is not null && previous.Length > 2 && previous[1] == '-' && previous[0] is 'B' or 'I';
        if (inside) return previousOpen && previous!.AsSpan(2).SequenceEqual(label.AsSpan(2));
        // Under BILOU an open phrase (B-, I-) must be closed by L-; under IOB2 anything may follow.
        return !(previousOpen && bilou);
    }
}

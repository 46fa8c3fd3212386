using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Chronicle.Learning;

/// <summary>
/// A multiclass averaged perceptron over hashed features (Collins 2002): the cheap, strong scorer
/// behind Chronicle's taggers and parser. Weights are a dense table of <c>buckets x classes</c>
/// floats, so scoring a feature is one contiguous row add. Averaging uses the lazy timestamp trick,
/// so training costs are proportional to the features touched, not to the table size. A model read from a
/// file is held as <see cref="FrozenWeights"/> instead (16-bit, sparse where rows are mostly empty): a
/// fraction of the memory and of the cache lines touched per feature.
/// </summary>
public sealed class AveragedPerceptron
{
    private const uint Magic = 0x50524843; // "CHRP"
    private const int FormatVersion = 1;

    private readonly float[]? _weights;  // training, and models built in memory
    private readonly FrozenWeights? _frozen; // models read from a file: compact, inference only
    private float[]? _totals;   // training only: sum of weights over time
    private int[]? _stamps;     // training only: last update time per weight
    private int _time;

    public AveragedPerceptron(LabelSet labels, int bucketBits)
    {
        if (bucketBits is < 8 or > 26) throw new ArgumentOutOfRangeException(nameof(bucketBits));
        Labels = labels;
        Mask = (1 << bucketBits) - 1;
        _weights = new float[(long)(Mask + 1) * labels.Count];
    }

    private AveragedPerceptron(LabelSet labels, int mask, float[] weights)
    {
        Labels = labels;
        Mask = mask;
        _weights = weights;
    }

    private AveragedPerceptron(LabelSet labels, int mask, FrozenWeights frozen)
    {
        Labels = labels;
        Mask = mask;
        _frozen = frozen;
    }

    /// <summary>Bytes of the weight table in memory.</summary>
    public long WeightBytes => _frozen?.Bytes ?? (long)_weights!.Length * sizeof(float);

    /// <summary>The dense float table; a model read from a file is compact and only scores.</summary>
    private float[] Dense => _weights ?? throw new InvalidOperationException(
        "this perceptron was loaded from a model file for inference; training and averaging need a model built in memory");

    public LabelSet Labels { get; }
    public int Classes => Labels.Count;
    /// <summary>Bucket mask for <see cref="FeatureKey.Bucket"/>.</summary>
    public int Mask { get; }

    /// <summary>Adds the weights of every feature row into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        int c = Classes;
        var target = scores[..c];
        target.Clear();
        if (_frozen is not null) { _frozen.Score(features, target); return; }
        FrozenWeights.AddDenseRows(_weights, c, features, target);
    }

    /// <summary>The best class, among those <paramref name="allowed"/> permits when given.</summary>
    public int Predict(ReadOnlySpan<int> features, Span<float> scores, Func<int, bool>? allowed = null)
    {
        Score(features, scores);
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int k = 0; k < Classes; k++)
        {
            if (allowed is not null && !allowed(k)) continue;
            if (scores[k] > bestScore) { bestScore = scores[k]; best = k; }
        }
        return best;
    }

    /// <summary>The best class without a delegate call per class (hot paths): all classes, or those
    /// whose entry in <paramref name="allowed"/> is true when the mask is not empty.</summary>
    public int Predict(ReadOnlySpan<int> features, Span<float> scores, ReadOnlySpan<bool> allowed)
    {
        Score(features, scores);
        return ArgMax(scores[..Classes], allowed);
    }

    /// <summary>Index of the highest score (lowest index on ties), restricted by a non-empty mask.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed = default)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        bool masked = !allowed.IsEmpty;
        for (int k = 0; k < scores.Length; k++)
        {
            if (masked && !allowed[k]) continue;
            if (scores[k] > bestScore || best < 0) { bestScore = scores[k]; best = k; }
        }
        return best;
    }

    /// <summary>Starts a new training example (advances the clock used for averaging).</summary>
    public void Tick() => _time++;

    /// <summary>Perceptron update: reward the true class, penalize the guess.</summary>
    public void Update(ReadOnlySpan<int> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess) return;
        EnsureTraining();
        foreach (int f in features)
        {
            Bump(f * Classes + truth, amount);
            Bump(f * Classes + guess, -amount);
        }
    }

    private void Bump(int index, float delta)
    {
        var weights = _weights!; // EnsureTraining checked it
        _totals![index] += (_time - _stamps![index]) * weights[index];
        _stamps[index] = _time;
        weights[index] += delta;
    }

    private void EnsureTraining()
    {
        if (_totals is not null) return;
        _totals = new float[Dense.Length];
        _stamps = new int[Dense.Length];
    }

    /// <summary>Replaces the weights by their averages over training; call once, after the last epoch.</summary>
    public void Average()
    {
        if (_totals is null || _time == 0) return;
        var weights = Dense;
        for (int i = 0; i < weights.Length; i++)
        {
            float total = _totals[i] + (_time - _stamps![i]) * weights[i];
            weights[i] = total / _time;
        }
        _totals = null;
        _stamps = null;
    }

    /// <summary>Adds <paramref name="factor"/> times another model's weights (same labels and buckets):
    /// averaging models trained on different shuffles (a cheap ensemble that costs nothing at run time).</summary>
    public void AddWeighted(AveragedPerceptron other, float factor)
    {
        if (other.Mask != Mask || other.Classes != Classes) throw new ArgumentException("models differ in shape", nameof(other));
        var target = Dense.AsSpan();
        var source = other.Dense.AsSpan();
        for (int i = 0; i < target.Length; i++) target[i] += factor * source[i];
    }

    /// <summary>Multiplies every weight (after <see cref="AddWeighted"/>, to average).</summary>
    public void Scale(float factor)
    {
        var target = Dense.AsSpan();
        for (int i = 0; i < target.Length; i++) target[i] *= factor;
    }

    /// <summary>A copy holding the averages so far, leaving this model's training state untouched
    /// (to measure a model between epochs without stopping its training).</summary>
    public AveragedPerceptron AveragedCopy()
    {
        var current = Dense;
        var weights = new float[current.Length];
        for (int i = 0; i < weights.Length; i++)
            weights[i] = _totals is null || _time == 0 ? current[i] : (_totals[i] + (_time - _stamps![i]) * current[i]) / _time;
        return new AveragedPerceptron(Labels, Mask, weights);
    }

    /// <summary>Writes the model compactly: only non-zero rows, as half-precision floats, deflated.</summary>
    public void Save(Stream stream)
    {
        using var deflate = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var w = new BinaryWriter(buffered);
        WriteTo(w);
    }

    /// <summary>Writes the model, uncompressed, into a larger file (a tagger's), which compresses the whole.</summary>
    public void WriteTo(BinaryWriter w)
    {
        if (_frozen is { Exact: false })
            throw new InvalidOperationException("this model was loaded for scoring only, with 8-bit weights; load it with exact weights to save it");
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Labels.Count);
        foreach (var name in Labels.Names) w.Write(name);
        w.Write(Mask);
        int c = Classes;
        int rows = (Mask + 1);
        var buffer = new float[c];
        int nonZero = 0;
        for (int r = 0; r < rows; r++) if (!RowIsZero(Row(r, buffer))) nonZero++;
        w.Write(nonZero);
        for (int r = 0; r < rows; r++)
        {
            var row = Row(r, buffer);
            if (RowIsZero(row)) continue;
            w.Write(r);
            foreach (float v in row) w.Write((Half)v);
        }
    }

    /// <summary>The weights of one row as the model scores them (tests compare sums against it).</summary>
    internal void ReadRow(int row, float[] values) => Row(row, values).CopyTo(values);

    private ReadOnlySpan<float> Row(int row, float[] buffer)
    {
        if (_weights is not null) return _weights.AsSpan(row * Classes, Classes);
        _frozen!.ReadRow(row, buffer);
        return buffer;
    }

    private static bool RowIsZero(ReadOnlySpan<float> row)
    {
        foreach (float v in row) if ((Half)v != Half.Zero) return false;
        return true;
    }

    /// <param name="exact">Keep every weight as the file holds it, so that the model can be saved again; else a
    /// well-filled table keeps 8-bit weights, a cache line a row (scoring only).</param>
    public static AveragedPerceptron Load(Stream stream, bool exact = false)
    {
        using var deflate = new DeflateStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(deflate, 1 << 16);
        using var r = new BinaryReader(buffered);
        return ReadFrom(r, exact);
    }

    /// <summary>Reads a model written by <see cref="WriteTo"/>.</summary>
    /// <remarks>Compiled optimized at once: the row loop runs once per process, too early for tiered JIT to help.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static AveragedPerceptron ReadFrom(BinaryReader r, bool exact = false)
    {
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a Chronicle perceptron model");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"perceptron model format {version} is not supported");
        var labels = new LabelSet();
        int count = r.ReadInt32();
        if (count is < 1 or > 100_000) throw new InvalidDataException("perceptron model header is damaged");
        for (int i = 0; i < count; i++) labels.GetOrAdd(r.ReadString());
        int mask = r.ReadInt32();
        if (mask < 0 || ((mask + 1) & mask) != 0) throw new InvalidDataException("perceptron model header is damaged");
        int nonZero = r.ReadInt32();
        if ((uint)nonZero > (uint)mask + 1) throw new InvalidDataException("perceptron model header is damaged");
        var table = FrozenWeights.Create(mask + 1, count, nonZero, exact);
        // Read each row (its index, then its half floats) in one call: far fewer stream reads than
        // value by value, which keeps model load well under a second.
        var rowBytes = new byte[sizeof(int) + count * 2];
        for (int i = 0; i < nonZero; i++)
        {
            r.BaseStream.ReadExactly(rowBytes);
            int row = BitConverter.ToInt32(rowBytes, 0);
            if ((uint)row > (uint)mask) throw new InvalidDataException("perceptron model row out of range");
            table.AddRow(row, MemoryMarshal.Cast<byte, Half>(rowBytes.AsSpan(sizeof(int))));
        }
        return new AveragedPerceptron(labels, mask, table.Freeze());
    }
}

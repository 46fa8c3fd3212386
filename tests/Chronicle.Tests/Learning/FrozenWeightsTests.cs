using Chronicle.Learning;

namespace Chronicle.Tests.Learning;

/// <summary>A model read from a file scores with compact 16-bit weights (dense rows for few classes, sparse rows
/// for many): its scores must match the trained model's, and saving it again must give the same file.</summary>
public class FrozenWeightsTests
{
    [Theory]
    [InlineData(3, 12)]    // transition-like: dense half rows
    [InlineData(45, 18)]   // tagger-like, most slots empty: sparse rows
    [InlineData(9, 14)]    // NER-like
    [InlineData(51, 10)]   // relation-like, rows well filled: 8-bit rows with a scale, one cache line each
    [InlineData(60, 10)]   // rows well filled but longer than a cache line: dense half rows
    public void LoadedModelScoresLikeTheTrainedOne(int classes, int bucketBits)
    {
        var trained = Train(classes, bucketBits);
        var loaded = RoundTrip(trained);
        var random = new Random(5);
        var features = new int[30];
        var expected = new float[classes];
        var actual = new float[classes];
        float largest = 0;
        var row = new float[classes];
        for (int trial = 0; trial < 200; trial++)
        {
            for (int i = 0; i < features.Length; i++) features[i] = random.Next(trained.Mask + 1);
            trained.Score(features, expected);
            loaded.Score(features, actual);
            // Rows kept as 8-bit steps of their largest weight are off by half a step at most.
            float steps = 0;
            foreach (int f in features)
            {
                trained.ReadRow(f, row);
                steps += row.Max(Math.Abs) / 254f;
            }
            for (int k = 0; k < classes; k++)
            {
                largest = Math.Max(largest, Math.Abs(expected[k]));
                // the model file keeps half floats: their rounding, summed over 30 rows
                float tolerance = 0.05f + Math.Abs(expected[k]) * 0.002f + (classes >= 8 ? steps : 0);
                Assert.InRange(actual[k], expected[k] - tolerance, expected[k] + tolerance);
            }
        }
        Assert.True(largest > 1f, "the trained model should have non-trivial weights");
    }

    /// <summary>Every layout adds its rows' half weights, widened to floats, in feature order: the SIMD widening and
    /// the three-class fast path must give bit for bit the sums of the plain loop (a parse must not change).</summary>
    [Theory]
    [InlineData(3, 12)]
    [InlineData(45, 18)]
    [InlineData(51, 10)]
    [InlineData(20, 10)]
    [InlineData(9, 10)]    // two blocks sharing seven classes
    [InlineData(56, 10)]   // seven full blocks, none overlapping
    [InlineData(60, 10)]   // more blocks than registers: class block by class block
    public void LoadedModelSumsItsRowsExactlyInFeatureOrder(int classes, int bucketBits)
    {
        var loaded = RoundTrip(Train(classes, bucketBits));
        var random = new Random(9);
        var features = new int[107];
        var actual = new float[classes];
        var expected = new float[classes];
        var row = new float[classes];
        for (int trial = 0; trial < 50; trial++)
        {
            for (int i = 0; i < features.Length; i++) features[i] = random.Next(loaded.Mask + 1);
            loaded.Score(features, actual);
            Array.Clear(expected);
            foreach (int f in features)
            {
                loaded.ReadRow(f, row);
                for (int k = 0; k < classes; k++) expected[k] += row[k];
            }
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void LoadedModelTakesAFractionOfTheDenseMemory()
    {
        var trained = Train(45, 16, updates: 500); // 20,000 weights in 2.9 million slots, as sparse as a real tagger
        var loaded = RoundTrip(trained);
        Assert.True(loaded.WeightBytes * 4 < trained.WeightBytes, $"{loaded.WeightBytes} bytes loaded vs {trained.WeightBytes} trained");
    }

    [Fact]
    public void WellFilledRowsTakeOneCacheLineEach()
    {
        var loaded = RoundTrip(Train(51, 10));
        long halfRows = (loaded.Mask + 1L) * 51 * sizeof(ushort);
        Assert.True(loaded.WeightBytes <= (loaded.Mask + 2L) * 64 && loaded.WeightBytes < halfRows,
            $"{loaded.WeightBytes} bytes loaded vs {halfRows} in half-float rows");
    }

    [Theory]
    [InlineData(45, 18)]   // sparse rows
    [InlineData(51, 10)]   // well filled: exact half rows when loaded to be saved
    public void SavingAModelLoadedWithExactWeightsGivesTheSameFile(int classes, int bucketBits)
    {
        var trained = Train(classes, bucketBits);
        byte[] first = Save(trained);
        Assert.Equal(first, Save(ExactRoundTrip(trained)));
        Assert.Equal(first, Save(ExactRoundTrip(ExactRoundTrip(trained))));
    }

    [Fact]
    public void AModelWithEightBitRowsRefusesToBeSaved()
    {
        var scoring = RoundTrip(Train(51, 10));
        Assert.Throws<InvalidOperationException>(() => Save(scoring));
        Assert.Equal(Save(Train(45, 18)), Save(RoundTrip(Train(45, 18)))); // sparse rows stay exact either way
    }

    [Fact]
    public void ALoadedModelRefusesTraining()
    {
        var loaded = RoundTrip(Train(3, 10));
        Assert.Throws<InvalidOperationException>(() => loaded.Update([1, 2], 0, 1));
    }

    private static AveragedPerceptron Train(int classes, int bucketBits, int updates = 5000)
    {
        var labels = new LabelSet();
        for (int i = 0; i < classes; i++) labels.GetOrAdd("L" + i);
        var model = new AveragedPerceptron(labels, bucketBits);
        var random = new Random(1);
        var features = new int[20];
        // Features drawn from a quarter of the table, so that many rows stay empty as in real models.
        int used = (model.Mask + 1) / 4;
        for (int t = 0; t < updates; t++)
        {
            model.Tick();
            for (int i = 0; i < features.Length; i++) features[i] = random.Next(used) * 4;
            model.Update(features, random.Next(classes), random.Next(classes));
        }
        model.Average();
        return model;
    }

    private static byte[] Save(AveragedPerceptron model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Loaded for scoring (8-bit rows where they fit), as the pipeline loads models.</summary>
    private static AveragedPerceptron RoundTrip(AveragedPerceptron model) => AveragedPerceptron.Load(new MemoryStream(Save(model)));

    /// <summary>Loaded with exact weights, as `train --dictionary-for` loads a model to save it again.</summary>
    private static AveragedPerceptron ExactRoundTrip(AveragedPerceptron model) => AveragedPerceptron.Load(new MemoryStream(Save(model)), exact: true);
}

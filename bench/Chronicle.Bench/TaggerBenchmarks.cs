using BenchmarkDotNet.Attributes;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Bench;

/// <summary>Feature extraction plus scoring, per tagger, on one news paragraph (written for this
/// benchmark); and the bare perceptron row sums.</summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private const string Paragraph =
        "The foreign ministers of France and Germany met in Brussels on Tuesday to discuss the crisis, " +
        "officials said. \"We will not accept new sanctions,\" Russian Deputy Foreign Minister Sergei Ryabkov " +
        "told reporters in Moscow. Shares of Siemens AG rose 2.5 percent to 120 euros after the company " +
        "raised its forecast for 2025, while the U.S. dollar fell against the yen.";

    private TaggingStack _stack = null!;
    private Document _document = null!;
    private AveragedPerceptron _perceptron = null!;
    private int[] _features = null!;
    private float[] _scores = null!;

    [GlobalSetup]
    public void Setup()
    {
        _stack = TaggingStack.Load(ModelCatalog.Default);
        _document = new Document(Paragraph) { Language = "en" };
        _document.SetTokens(Tokenizer.Tokenize(Paragraph));
        _document.SetSentences(SentenceSplitter.Split(Paragraph, _document.Tokens));
        _stack.Tag(_document);
        _perceptron = _stack.NamedEntities.Model;
        var random = new Random(1);
        _features = Enumerable.Range(0, 50).Select(_ => random.Next(_perceptron.Mask + 1)).ToArray();
        _scores = new float[_perceptron.Classes];
    }

    /// <summary>Tokens in the paragraph: divide a result by this for the cost per token.</summary>
    public int Tokens => _document.Tokens.Length;

    [Benchmark] public void PartOfSpeech() => _stack.PartOfSpeech.Tag(_document, _document.PartOfSpeech!);
    [Benchmark] public void Chunks() => _stack.Chunks.Tag(_document, _document.Chunks!);
    [Benchmark] public void NamedEntities() => _stack.NamedEntities.Tag(_document, _document.NamedEntityTags!);
    [Benchmark] public int PerceptronScore50Features() => _perceptron.Predict(_features, _scores, ReadOnlySpan<bool>.Empty);
}

using Chronicle.Lexicon;
using Chronicle.Pipeline;
using Chronicle.Text;
using Lingua;

namespace Chronicle.Languages;

/// <summary>
/// Decides the document's language. Most input is English news, so a cheap test runs first: when
/// English function words make up a large share of the words, the answer is English without a
/// model. Otherwise Lingua (a small set of news languages, low-accuracy mode: ~90 MB, built once on
/// first use) decides from the first thousand characters.
/// </summary>
public sealed class LanguageDetector : IDocumentComponent
{
    private const int SampleChars = 4000;
    /// <summary>Lingua's cost grows with its input, and a thousand characters already decide among a dozen
    /// languages; the cheap English test still reads the whole <see cref="SampleChars"/>.</summary>
    private const int ModelSampleChars = 1000;
    private const double EnglishFunctionWordShare = 0.18;
    private const int ShortTextWords = 8;

    private static readonly Lazy<Lingua.LanguageDetector> Model = new(() =>
        LanguageDetectorBuilder.FromLanguages(
                Lingua.Language.English, Lingua.Language.French, Lingua.Language.German, Lingua.Language.Spanish,
                Lingua.Language.Portuguese, Lingua.Language.Italian, Lingua.Language.Russian, Lingua.Language.Arabic,
                Lingua.Language.Dutch, Lingua.Language.Turkish, Lingua.Language.Persian, Lingua.Language.Chinese)
            .WithLowAccuracyMode()
            .Build());

    public string Name => "language";
    public PipelineStage Stage => PipelineStage.Language;
    public bool EnglishOnly => false;

    public void Process(Document document)
    {
        document.Language = Detect(document.Text, document.Tokens);
        if (document.IsKnownNonEnglish)
            document.Notes.Add($"language '{document.Language}' is not English: English components skipped");
    }

    public static string Detect(string text, Token[] tokens)
    {
        int words = 0, function = 0;
        for (int i = 0; i < tokens.Length && tokens[i].Start < SampleChars; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            words++;
            if (EnglishFunctionWords.Commonest.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length))) function++;
        }
        if (words == 0) return "und";
        if (words >= 5 && function >= EnglishFunctionWordShare * words) return "en";
        // A line or two is too little for a statistical guess ("Officials met yesterday." reads as
        // Dutch to Lingua): any English function word makes it English, else it stays undecided.
        if (words < ShortTextWords) return function > 0 ? "en" : "und";

        var sample = text.Length > ModelSampleChars ? text[..ModelSampleChars] : text;
        var language = Model.Value.DetectLanguageOf(sample);
        return language == Lingua.Language.Unknown ? "und" : IsoCode(language);
    }

    private static string IsoCode(Lingua.Language language) => language.IsoCode6391().ToString().ToLowerInvariant();
}

using System.Globalization;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Stories.Evaluation;

/// <summary>One CoNLL document analysed as an article, with the character start of each of its sentences.</summary>
public sealed record ConllArticle(int Document, Analysis Analysis, int[] SentenceStarts)
{
    /// <summary>The CoNLL sentence a character offset falls in.</summary>
    public int SentenceAt(int offset)
    {
        int i = Array.BinarySearch(SentenceStarts, offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }
}

/// <summary>
/// CoNLL-2003 documents as a news stream: each document becomes an article (headline as title, the
/// dateline's date as publication day, the tokens as text, sentence by sentence), analysed by the full
/// pipeline, in file order, which is the order Reuters sent them.
/// </summary>
public static class ConllStoryCorpus
{
    public static IEnumerable<ConllArticle> Read(string path, DocumentPipeline pipeline, string source = "Reuters")
    {
        var file = ConllFile.Read(path);
        string? lastDate = null;
        for (int d = 0; d < file.Documents.Count; d++)
        {
            var doc = file.Documents[d].Document;
            var sentences = doc.Sentences;
            string SentenceText(int i) => doc.Text[sentences[i].Start..sentences[i].End];
            string? date = null;
            for (int i = 1; i < Math.Min(3, sentences.Length) && date is null; i++) date = DatelineDate(SentenceText(i));
            date ??= lastDate; // a document without a dateline came on the wire beside its neighbours
            lastDate = date;
            var metadata = new DocumentMetadata
            {
                Id = $"conll-train-{d + 1}", Title = sentences.Length > 0 ? SentenceText(0) : null, Source = source,
                Published = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var starts = new int[sentences.Length];
            for (int i = 0; i < starts.Length; i++) starts[i] = sentences[i].Start;
            var analysed = pipeline.Process(new Document(doc.Text, metadata) { Language = "en" });
            yield return new ConllArticle(d + 1, Analysis.From(analysed), starts);
        }
    }

    /// <summary>"BRUSSELS 1996-08-22": the last token of a dateline is the ISO date.</summary>
    private static string? DatelineDate(string sentence)
    {
        var tokens = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 8) return null;
        string last = tokens[^1];
        return last.Length == 10 && DateOnly.TryParseExact(last, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? last : null;
    }
}

using Chronicle.Annotations;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.FramingAnalysis;

/// <summary>
/// Finds loaded and evaluative language at a token: a lexicon phrase, widened over the words it
/// judges ("unprovoked" + "assassination", "so-called" + "Islamic State") so that the flag shows the
/// whole loaded phrase. Called once per token by <see cref="FramingComponent"/>.
/// </summary>
public sealed class LoadedLanguageFinder(FramingLexicon lexicon)
{
    // a modifier reaches over at most this many following words ("brutal Russian invasion")
    private const int MaxExtension = 3;

    /// <summary>A flag for the loaded phrase starting at token <paramref name="i"/>, or null; sets
    /// <paramref name="next"/> to the first token after the flag so words are not flagged twice.</summary>
    public FramingFlag? Match(Document doc, int i, Sentence sentence, QuotedSpans quotes, out int next)
    {
        next = i + 1;
        var (entry, length) = lexicon.LoadedTerms.LongestMatch(doc, i, sentence.EndToken);
        if (entry is null) return null;
        int after = i + length;
        if (i > sentence.FirstToken && entry.UnlessPrevious.Contains(doc.TokenSpan(i - 1))) return null;
        if (after < sentence.EndToken && entry.UnlessNext.Contains(doc.TokenSpan(after))) return null;

        int first = i, last = after - 1;
        switch (entry.Extension)
        {
            case FlagExtension.NextWord:
                last = ExtendOverJudgedWords(doc, after, sentence.EndToken, last);
                if (last == after - 1 && IsAdverb(doc, i)) first = ExtendBackOverVerb(doc, i, sentence.FirstToken);
                break;
            case FlagExtension.Name:
                last = ExtendOverName(doc, after, sentence.EndToken, last);
                break;
        }
        next = last + 1;
        int start = doc.Tokens[first].Start, end = doc.Tokens[last].End;
        return new FramingFlag
        {
            Text = doc.Text[start..end], Start = start, End = end,
            Category = entry.Category, Voice = quotes.VoiceAt(start),
        };
    }

    public static bool IsContentWord(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && !EnglishFunctionWords.ClosedClass.Contains(doc.TokenSpan(i));

    private static bool IsCapitalised(Document doc, int i) => char.IsUpper(doc.Text[doc.Tokens[i].Start]);

    /// <summary>Capitalised qualifiers ("Russian") then one lower-case head word ("invasion").</summary>
    private static int ExtendOverJudgedWords(Document doc, int j, int end, int last)
    {
        int limit = Math.Min(end, j + MaxExtension);
        while (j < limit && IsContentWord(doc, j))
        {
            last = j;
            if (!IsCapitalised(doc, j)) break;
            j++;
        }
        return last;
    }

    /// <summary>"so-called Islamic State", "so-called “experts”", "so-called experts".</summary>
    private static int ExtendOverName(Document doc, int j, int end, int last)
    {
        bool quoted = j < end && doc.Tokens[j].Kind is TokenKind.OpenQuote or TokenKind.AmbiguousQuote;
        if (quoted) j++;
        int k = j;
        while (k < end && k < j + 5 && doc.Tokens[k].Kind == TokenKind.Word && IsCapitalised(doc, k)) k++;
        if (k > j) last = k - 1;
        else
        {
            // a lower-case term runs to the first closed-class word: "so-called carried interest"
            while (k < end && k < j + MaxExtension && IsContentWord(doc, k)) k++;
            if (k == j) return last;
            last = k - 1;
        }
        if (quoted && last + 1 < end && doc.Tokens[last + 1].Kind is TokenKind.CloseQuote or TokenKind.AmbiguousQuote) last++;
        return last;
    }

    private static bool IsAdverb(Document doc, int i) => doc.TokenSpan(i).EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>A sentence-final adverb judges the verb before it: "were deployed illegally".</summary>
    private static int ExtendBackOverVerb(Document doc, int i, int sentenceStart)
    {
        if (i - 1 < sentenceStart || !IsContentWord(doc, i - 1)) return i;
        var previous = doc.TokenSpan(i - 1);
        return previous.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || previous.EndsWith("en", StringComparison.OrdinalIgnoreCase) ? i - 1 : i;
    }
}

using Chronicle.Lexicon;
using Chronicle.Parsing;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>Where a speech cue stands in a document: a form of <see cref="EnglishSpeechVerbs"/>, or "according to".</summary>
internal static class CueLexicon
{
    /// <summary>Whether token <paramref name="i"/> opens a cue ("said", "according to" with <c>to</c> before
    /// <paramref name="limit"/>); <paramref name="end"/> is the token after it.</summary>
    public static bool IsCueAt(Document doc, int i, int limit, out int end)
    {
        end = i + 1;
        if (doc.Tokens[i].Kind != TokenKind.Word) return false;
        var w = doc.TokenSpan(i);
        if (w is "according" or "According") { end = i + 2; return i + 1 < limit && doc.TokenSpan(i + 1) is "to"; }
        if (EnglishSpeechVerbs.Cues.Contains(w)) return true;
        // "The ad claims “…”", "Rivera calls him a “…”": a form that is a noun elsewhere, tagged as a verb here or
        // governing a subject in the parse
        return EnglishSpeechVerbs.NounLikePresent.Contains(w)
               && (doc.PartOfSpeech is { } tags && (tags[i] is "VBZ" or "VBP" || NominalSubjectBefore(doc, tags, i)));
    }

    private static bool NominalSubjectBefore(Document doc, string[] tags, int verb)
    {
        if (!DependencyTree.IsParsed(doc)) return false;
        int subject = DependencyTree.Child(doc, verb, "nsubj");
        return subject >= 0 && subject < verb && (tags[subject].StartsWith("NN", StringComparison.Ordinal) || tags[subject].StartsWith("PRP", StringComparison.Ordinal));
    }
}

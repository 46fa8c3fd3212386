using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>Attributions found outside the quotation's own sentence: an introducing "X said:", the sentence or
/// paragraph before, or the subject of a quoting sentence without a cue.</summary>
public sealed partial class QuoteAttributor
{
    /// <summary>"X said:" or "X said Tuesday." ending the sentence or paragraph just before a quotation that starts a sentence.</summary>
    private static Attribution? FindInIntroduction(Document doc, MentionIndex mentions, bool[] insideQuote, QuoteSpan span)
    {
        int s = doc.SentenceIndexAt(doc.Tokens[span.OpenToken].Start);
        if (s <= 0 || !StartsSentence(doc, span)) return null;
        var previous = doc.Sentences[s - 1];
        int last = previous.EndToken - 1;
        if (last < previous.FirstToken || doc.TokenSpan(last) is not (":" or ",")) return null;
        for (int v = last - 1; v >= previous.FirstToken && v >= last - 8; v--)
        {
            if (insideQuote[v]) break;
            if (CueLexicon.IsCueAt(doc, v, previous.EndToken, out int cueEnd))
            {
                var subject = SpeakerPhrases.Before(doc, mentions, insideQuote, v, previous.FirstToken)
                              ?? SpeakerPhrases.After(doc, mentions, insideQuote, cueEnd - 1, previous.EndToken);
                if (subject is { } sp) return new Attribution(sp, v, cueEnd);
            }
        }
        if (doc.TokenSpan(last) is ":")
        {
            // "Frank quotes former Carter adviser Alfred Kahn:" introduces the person named last
            for (int v = last - 1; v >= previous.FirstToken && v >= last - 4; v--)
                if (mentions.EntityAt(v) is { Type: EntityKind.Person } person && mentions.MentionAt(v) is { } m)
                    return new Attribution(new SpeakerPhrase(doc.TokenIndexAtOrAfter(m.Start), v + 1, person, m, false), last, last + 1);
            // "Trump issued the following statement:": the introducing sentence's subject
            if (SpeakerPhrases.SentenceSubject(doc, mentions, insideQuote, previous.FirstToken, last) is { } subject
                && (subject.IsPronoun || subject.Entity is { Type: EntityKind.Person or EntityKind.Org }))
                return new Attribution(subject, last, last + 1);
        }
        return null;
    }

    /// <summary>"This makes it difficult, he said. Good information can still drive out bad, but only when “…”":
    /// an attribution in the previous sentence of the same paragraph carries over to a quotation without one.</summary>
    private static Attribution? FindInPreviousSentence(Document doc, MentionIndex mentions, bool[] insideQuote, QuoteSpan span, List<int> paragraphs)
    {
        int s = doc.SentenceIndexAt(doc.Tokens[span.OpenToken].Start);
        if (s <= 0) return null;
        var previous = doc.Sentences[s - 1];
        if (ParagraphOf(paragraphs, previous.Start) != ParagraphOf(paragraphs, span.Start)) return null;
        for (int v = previous.FirstToken; v < previous.EndToken; v++)
        {
            if (insideQuote[v] || !CueLexicon.IsCueAt(doc, v, previous.EndToken, out int cueEnd)) continue;
            var subject = doc.TokenSpan(v) is "according" or "According"
                ? SpeakerPhrases.After(doc, mentions, insideQuote, v + 1, previous.EndToken)
                : SpeakerPhrases.Before(doc, mentions, insideQuote, v, previous.FirstToken)
                  ?? SpeakerPhrases.After(doc, mentions, insideQuote, cueEnd - 1, previous.EndToken)
                  ?? SpeakerPhrases.SentenceSubject(doc, mentions, insideQuote, previous.FirstToken, v);
            if (subject is { } sp) return new Attribution(sp, v, cueEnd);
        }
        // "Sanders identified young voters' exhaustion as a reason. “The younger people are ...”": a quoted sentence
        // after a sentence about a named person, without a quotation of its own, is that person's
        if (StartsSentence(doc, span) && !HasQuote(insideQuote, previous.FirstToken, previous.EndToken)
            && SpeakerPhrases.SentenceSubject(doc, mentions, insideQuote, previous.FirstToken, previous.EndToken) is { IsPronoun: false, Entity.Type: EntityKind.Person } person
            && person.EndToken < previous.EndToken)
            return new Attribution(person, person.EndToken, person.EndToken + 1);
        return null;
    }

    private static bool HasQuote(bool[] insideQuote, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (insideQuote[i]) return true;
        return false;
    }

    /// <summary>The person whose sentence quotes the words without a cue. For one or two words (which may be scare
    /// quotes) only a named person counts, not a pronoun.</summary>
    private static Attribution? SubjectOfQuotingSentence(Document doc, MentionIndex mentions, bool[] insideQuote, QuoteSpan span, bool personOnly)
    {
        int s = doc.SentenceIndexAt(doc.Tokens[span.OpenToken].Start);
        if (s < 0) return null;
        var subject = SpeakerPhrases.SentenceSubject(doc, mentions, insideQuote, doc.Sentences[s].FirstToken, span.OpenToken);
        if (subject is not { } sp || !(sp.IsPronoun && !personOnly || sp.Entity is { Type: EntityKind.Person })) return null;
        // the cue is the verb right after the subject
        int verb = Math.Min(sp.EndToken, span.OpenToken - 1);
        return new Attribution(sp, verb, verb + 1);
    }

    private static Attribution? SpeakerOfPreviousParagraph(Document doc, MentionIndex mentions, bool[] insideQuote, List<int> paragraphs, int paragraph)
    {
        if (paragraph < 1) return null;
        int start = paragraphs[paragraph - 1], end = paragraphs[paragraph];
        int first = doc.SentenceIndexAt(start);
        if (first < 0) return null;
        for (int s = first; s < doc.Sentences.Length && doc.Sentences[s].Start < end; s++)
        {
            var sentence = doc.Sentences[s];
            for (int v = sentence.FirstToken; v < sentence.EndToken; v++)
            {
                if (insideQuote[v]) return null; // a quotation there has its own attribution
                if (CueLexicon.IsCueAt(doc, v, sentence.EndToken, out int cueEnd) && doc.TokenSpan(v) is not ("according" or "According")
                    && SpeakerPhrases.Before(doc, mentions, insideQuote, v, sentence.FirstToken) is { } sp && (sp.IsPronoun || sp.Entity is { Type: EntityKind.Person }))
                    return new Attribution(sp, v, cueEnd);
            }
        }
        return null;
    }
}

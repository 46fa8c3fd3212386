using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.FramingAnalysis;

/// <summary>What kind of attribution cue a phrase is.</summary>
public enum CueKind : byte
{
    /// <summary>A reporting verb: the source stands next to it ("officials said", "said Macron").</summary>
    Verb,
    /// <summary>"according to": the source follows.</summary>
    AccordingTo,
    /// <summary>"reportedly", "allegedly": a claim credited to nobody in particular.</summary>
    Hedge,
}

/// <summary>
/// Attribution balance: for each factual sentence in the outlet's voice, whether its source is
/// named ("Macron said"), unnamed ("officials said", "reportedly") or absent, and how quotes are
/// shared between speakers. Quotes and their speakers come from the quotes stage; for sentences
/// without a credited quote, the reporting verb and the words around it decide.
/// </summary>
public sealed class AttributionScanner
{
    public const string Named = "named", Unnamed = "unnamed", None = "none";
    private const int Window = 4;

    private static readonly PhraseTable<CueKind> Cues = new(
        EnglishSpeechVerbs.ReportingVerbs.Split(' ').Select(w => (w, CueKind.Verb))
        .Append(("according to", CueKind.AccordingTo))
        .Concat(new[] { "reportedly", "allegedly", "purportedly", "supposedly" }.Select(w => (w, CueKind.Hedge))));


    public (CueKind Kind, int Length) MatchCue(Document doc, int i, int end) => Cues.LongestMatch(doc, i, end);

    /// <summary>How one sentence is sourced. <paramref name="cue"/> is the first cue token outside
    /// quotes (-1 when none); <paramref name="quote"/> a quote in the sentence, if any.</summary>
    public ClaimAttribution Classify(Document doc, Sentence sentence, int cue, CueKind kind, int cueLength, Quote? quote, bool[] inEntity)
    {
        if (quote is not null && (quote.Speaker is not null || quote.SpeakerName is not null || quote.SpeakerMention is not null))
        {
            var who = quote.SpeakerMention;
            bool unnamed = who is not null && ContainsUnnamedSource(doc, who.Start, who.End) && !HasCapitalisedName(doc, who.Start, who.End);
            return new ClaimAttribution(sentence.Start, sentence.End, unnamed ? Unnamed : Named, CueMention(doc, quote), who);
        }
        if (cue < 0) return new ClaimAttribution(sentence.Start, sentence.End, None, null, null);
        var cueMention = Span(doc, cue, cue + cueLength - 1);
        if (kind == CueKind.Hedge) return new ClaimAttribution(sentence.Start, sentence.End, Unnamed, cueMention, null);

        int from = kind == CueKind.AccordingTo ? cue + cueLength : Math.Max(sentence.FirstToken, cue - Window);
        int to = Math.Min(sentence.EndToken, kind == CueKind.AccordingTo ? cue + cueLength + Window + 2 : cue + cueLength + Window);
        if (kind == CueKind.Verb) from = Math.Max(from, LastClauseBreak(doc, from, cue) + 1);
        int personName = -1, unnamedNoun = -1, otherName = -1, pronoun = -1;
        // the subject before the verb first, nearest first; then the inverted "said X" after it
        int before = Math.Max(0, Math.Min(cue, to) - from), after = Math.Max(0, to - Math.Max(from, cue + cueLength));
        for (int n = 0; n < before + after; n++)
        {
            int j = n < before ? cue - 1 - n : cue + cueLength + (n - before);
            var t = doc.Tokens[j];
            if (t.Kind != TokenKind.Word) continue;
            var word = doc.TokenSpan(j);
            bool capitalised = char.IsUpper(word[0]) && !EnglishFunctionWords.ClosedClass.Contains(word);
            if (EnglishOrganisationNouns.UnnamedSources.Contains(word)) { if (unnamedNoun < 0) unnamedNoun = j; }
            else if (capitalised && (inEntity[j] || j + 1 < to && IsCapitalisedName(doc, j + 1))) { if (personName < 0) personName = j; }
            else if (capitalised) { if (otherName < 0) otherName = j; }
            else if (EnglishPronouns.Referring.Contains(word) && pronoun < 0) pronoun = j;
        }
        // a named person outranks a generic noun ("Pentagon spokesman John Kirby said"); a generic
        // noun outranks a place or institution that merely qualifies it ("a US official said")
        int source = personName >= 0 ? personName : unnamedNoun >= 0 ? unnamedNoun : otherName >= 0 ? otherName : pronoun;
        string kindOfSource = source < 0 ? Unnamed : source == unnamedNoun ? Unnamed : Named;
        return new ClaimAttribution(sentence.Start, sentence.End, kindOfSource, cueMention, source < 0 ? null : Span(doc, source, source));
    }

    /// <summary>Quotes per speaker, most quoted first (ties by name), with the speaker's actor code and country.</summary>
    public static List<SpeakerShare> QuoteShares(Document doc)
    {
        if (doc.Quotes.Count == 0) return [];
        var entities = doc.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return doc.Quotes
            .GroupBy(q => (q.Speaker, Name: q.Speaker is null ? q.SpeakerName : null))
            .Select(g =>
            {
                var entity = g.Key.Speaker is not null && entities.TryGetValue(g.Key.Speaker, out var e) ? e : null;
                string? name = entity?.Name ?? g.First().SpeakerName;
                return new SpeakerShare(g.Key.Speaker, name, entity?.Code, entity?.Country, g.Count(),
                    Math.Round((double)g.Count() / doc.Quotes.Count, 3));
            })
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name ?? "\uffff", StringComparer.Ordinal)
            .ToList();
    }

    private static Mention? CueMention(Document doc, Quote quote)
    {
        if (quote.Cue is null) return null;
        // the cue word nearest the quote's speaker, else nearest the quote
        int anchor = quote.SpeakerMention?.Start ?? quote.End;
        int best = -1;
        var sentenceIndex = doc.SentenceIndexAt(anchor);
        if (sentenceIndex < 0) return null;
        var sentence = doc.Sentences[sentenceIndex];
        for (int j = sentence.FirstToken; j < sentence.EndToken; j++)
            if (doc.TokenSpan(j).Equals(quote.Cue, StringComparison.OrdinalIgnoreCase)
                && (best < 0 || Math.Abs(doc.Tokens[j].Start - anchor) < Math.Abs(doc.Tokens[best].Start - anchor)))
                best = j;
        return best < 0 ? null : Span(doc, best, best);
    }

    private static int LastClauseBreak(Document doc, int from, int cue)
    {
        int last = from - 1;
        for (int j = from; j < cue; j++)
            if (doc.Tokens[j].Kind is TokenKind.CloseQuote) last = j;
        return last;
    }

    private static bool IsCapitalisedName(Document doc, int j) =>
        doc.Tokens[j].Kind == TokenKind.Word && char.IsUpper(doc.Text[doc.Tokens[j].Start])
        && !EnglishFunctionWords.ClosedClass.Contains(doc.TokenSpan(j)) && !EnglishOrganisationNouns.UnnamedSources.Contains(doc.TokenSpan(j));

    private static bool ContainsUnnamedSource(Document doc, int start, int end)
    {
        for (int j = doc.TokenIndexAtOrAfter(start); j < doc.Tokens.Length && doc.Tokens[j].Start < end; j++)
            if (EnglishOrganisationNouns.UnnamedSources.Contains(doc.TokenSpan(j))) return true;
        return false;
    }

    private static bool HasCapitalisedName(Document doc, int start, int end)
    {
        int first = doc.TokenIndexAtOrAfter(start);
        for (int j = first; j + 1 < doc.Tokens.Length && doc.Tokens[j + 1].Start < end; j++)
            if (IsCapitalisedName(doc, j) && IsCapitalisedName(doc, j + 1)) return true;
        return false;
    }

    private static Mention Span(Document doc, int first, int last)
    {
        int start = doc.Tokens[first].Start, end = doc.Tokens[last].End;
        return new Mention(start, end, doc.Text[start..end]);
    }
}

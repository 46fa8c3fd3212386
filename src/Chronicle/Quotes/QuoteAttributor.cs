using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Lexicon;
using Chronicle.Parsing;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>
/// Quotes stage: every quotation (<see cref="QuoteScanner"/>) with its speaker, cue and addressee. The speaker
/// comes from a speech cue next to the quotation in any order (“…,” X said / “…,” said X / X said: “…” /
/// X said that “…” / according to X), from the same sentence, from a "X said:" introducing it, or — for
/// a quotation that is a whole sentence in a run of quoted paragraphs — from the previous quotation.
/// One- and two-word quotations without a cue in their sentence are scare quotes: kept, unattributed.
/// </summary>
public sealed partial class QuoteAttributor : IDocumentComponent
{
    private readonly SpeakerRanker? _ranker;

    /// <summary>The attributor with the shipped speaker ranker (docs/entities-quotes.md), or the cascade alone when
    /// the catalog has no ranker file.</summary>
    public QuoteAttributor(ModelCatalog? models = null) : this(SpeakerRanker.TryLoad(models), rankerGiven: true) { }

    /// <summary>The attributor with this ranker; null: the ordered rules (the cascade) alone.</summary>
    public QuoteAttributor(SpeakerRanker? ranker, bool rankerGiven = true) => _ranker = rankerGiven ? ranker : null;

    /// <summary>Training: sees every ranked quotation's candidates (with features for <see cref="SpeakerRanker.NewForTraining"/>'s
    /// table) after the cascade has written its answer, before any ranker choice.</summary>
    internal Action<Document, Quote, List<SpeakerCandidate>>? Observer { get; init; }

    public string Name => "quotes";
    public PipelineStage Stage => PipelineStage.Quotes;
    public bool EnglishOnly => true;

    public void Process(Document doc)
    {
        var spans = QuoteScanner.Find(doc);
        if (spans.Count == 0) return;
        var insideQuote = QuoteScanner.InsideFlags(doc, spans);
        var mentions = new MentionIndex(doc);
        var paragraphs = ParagraphStarts(doc.Text);
        Quote? previous = null;
        int previousParagraph = -10, previousSentence = -10;
        foreach (var span in spans)
        {
            var quote = new Quote { Text = doc.Text[span.Start..span.End], Start = span.Start, End = span.End };
            int closeToken = span.CloseToken >= 0 ? span.CloseToken : doc.TokenIndexAtOrAfter(span.End) - 1;
            int paragraph = ParagraphOf(paragraphs, span.Start);
            // one or two words inside a sentence may be scare quotes; a quoted sentence of its own ("“Blacklisted?”") is speech
            bool scare = WordCount(quote.Text) <= 2 && !IsWholeSentence(doc, span, closeToken);
            int sentence = doc.SentenceIndexAt(span.Start);
            var found = FindInSentence(doc, mentions, insideQuote, span, closeToken);
            int rule = found is null ? CascadeRule.None : CascadeRule.InSentence;
            if (found is null && !scare) (found, rule) = (FindInIntroduction(doc, mentions, insideQuote, span), CascadeRule.Introduction);
            // the quotation right after an attributed one, in the next sentence, goes on with its speaker
            bool continuesPrevious = previous is not null && sentence - previousSentence <= 1 && paragraph - previousParagraph <= 1;
            // a named person as the quoting sentence's own subject ("Kall compared Trump to a coach who is “…”")
            // outranks an attribution in the sentence before and the previous quotation's speaker
            if (found is null && !scare && !StartsSentence(doc, span)
                && SubjectOfQuotingSentence(doc, mentions, insideQuote, span, personOnly: true) is { Speaker.IsPronoun: false } named)
                (found, rule) = (named, CascadeRule.NamedSubject);
            if (found is null && !scare && !continuesPrevious)
                (found, rule) = (FindInPreviousSentence(doc, mentions, insideQuote, span, paragraphs), CascadeRule.PreviousSentence);
            if (found is null && (scare || !continuesPrevious))
            {
                if (!StartsSentence(doc, span) && SubjectOfQuotingSentence(doc, mentions, insideQuote, span, personOnly: scare) is { } subject)
                    (found, rule) = (subject, CascadeRule.Subject); // "Sanders credited Clinton's victory to “a closed primary ...”": the subject's words, no cue
            }
            // a paragraph of reported speech between the previous quotation and this one names the new speaker
            // ("Carter said that ... ⏎ “That's because ...”")
            if (found is null && !scare && paragraph - previousParagraph >= 2)
                (found, rule) = (SpeakerOfPreviousParagraph(doc, mentions, insideQuote, paragraphs, paragraph), CascadeRule.PreviousParagraph);
            Attribution? chosen = null;
            if (found is { } attribution)
            {
                var f = Resolve(doc, mentions, insideQuote, attribution, span.OpenToken);
                Apply(doc, quote, f, mentions);
                chosen = f;
                if (f.Speaker.IsPronoun && quote.Speaker is null && previous?.Speaker is not null && doc.TokenSpan(f.Speaker.FirstToken) is "he" or "she" or "He" or "She")
                {
                    quote.Speaker = previous.Speaker;
                    quote.SpeakerName = previous.SpeakerName;
                    rule = CascadeRule.PronounOfPrevious;
                }
            }
            else if (!scare && previous?.SpeakerMention is not null && paragraph - previousParagraph <= 2)
            {
                // a run of quoted sentences or paragraphs continues the previous speaker
                quote.Speaker = previous.Speaker;
                quote.SpeakerName = previous.SpeakerName;
                quote.SpeakerMention = previous.SpeakerMention;
                quote.Cue = previous.Cue;
                rule = CascadeRule.ContinuesPrevious;
            }
            else rule = CascadeRule.None;
            if (_ranker is not null || Observer is not null)
            {
                var site = new QuoteSite(span, closeToken, sentence, Math.Max(sentence, doc.SentenceIndexAt(doc.Tokens[Math.Min(closeToken, doc.Tokens.Length - 1)].Start)),
                                         paragraph, scare, StartsSentence(doc, span), IsWholeSentence(doc, span, closeToken), WordCount(quote.Text), rule, previous);
                Rank(doc, mentions, insideQuote, paragraphs, site, quote, chosen);
            }
            doc.Quotes.Add(quote);
            if (quote.SpeakerMention is not null)
            {
                previous = quote;
                previousParagraph = ParagraphOf(paragraphs, span.End);
                previousSentence = doc.SentenceIndexAt(Math.Max(span.Start, span.End - 1));
            }
        }
    }

    private readonly record struct Attribution(SpeakerPhrase Speaker, int CueToken, int CueEnd);

    /// <summary>Cue and speaker in the quotation's own sentence(s): right after the closing mark, then before the
    /// opening mark, then anywhere later in the sentence.</summary>
    private static Attribution? FindInSentence(Document doc, MentionIndex mentions, bool[] insideQuote, QuoteSpan span, int closeToken)
    {
        int openSentence = doc.SentenceIndexAt(doc.Tokens[span.OpenToken].Start);
        int closeSentence = Math.Max(openSentence, doc.SentenceIndexAt(doc.Tokens[Math.Min(closeToken, doc.Tokens.Length - 1)].Start));
        if (openSentence < 0) return null;
        int sentenceStart = doc.Sentences[openSentence].FirstToken;
        int ownEnd = doc.Sentences[closeSentence].EndToken;
        int sentenceEnd = ownEnd;
        // a closing mark that ends its sentence may still be followed by the attribution ("…!” US Senator X said.),
        // unless a cue before the quotation has attributed it already ("X said “…” Y said ...")
        if (closeToken + 1 < doc.Tokens.Length && closeToken + 1 >= sentenceEnd && closeSentence + 1 < doc.Sentences.Length
            && !HasNewlineAfter(doc, closeToken) && !HasCueBefore(doc, insideQuote, sentenceStart, span.OpenToken))
            sentenceEnd = doc.Sentences[closeSentence + 1].EndToken;
        // "…,” X said …, according to Y": the outer source is the one the text relies on
        for (int v = closeToken + 1; v + 1 < ownEnd; v++)
            if (!insideQuote[v] && doc.TokenSpan(v).Equals("according", StringComparison.OrdinalIgnoreCase) && doc.TokenSpan(v + 1) is "to"
                && SpeakerPhrases.After(doc, mentions, insideQuote, v + 1, ownEnd) is { } source)
                return new Attribution(source, v, v + 2);

        // 0. a signature under or after a quotation: “…” ⏎ — Michelle Marks / “…” ― Sonya Herridge ⏎ (the name ends the line)
        if (closeToken + 2 < doc.Tokens.Length && doc.TokenSpan(closeToken + 1) is "-" or "—" or "–" or "―"
            && SpeakerPhrases.After(doc, mentions, insideQuote, closeToken + 1, Math.Min(doc.Tokens.Length, closeToken + 8)) is { } signed
            && (HasNewlineAfter(doc, closeToken) || EndsLine(doc, signed.EndToken - 1) && IsName(doc, signed)))
            return new Attribution(signed, closeToken + 1, closeToken + 2);
        // 1. right after the closing mark: “…,” said X / “…,” X said
        int k = closeToken + 1;
        while (k < sentenceEnd && doc.Tokens[k].Kind == TokenKind.Punctuation && doc.TokenSpan(k) is "," or "—" or "–") k++;
        if (k < sentenceEnd && !insideQuote[k])
        {
            // (a participle there is no inversion: “…,” answering questions)
            if (CueLexicon.IsCueAt(doc, k, sentenceEnd, out int cueEnd) && !doc.TokenSpan(k).EndsWith("ing") && SpeakerPhrases.After(doc, mentions, insideQuote, cueEnd - 1, sentenceEnd) is { } after)
                return new Attribution(after, k, cueEnd);
            bool namedPerson = false;
            for (int v = k + 1; v < sentenceEnd && v <= k + 10 && !insideQuote[v] && !SubjectBreakers.Contains(doc.TokenSpan(k)); v++)
            {
                namedPerson |= mentions.EntityAt(v - 1) is { Type: EntityKind.Person };
                // the words between the quotation and the cue must be the subject: no clause break, no passive
                if (doc.TokenSpan(v) is ";" or "“" or "\"" || SubjectBreakers.Contains(doc.TokenSpan(v))) break;
                // in the next sentence a comma ends the subject, unless it sets off an apposition to a name ("Rep. X, R-Pa., said")
                if (v >= ownEnd && doc.TokenSpan(v) is "," && !namedPerson) break;
                bool cue = CueLexicon.IsCueAt(doc, v, sentenceEnd, out cueEnd);
                // “…,” Conway notes. / the document states.: a form that is a noun elsewhere needs a name, pronoun or
                // determiner phrase before it
                if ((cue || v <= k + 3 && EnglishSpeechVerbs.CuesAfterQuote.Contains(doc.TokenSpan(v)))
                    && SpeakerPhrases.Before(doc, mentions, insideQuote, v, k) is { } before
                    && (cue || before.IsPronoun || before.Entity is not null || doc.TokenSpan(before.FirstToken) is "the" or "The" or "a" or "A"))
                    return new Attribution(before, v, cueEnd);
            }
        }
        // "Said Ellis: “…”": a sentence opening with its cue names the speaker after it
        if (sentenceStart + 1 < span.OpenToken && EnglishSpeechVerbs.CuesAfterQuote.Contains(doc.TokenSpan(sentenceStart)) && char.IsUpper(doc.TokenSpan(sentenceStart)[0])
            && SpeakerPhrases.After(doc, mentions, insideQuote, sentenceStart, span.OpenToken) is { } inverted)
            return new Attribution(inverted, sentenceStart, sentenceStart + 1);
        // 2. before the opening mark: X said “…” / X called France a “…”. When reported speech nests ("Obama said
        //    Americans will say “no”"), the outermost speaker (the first cue with a person as subject) is the source.
        // "According to the exit polls, 24% of voters put …“…”": the source the sentence relies on comes first
        for (int v = sentenceStart; v + 1 < span.OpenToken; v++)
            if (!insideQuote[v] && doc.TokenSpan(v).Equals("according", StringComparison.OrdinalIgnoreCase) && doc.TokenSpan(v + 1) is "to"
                && SpeakerPhrases.After(doc, mentions, insideQuote, v + 1, span.OpenToken) is { } relied)
                return new Attribution(relied, v, v + 2);
        Attribution? outerCue = null;
        for (int v = sentenceStart; v < span.OpenToken; v++)
        {
            if (insideQuote[v] || !CueLexicon.IsCueAt(doc, v, span.OpenToken, out int cueEnd) || doc.TokenSpan(v) is "according" or "According") continue;
            if (SpeakerPhrases.Before(doc, mentions, insideQuote, v, sentenceStart) is { } outer && (outer.IsPronoun || outer.Entity is { Type: EntityKind.Person or EntityKind.Org }))
            {
                outerCue = new Attribution(outer, v, cueEnd);
                break;
            }
        }
        var nearestCue = NearestCueBefore(doc, mentions, insideQuote, span, sentenceStart, closeToken, ownEnd);
        // the outer speaker wins unless a clause boundary separates its cue from the nearer speaker
        if (outerCue is { } outermost && (nearestCue is not { } near || near.CueToken == outermost.CueToken
                                          || !HasClauseBreak(doc, outermost.CueEnd, near.Speaker.FirstToken)))
            return outermost;
        if (nearestCue is { } nearer) return nearer;
        return LaterInSentence(doc, mentions, insideQuote, closeToken, sentenceStart, ownEnd);
    }

    private static bool HasCueBefore(Document doc, bool[] insideQuote, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!insideQuote[i] && CueLexicon.IsCueAt(doc, i, to, out _)) return true;
        return false;
    }

    /// <summary>A comma or a conjunction opening another clause ("Cruz said as the heckler yelled: “…”").</summary>
    private static bool HasClauseBreak(Document doc, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (doc.TokenSpan(i) is "," or ";" or "as" or "while" or "when" or "but" or "and" or "after" or "before" or "because" or "although" or "though" or "whereas")
                return true;
        return false;
    }

    private static Attribution? NearestCueBefore(Document doc, MentionIndex mentions, bool[] insideQuote, QuoteSpan span, int sentenceStart, int closeToken, int ownEnd)
    {
        for (int v = span.OpenToken - 1; v >= sentenceStart; v--)
        {
            if (insideQuote[v]) continue;
            if (CueLexicon.IsCueAt(doc, v, span.OpenToken, out int cueEnd) || v >= span.OpenToken - 4 && EnglishSpeechVerbs.CuesAfterQuote.Contains(doc.TokenSpan(v))
                && v > sentenceStart && (EnglishPronouns.Speakers.Contains(doc.TokenSpan(v - 1)) || mentions.EntityAt(v - 1) is { Type: EntityKind.Person }))
            {
                // "often labeled as a “witch hunt” by Democrats": a passive cue's agent follows the quotation
                if (closeToken + 2 < ownEnd && doc.TokenSpan(closeToken + 1) is "by" && doc.TokenSpan(v).EndsWith("ed") && v > sentenceStart
                    && PassiveMarkers.Contains(doc.TokenSpan(v - 1))
                    && SpeakerPhrases.After(doc, mentions, insideQuote, closeToken + 1, ownEnd) is { } agent)
                    return new Attribution(agent, v, cueEnd);
                var subject = doc.TokenSpan(v) is "according" or "According" ? SpeakerPhrases.After(doc, mentions, insideQuote, v + 1, span.OpenToken)
                                                             : SpeakerPhrases.Before(doc, mentions, insideQuote, v, sentenceStart)
                                                               ?? SpeakerPhrases.SentenceSubject(doc, mentions, insideQuote, sentenceStart, v);
                if (subject is { } s) return new Attribution(s, v, cueEnd);
            }
        }
        return null;
    }

    /// <summary>3. A cue later in the sentence: “…” so long as …, X has announced.</summary>
    private static Attribution? LaterInSentence(Document doc, MentionIndex mentions, bool[] insideQuote, int closeToken, int sentenceStart, int ownEnd)
    {
        for (int v = closeToken + 1; v < ownEnd; v++)
        {
            if (insideQuote[v]) continue;
            if (CueLexicon.IsCueAt(doc, v, ownEnd, out int cueEnd))
            {
                var subject = doc.TokenSpan(v) is "according" or "According"
                    ? SpeakerPhrases.After(doc, mentions, insideQuote, v + 1, ownEnd)
                    // ("…, told reporters": who follows a cue of address is spoken to, not speaking)
                    : v > closeToken + 1 && doc.TokenSpan(v - 1) is "," && !doc.TokenSpan(v).EndsWith("ing") && !EnglishSpeechVerbs.AddressCues.Contains(doc.TokenSpan(v))
                      && SpeakerPhrases.After(doc, mentions, insideQuote, cueEnd - 1, ownEnd) is { } inverted
                      ? inverted // "“…” if she didn't win by more, said David Wasserman"
                      : SpeakerPhrases.Before(doc, mentions, insideQuote, v, closeToken + 1)
                        ?? SpeakerPhrases.SentenceSubject(doc, mentions, insideQuote, sentenceStart, v);
                if (subject is { } s) return new Attribution(s, v, cueEnd);
            }
        }
        return null;
    }

    private static readonly WordSet PassiveMarkers = new(EnglishFunctionWords.Be + " as often widely frequently repeatedly once also long");

    private static bool IsWholeSentence(Document doc, QuoteSpan span, int closeToken)
    {
        int s = doc.SentenceIndexAt(doc.Tokens[span.OpenToken].Start);
        if (s < 0 || doc.Sentences[s].FirstToken != span.OpenToken) return false;
        int end = doc.Sentences[s].EndToken;
        return closeToken >= end - 2 && closeToken < end;
    }

    private static readonly WordSet SubjectBreakers = new(
        "and but since because while when after before between that which if " + EnglishFunctionWords.Be);

    private static void Apply(Document doc, Quote quote, Attribution a, MentionIndex mentions)
    {
        var sp = a.Speaker;
        quote.SpeakerMention = sp.Mention;
        quote.Cue = doc.Text[doc.Tokens[a.CueToken].Start..doc.Tokens[a.CueEnd - 1].End];
        if (sp.Entity is { } e)
        {
            quote.Speaker = e.Id;
            quote.SpeakerName = e.Name;
        }
        else if (!sp.IsPronoun) quote.SpeakerName = sp.Name ?? sp.Mention.Text;
        if (EnglishSpeechVerbs.AddressCues.Contains(doc.TokenSpan(a.CueToken)))
        {
            for (int j = a.CueEnd; j < doc.Tokens.Length && j < a.CueEnd + 8; j++)
            {
                if (doc.TokenSpan(j) is "that" or "," or ":" or "." || doc.Tokens[j].Kind is TokenKind.OpenQuote) break;
                if (mentions.EntityAt(j) is { Type: EntityKind.Person or EntityKind.Org or EntityKind.Gpe } addressee && addressee.Id != quote.Speaker)
                {
                    quote.Addressee = addressee.Id;
                    quote.AddresseeName = addressee.Name;
                    if (addressee.Type == EntityKind.Person) break;
                }
            }
        }
    }

    private static bool StartsSentence(Document doc, QuoteSpan span)
    {
        int s = doc.SentenceIndexAt(doc.Tokens[span.OpenToken].Start);
        return s >= 0 && doc.Sentences[s].FirstToken >= span.OpenToken - 1;
    }

    private static bool StartsLowercaseOrPronoun(Document doc, int i) =>
        doc.Tokens[i].Kind == TokenKind.Word && (char.IsLower(doc.TokenSpan(i)[0]) || EnglishPronouns.Speakers.Contains(doc.TokenSpan(i)));

    /// <summary>A person or organisation, or a phrase of capitalized words (a name the entity layer did not know).</summary>
    private static bool IsName(Document doc, SpeakerPhrase phrase)
    {
        if (phrase.Entity is { Type: EntityKind.Person or EntityKind.Org }) return true;
        if (phrase.IsPronoun) return false;
        for (int j = phrase.FirstToken; j < phrase.EndToken; j++)
            if (doc.Tokens[j].Kind == TokenKind.Word && !char.IsUpper(doc.TokenSpan(j)[0])) return false;
        return true;
    }

    /// <summary>The token is the last of its line, a full stop aside.</summary>
    private static bool EndsLine(Document doc, int token)
    {
        if (token + 1 < doc.Tokens.Length && doc.TokenSpan(token + 1) is ".") token++;
        return token + 1 >= doc.Tokens.Length || HasNewlineAfter(doc, token);
    }

    private static bool HasNewlineAfter(Document doc, int token) =>
        token + 1 < doc.Tokens.Length && doc.Text.AsSpan(doc.Tokens[token].End, doc.Tokens[token + 1].Start - doc.Tokens[token].End).Contains('\n');

    private static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter || c is '-' or '\'' or '’';
        }
        return words;
    }

    private static List<int> ParagraphStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) starts.Add(i + 1);
        return starts;
    }

    internal static int ParagraphOf(List<int> starts, int offset)
    {
        int index = starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}

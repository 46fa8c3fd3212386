using Chronicle.Annotations;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>Which generator proposed a speaker candidate; one candidate may be proposed by several, and each is a
/// feature of the ranker (<see cref="SpeakerFeatures"/>).</summary>
[Flags]
internal enum SpeakerSource
{
    None = 0,
    /// <summary>The answer of the ordered rules (the cascade in QuoteAttributor.cs).</summary>
    Cascade = 1,
    /// <summary>The subject of a speech cue in the window ("X said", the parse's nsubj, an apposition).</summary>
    CueSubject = 2,
    /// <summary>The phrase after a cue ("said X", "according to X", and the one told in "told X").</summary>
    CueAfter = 4,
    /// <summary>A person or organisation mention in the window.</summary>
    Mention = 8,
    /// <summary>A personal pronoun in the window, resolved like the cascade's.</summary>
    Pronoun = 16,
    /// <summary>The speaker of the previous attributed quotation.</summary>
    Previous = 32,
    /// <summary>The person mentioned most often in the quotation's paragraph and the one before.</summary>
    Topic = 64,
}

/// <summary>What choosing a candidate writes into the quotation.</summary>
internal readonly record struct SpeakerOutput(string? Speaker, string? Name, Mention? Mention, string? Cue, string? Addressee, string? AddresseeName)
{
    public static SpeakerOutput Of(Quote q) => new(q.Speaker, q.SpeakerName, q.SpeakerMention, q.Cue, q.Addressee, q.AddresseeName);

    public void WriteTo(Quote q)
    {
        q.Speaker = Speaker; q.SpeakerName = Name; q.SpeakerMention = Mention; q.Cue = Cue;
        q.Addressee = Addressee; q.AddresseeName = AddresseeName;
    }
}

/// <summary>One possible speaker of a quotation: the phrase (resolved to its entity), the cue that proposed it (-1 for
/// none), the generators behind it and what choosing it writes.</summary>
internal sealed class SpeakerCandidate
{
    public required SpeakerPhrase Phrase { get; set; }
    public int CueToken { get; set; } = -1;
    public SpeakerSource Sources { get; set; }
    public required SpeakerOutput Output { get; set; }
    /// <summary>Tokens between the nearest proposal of this candidate and the quotation (0 inside its sentence's words).</summary>
    public int Distance { get; set; } = int.MaxValue;
    /// <summary>The proposal's sentence minus the quotation's opening sentence (0 for its own sentence(s)).</summary>
    public int SentenceOffset { get; set; }
    public int[] Features { get; set; } = [];
}

/// <summary>What every candidate of one quotation shares: the quotation, its sentences and the cascade's verdict.</summary>
internal readonly record struct QuoteSite(QuoteSpan Span, int CloseToken, int OpenSentence, int CloseSentence, int Paragraph,
                                          bool Scare, bool StartsSentence, bool WholeSentence, int Words, int CascadeRule, Quote? Previous);

/// <summary>Which rule of the cascade gave its answer (a feature of the cascade's candidate).</summary>
internal static class CascadeRule
{
    public const int None = 0, InSentence = 1, Introduction = 2, NamedSubject = 3, PreviousSentence = 4, Subject = 5,
        PreviousParagraph = 6, ContinuesPrevious = 7, PronounOfPrevious = 8;
}

public sealed partial class QuoteAttributor
{
    /// <summary>The ranker's choice among the candidates replaces the cascade's answer already in <paramref name="quote"/>.</summary>
    private void Rank(Document doc, MentionIndex mentions, bool[] insideQuote, List<int> paragraphs, in QuoteSite site, Quote quote, Attribution? cascadeAttribution)
    {
        // a cue of the quotation's own sentence that names a speaker ("…,” X said as Y shouted “…”) is the cascade's
        // surest rule, for scare quotes too: the ranker decides elsewhere
        if (site.CascadeRule == CascadeRule.InSentence) return;
        var cues = new List<int>();
        var candidates = Candidates(doc, mentions, insideQuote, paragraphs, site, quote, cascadeAttribution, cues);
        if (candidates.Count == 0) return;
        SpeakerFeatures.Extract(doc, paragraphs, site, candidates, cues, _ranker?.Mask ?? SpeakerRanker.TrainingMask);
        Observer?.Invoke(doc, quote, candidates);
        if (_ranker?.Choose(candidates) is >= 0 and var best) candidates[best].Output.WriteTo(quote);
    }

    /// <summary>Sentences before the quotation's own that candidates are drawn from, and after it.</summary>
    private const int WindowBefore = 2, WindowAfter = 1;

    /// <summary>Speaker candidates of one quotation: the cascade's answer (already written in <paramref name="quote"/>),
    /// cue subjects and objects, person/organisation mentions and pronouns within the window, the previous speaker and
    /// the paragraph's topic person. Candidates naming one entity are merged (the scorer and the reader see one speaker).</summary>
    private static List<SpeakerCandidate> Candidates(Document doc, MentionIndex mentions, bool[] insideQuote, List<int> paragraphs,
                                                     in QuoteSite site, Quote quote, Attribution? cascade, List<int> cues)
    {
        var list = new List<SpeakerCandidate>();
        var byKey = new Dictionary<string, SpeakerCandidate>(StringComparer.Ordinal);
        var answer = SpeakerOutput.Of(quote);
        if (answer.Mention is { } cm)
            Add(list, byKey, doc, site, new SpeakerCandidate
            {
                Phrase = cascade?.Speaker ?? new SpeakerPhrase(doc.TokenIndexAtOrAfter(cm.Start), doc.TokenIndexAtOrAfter(cm.End), null, cm, false),
                CueToken = cascade?.CueToken ?? -1, Sources = SpeakerSource.Cascade, Output = answer,
            });
        int firstSentence = Math.Max(0, site.OpenSentence - WindowBefore);
        int lastSentence = Math.Min(doc.Sentences.Length - 1, site.CloseSentence + WindowAfter);
        int from = doc.Sentences[firstSentence].FirstToken, to = doc.Sentences[lastSentence].EndToken;
        var relays = new List<(int Start, int End)>();
        for (int v = from; v < to; v++)
        {
            if (insideQuote[v] || doc.Tokens[v].Kind != TokenKind.Word) continue;
            int sentence = doc.SentenceIndexAt(doc.Tokens[v].Start);
            int sentenceStart = doc.Sentences[sentence].FirstToken, sentenceEnd = doc.Sentences[sentence].EndToken;
            if (CueLexicon.IsCueAt(doc, v, sentenceEnd, out int cueEnd))
            {
                cues.Add(v);
                bool according = doc.TokenSpan(v) is "according" or "According";
                if (!according && SpeakerPhrases.Before(doc, mentions, insideQuote, v, sentenceStart) is { } subject)
                {
                    // "IRNA quoted the radio as saying": the relay's own mention is no candidate of its own
                    if (RelayedSource(doc, mentions, insideQuote, new Attribution(subject, v, cueEnd)) is not null)
                        relays.Add((doc.Tokens[subject.FirstToken].Start, doc.Tokens[subject.EndToken - 1].End));
                    AddPhrase(list, byKey, doc, mentions, insideQuote, site, subject, v, cueEnd, SpeakerSource.CueSubject);
                }
                if (SpeakerPhrases.After(doc, mentions, insideQuote, according ? v + 1 : cueEnd - 1, sentenceEnd) is { } after)
                    AddPhrase(list, byKey, doc, mentions, insideQuote, site, after, v, cueEnd, SpeakerSource.CueAfter);
            }
            var w = doc.TokenSpan(v);
            if (EnglishPronouns.Speakers.Contains(w) && w is not ("it" or "It"))
                AddPhrase(list, byKey, doc, mentions, insideQuote, site,
                    new SpeakerPhrase(v, v + 1, mentions.EntityAt(v), new Mention(doc.Tokens[v].Start, doc.Tokens[v].End, w.ToString()), true),
                    -1, -1, SpeakerSource.Pronoun);
            else if (mentions.EntityAt(v) is { Type: EntityKind.Person or EntityKind.Org or EntityKind.Norp or EntityKind.Gpe } e
                     && mentions.MentionAt(v) is { } m && (v == from || !ReferenceEquals(mentions.MentionAt(v - 1), m)))
                AddPhrase(list, byKey, doc, mentions, insideQuote, site,
                    new SpeakerPhrase(v, doc.TokenIndexAtOrAfter(m.End), e, m, false), -1, -1, SpeakerSource.Mention);
        }
        if (site.Previous is { SpeakerMention: { } pm } previous)
            Add(list, byKey, doc, site, new SpeakerCandidate
            {
                Phrase = new SpeakerPhrase(doc.TokenIndexAtOrAfter(pm.Start), doc.TokenIndexAtOrAfter(pm.End), null, pm, false),
                Sources = SpeakerSource.Previous, Output = SpeakerOutput.Of(previous),
            });
        if (TopicPerson(doc, mentions, paragraphs, site.Paragraph) is { } topic)
        {
            int quoteStart = site.Span.Start;
            var tm = topic.Mentions.LastOrDefault(m => m.End <= quoteStart) ?? topic.Mentions[0];
            int first = doc.TokenIndexAtOrAfter(tm.Start);
            AddPhrase(list, byKey, doc, mentions, insideQuote, site,
                new SpeakerPhrase(first, doc.TokenIndexAtOrAfter(tm.End), topic, tm, false), -1, -1, SpeakerSource.Topic);
        }
        if (relays.Count > 0)
            list.RemoveAll(c => (c.Sources & ~(SpeakerSource.Mention | SpeakerSource.Topic)) == 0 && c.Phrase.Entity is { } e
                                && e.Mentions.Exists(m => relays.Exists(r => m.Start >= r.Start && m.End <= r.End)));
        return list;
    }

    private static void AddPhrase(List<SpeakerCandidate> list, Dictionary<string, SpeakerCandidate> byKey, Document doc, MentionIndex mentions,
                                  bool[] insideQuote, in QuoteSite site, SpeakerPhrase phrase, int cue, int cueEnd, SpeakerSource source)
    {
        // the same resolution the cascade applies: relays, organisations behind descriptions, pronoun antecedents
        var resolved = phrase.Entity is not null && !phrase.IsPronoun && cue < 0
            ? phrase
            : Resolve(doc, mentions, insideQuote, new Attribution(phrase, Math.Max(cue, phrase.FirstToken), Math.Max(cueEnd, phrase.FirstToken + 1)), site.Span.OpenToken).Speaker;
        var scratch = new Quote { Text = "" };
        if (cue >= 0) Apply(doc, scratch, new Attribution(resolved, cue, cueEnd), mentions);
        else
        {
            scratch.SpeakerMention = resolved.Mention;
            if (resolved.Entity is { } e) { scratch.Speaker = e.Id; scratch.SpeakerName = e.Name; }
            else if (!resolved.IsPronoun) scratch.SpeakerName = resolved.Name ?? resolved.Mention.Text;
        }
        Add(list, byKey, doc, site, new SpeakerCandidate { Phrase = resolved, CueToken = cue, Sources = source, Output = SpeakerOutput.Of(scratch) });
    }

    /// <summary>Adds a candidate or merges it into the one naming the same speaker: the generators are united, the
    /// earlier proposal's phrase and cue stay (the cascade's first, then cue-based ones), the nearest distance counts.</summary>
    private static void Add(List<SpeakerCandidate> list, Dictionary<string, SpeakerCandidate> byKey, Document doc, in QuoteSite site, SpeakerCandidate c)
    {
        if (c.Output.Mention is not { } mention) return;
        var (distance, offset) = Place(doc, site, c.Phrase);
        // an unresolved pronoun names nobody but is still the speaker's mention ("“…,” she said")
        string key = c.Output.Speaker ?? (c.Output.Name is { } name ? "n:" + name : "m:" + mention.Start);
        if (byKey.TryGetValue(key, out var known))
        {
            known.Sources |= c.Sources;
            if (distance < known.Distance) (known.Distance, known.SentenceOffset) = (distance, offset);
            if (known.CueToken < 0 && c.CueToken >= 0 && (known.Sources & SpeakerSource.Cascade) == 0)
            {
                known.Phrase = c.Phrase; known.CueToken = c.CueToken; known.Output = c.Output;
            }
            return;
        }
        (c.Distance, c.SentenceOffset) = (distance, offset);
        byKey[key] = c;
        list.Add(c);
    }

    /// <summary>Token distance of a phrase from the quotation (negative before it) and its sentence offset.</summary>
    private static (int Distance, int SentenceOffset) Place(Document doc, in QuoteSite site, SpeakerPhrase p)
    {
        int s = p.FirstToken < doc.Tokens.Length ? doc.SentenceIndexAt(doc.Tokens[p.FirstToken].Start) : -1;
        int offset = s < 0 ? -9 : s < site.OpenSentence ? s - site.OpenSentence : s > site.CloseSentence ? s - site.CloseSentence : 0;
        int distance = p.EndToken <= site.Span.OpenToken ? p.EndToken - site.Span.OpenToken
            : p.FirstToken > site.CloseToken ? p.FirstToken - site.CloseToken : 0;
        return (distance, offset);
    }

    /// <summary>The person named most often in the quotation's paragraph and the one before it (at least twice), or null.</summary>
    private static Entity? TopicPerson(Document doc, MentionIndex mentions, List<int> paragraphs, int paragraph)
    {
        int start = paragraphs[Math.Max(0, paragraph - 1)];
        int end = paragraph + 1 < paragraphs.Count ? paragraphs[paragraph + 1] : doc.Text.Length;
        Entity? best = null;
        int bestCount = 1;
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityKind.Person) continue;
            int count = 0;
            foreach (var m in e.Mentions) if (m.Start >= start && m.End <= end) count++;
            if (count > bestCount) (best, bestCount) = (e, count);
        }
        return best;
    }
}

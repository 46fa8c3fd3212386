using Chronicle.Annotations;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.FramingAnalysis;

/// <summary>
/// How the story is told (issue 10): loaded language with its voice, source markers, tone and
/// attribution balance, filled into <see cref="Document.Framing"/>. Runs after the quotes stage,
/// whose quotes decide what is the outlet's voice. One pass over each sentence's tokens, with
/// frozen-dictionary lookups on the token characters for every lexicon.
/// </summary>
public sealed class FramingComponent : IDocumentComponent
{
    private readonly LoadedLanguageFinder _loaded;
    private readonly SourceMarkerFinder _markers;
    private readonly AttributionScanner _attribution = new();
    private readonly ToneLexicon? _tone;
    private readonly string? _toneProblem;

    public FramingComponent(FramingLexicon lexicon, ToneLexicon? tone, string? toneProblem = null)
    {
        _loaded = new LoadedLanguageFinder(lexicon);
        _markers = new SourceMarkerFinder(lexicon);
        _tone = tone;
        _toneProblem = tone is null ? toneProblem ?? "tone not computed: no tone lexicon" : null;
    }

    /// <summary>The component with Chronicle's lexicon and the installed tone lexicon (tone is left
    /// out, with a note, when setup has not installed it).</summary>
    public static FramingComponent FromModels(ModelCatalog models) =>
        new(FramingLexicon.Default, ToneLexicon.TryLoad(models, out var problem), problem);

    public string Name => "framing";
    public PipelineStage Stage => PipelineStage.Framing;
    public bool EnglishOnly => true;

    public void Process(Document doc)
    {
        var quotes = new QuotedSpans(doc);
        var framing = doc.Framing;
        var noteLines = _markers.FindNoteLines(doc, quotes);
        var markers = new List<FramingFlag>(noteLines);
        var loaded = new List<FramingFlag>();
        var quoteBySentence = QuotesBySentence(doc);
        var inPersonName = PersonTokens(doc);
        var tone = new ToneCounter();
        var sentenceTones = new List<SentenceTone>(doc.Sentences.Length);
        var attribution = new AttributionBalance();
        ReadOnlySpan<TextSpan> quoteSpans = quotes.Spans;
        int quoteCursor = 0, noteCursor = 0;

        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            var sentenceCounts = new ToneCounter();
            int loadedNext = sentence.FirstToken, markerNext = sentence.FirstToken, toneNext = sentence.FirstToken;
            int cue = -1, cueLength = 0, outletWords = 0;
            CueKind cueKind = CueKind.Verb;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = doc.Tokens[i];
                while (quoteCursor < quoteSpans.Length && quoteSpans[quoteCursor].End <= token.Start) quoteCursor++;
                bool quoted = quoteCursor < quoteSpans.Length && quoteSpans[quoteCursor].Contains(token.Start);
                if (token.Kind == TokenKind.Word)
                {
                    sentenceCounts.Words++;
                    if (!quoted) { tone.OutletWords++; outletWords++; }
                }
                if (_tone is not null && i >= toneNext && token.Kind == TokenKind.Word)
                {
                    var (valence, length) = _tone.Match(doc, i, sentence.EndToken);
                    if (length > 0)
                    {
                        toneNext = i + length;
                        sentenceCounts.Add(valence);
                        if (!quoted) tone.AddOutlet(valence);
                    }
                }
                if (i >= markerNext)
                {
                    var marker = _markers.MatchInline(doc, i, sentence, quotes, out int afterMarker)
                                 ?? _markers.MatchFootnoteMarker(doc, i, sentence, noteLines, quotes);
                    // a designation inside a note line is part of that note, not a second marker
                    if (marker is not null && !Overlaps(noteLines, marker)) markers.Add(marker);
                    if (marker is not null) markerNext = Math.Max(afterMarker, doc.TokenIndexAtOrAfter(marker.End));
                }
                if (i >= loadedNext)
                {
                    var flag = _loaded.Match(doc, i, sentence, quotes, out int afterFlag);
                    if (flag is not null) { loaded.Add(flag); loadedNext = afterFlag; }
                }
                if (cue < 0 && !quoted && token.Kind == TokenKind.Word)
                {
                    var (kind, length) = _attribution.MatchCue(doc, i, sentence.EndToken);
                    if (length > 0) { cue = i; cueLength = length; cueKind = kind; }
                }
            }
            tone.Merge(sentenceCounts);
            if (_tone is not null && sentenceCounts.Words > 0)
                sentenceTones.Add(new SentenceTone(sentence.Start, sentence.End, sentenceCounts.Tone, sentenceCounts.PositiveShare, sentenceCounts.NegativeShare));
            while (noteCursor < noteLines.Count && noteLines[noteCursor].End <= sentence.Start) noteCursor++;
            bool inNote = noteCursor < noteLines.Count && noteLines[noteCursor].Start < sentence.End;
            if (outletWords > 0 && !inNote && IsFactualClaim(doc, sentence))
            {
                var claim = _attribution.Classify(doc, sentence, cue, cueKind, cueLength, quoteBySentence[s], inPersonName);
                attribution.Sentences.Add(claim);
            }
        }

        markers.Sort((a, b) => a.Start.CompareTo(b.Start));
        framing.LoadedTerms.AddRange(OutsideNotes(loaded, markers));
        framing.SourceMarkers.AddRange(markers);
        Summarise(attribution, doc);
        framing.Attribution = attribution;
        doc.Models["framing"] = FramingLexicon.Version;
        if (_tone is null) { doc.Notes.Add(_toneProblem!); return; }
        doc.Models["tone"] = ToneLexicon.Version;
        framing.Tone = tone.Tone;
        framing.ToneDetail = new ToneScores
        {
            Positive = tone.PositiveShare, Negative = tone.NegativeShare, Polarity = Math.Round(tone.PositiveShare + tone.NegativeShare, 2),
            WordCount = tone.Words, OutletTone = tone.OutletTone, Lexicon = ToneLexicon.Version,
        };
        framing.SentenceTone = sentenceTones;
    }

    private static bool Overlaps(FramingFlag a, FramingFlag b) => a.Start < b.End && b.Start < a.End;

    private static bool Overlaps(List<FramingFlag> flags, FramingFlag flag)
    {
        foreach (var f in flags) if (Overlaps(f, flag)) return true;
        return false;
    }

    /// <summary>Loaded terms outside publisher's notes: words inside a note ("A terrorist group
    /// outlawed in ...") belong to the note. Both lists are in text order: one sweep.</summary>
    private static List<FramingFlag> OutsideNotes(List<FramingFlag> loaded, List<FramingFlag> markers)
    {
        var notes = markers.Where(m => m.Category is not ("footnote_marker" or "affiliation")).ToList();
        var kept = new List<FramingFlag>(loaded.Count);
        int cursor = 0;
        foreach (var flag in loaded)
        {
            while (cursor < notes.Count && notes[cursor].End <= flag.Start) cursor++;
            bool inside = false;
            for (int k = cursor; k < notes.Count && notes[k].Start < flag.End && !inside; k++) inside = Overlaps(notes[k], flag);
            if (!inside) kept.Add(flag);
        }
        return kept;
    }

    /// <summary>Sentences that state something: not headings (no closing punctuation) or questions.</summary>
    private static bool IsFactualClaim(Document doc, Sentence sentence)
    {
        if (sentence.TokenCount < 4) return false;
        int last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && doc.Tokens[last].Kind is TokenKind.CloseQuote or TokenKind.AmbiguousQuote) last--;
        var end = doc.TokenSpan(last);
        return end is "." or "!" or "…" or "...";
    }

    /// <summary>Counts and shares of the claims in <paramref name="balance"/>, and the quotes by speaker (also over a long text's joined windows).</summary>
    internal static void Summarise(AttributionBalance balance, Document doc)
    {
        foreach (var claim in balance.Sentences)
        {
            switch (claim.Source)
            {
                case AttributionScanner.Named: balance.Named++; break;
                case AttributionScanner.Unnamed: balance.Unnamed++; break;
                default: balance.Unattributed++; break;
            }
        }
        balance.Claims = balance.Sentences.Count;
        if (balance.Claims > 0)
        {
            balance.NamedShare = Math.Round((double)balance.Named / balance.Claims, 3);
            balance.UnnamedShare = Math.Round((double)balance.Unnamed / balance.Claims, 3);
            balance.UnattributedShare = Math.Round((double)balance.Unattributed / balance.Claims, 3);
        }
        balance.QuotesBySpeaker = AttributionScanner.QuoteShares(doc);
    }

    /// <summary>Per sentence, its first quote with a speaker (else its first quote).</summary>
    private static Quote?[] QuotesBySentence(Document doc)
    {
        var bySentence = new Quote?[doc.Sentences.Length];
        foreach (var quote in doc.Quotes)
        {
            int s = doc.SentenceIndexAt(quote.Start);
            if (s < 0) continue;
            var current = bySentence[s];
            if (current is null || current.Speaker is null && quote.Speaker is not null) bySentence[s] = quote;
        }
        return bySentence;
    }

    /// <summary>Tokens inside a PERSON mention, for telling a named speaker from a place.</summary>
    private static bool[] PersonTokens(Document doc)
    {
        var marks = new bool[doc.Tokens.Length];
        foreach (var entity in doc.Entities)
        {
            if (entity.Type != EntityKind.Person) continue;
            foreach (var mention in entity.Mentions)
                for (int j = doc.TokenIndexAtOrAfter(mention.Start); j < marks.Length && doc.Tokens[j].Start < mention.End; j++)
                    marks[j] = true;
        }
        return marks;
    }
}

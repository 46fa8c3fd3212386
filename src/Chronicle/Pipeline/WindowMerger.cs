using Chronicle.Annotations;
using Chronicle.FramingAnalysis;
using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>Joins the analyses of a long text's windows (<see cref="TextWindows"/>) into the one document:
/// offsets shifted by the window's start, entities of the same type and name made one entity (so a person
/// named in two windows is one actor), ids renumbered and references to them rewritten, the framing
/// summaries recomputed over the whole. What a window cannot know stays unknown: a quotation that a cut
/// splits, or a pronoun whose antecedent is in the window before. Per-token tags are not kept (they would
/// cost the memory the windows save): the joined document has tokens and sentences, no tag arrays.</summary>
internal sealed class WindowMerger(Document whole)
{
    // One shifted array per window, joined once at the end: a growing list would double (and copy) 4 million tokens.
    private readonly List<Token[]> tokenWindows = [];
    private int tokenCount;
    private readonly List<Sentence> sentences = [];
    private readonly Dictionary<(EntityKind Type, string Name), Entity> entitiesByName = [];
    private readonly List<ClaimAttribution> claims = [];
    private readonly List<SentenceTone> sentenceTones = [];
    private double positiveWords, negativeWords, outletTone, outletWords;
    private int words;
    private bool anyTone, anyAttribution;
    private ToneScores? firstTone;

    public void Add(Document window, int offset)
    {
        if (tokenWindows.Count == 0) whole.Language = window.Language;
        int tokenOffset = tokenCount, sentenceOffset = sentences.Count;
        var shifted = new Token[window.Tokens.Length];
        for (int i = 0; i < shifted.Length; i++) shifted[i] = new Token(window.Tokens[i].Start + offset, window.Tokens[i].End + offset, window.Tokens[i].Kind);
        tokenWindows.Add(shifted);
        tokenCount += shifted.Length;
        foreach (var s in window.Sentences) sentences.Add(new Sentence(s.Start + offset, s.End + offset, s.FirstToken + tokenOffset, s.TokenCount));
        var ids = AddEntities(window, offset);
        string? Renamed(string? id) => id is null ? null : ids.GetValueOrDefault(id, id);

        foreach (var q in window.Quotes)
        {
            q.Start += offset; q.End += offset;
            q.SpeakerMention = Shift(q.SpeakerMention, offset);
            q.Speaker = Renamed(q.Speaker);
            q.Addressee = Renamed(q.Addressee);
            whole.Quotes.Add(q);
        }
        foreach (var d in window.Dates) { d.Start += offset; d.End += offset; whole.Dates.Add(d); }
        foreach (var x in window.Quantities) { x.Start += offset; x.End += offset; whole.Quantities.Add(x); }
        foreach (var e in window.Events)
        {
            e.Id = "V" + (whole.Events.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            e.Sentence += sentenceOffset;
            e.Trigger = Shift(e.Trigger, offset)!;
            if (e.Source is { } source) e.Source = source with { Entity = Renamed(source.Entity) };
            if (e.Target is { } target) e.Target = target with { Entity = Renamed(target.Entity) };
            whole.Events.Add(e);
        }
        AddFraming(window.Framing, offset);
        foreach (var (name, version) in window.Models) whole.Models[name] = version;
        foreach (var note in window.Notes) if (!whole.Notes.Contains(note)) whole.Notes.Add(note);
        foreach (var error in window.Errors) if (!whole.Errors.Contains(error)) whole.Errors.Add(error);
    }

    private Dictionary<string, string> AddEntities(Document window, int offset)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in window.Entities)
        {
            var mentions = e.Mentions.Select(m => Shift(m, offset)!);
            if (entitiesByName.TryGetValue((e.Type, e.Name), out var same))
            {
                same.Mentions.AddRange(mentions);
                same.Code ??= e.Code;
                same.Country ??= e.Country;
                same.Geo ??= e.Geo;
                ids[e.Id] = same.Id;
                continue;
            }
            string id = "E" + (whole.Entities.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ids[e.Id] = id;
            e.Id = id;
            e.Mentions = mentions.ToList();
            whole.Entities.Add(e);
            entitiesByName[(e.Type, e.Name)] = e;
        }
        return ids;
    }

    private void AddFraming(Framing framing, int offset)
    {
        foreach (var flag in framing.LoadedTerms) whole.Framing.LoadedTerms.Add(Shift(flag, offset));
        foreach (var flag in framing.SourceMarkers) whole.Framing.SourceMarkers.Add(Shift(flag, offset));
        if (framing.SentenceTone is { } tones)
            foreach (var t in tones) sentenceTones.Add(t with { Start = t.Start + offset, End = t.End + offset });
        if (framing.Attribution is { } attribution)
        {
            anyAttribution = true;
            foreach (var c in attribution.Sentences)
                claims.Add(c with { Start = c.Start + offset, End = c.End + offset, Cue = Shift(c.Cue, offset), SourceMention = Shift(c.SourceMention, offset) });
        }
        if (framing.ToneDetail is { } tone)
        {
            anyTone = true;
            firstTone ??= tone;
            words += tone.WordCount;
            positiveWords += tone.Positive * tone.WordCount;
            negativeWords += tone.Negative * tone.WordCount;
            if (tone.OutletTone is { } outlet) { outletTone += outlet * tone.WordCount; outletWords += tone.WordCount; }
        }
    }

    /// <summary>Sets the joined tokens and sentences, and the framing summaries of the whole text: shares
    /// are the windows' shares weighted by their word counts.</summary>
    public void Finish()
    {
        var joined = new Token[tokenCount];
        int at = 0;
        foreach (var part in tokenWindows) { part.CopyTo(joined, at); at += part.Length; }
        tokenWindows.Clear();
        whole.SetTokens(joined);
        whole.SetSentences([.. sentences]);
        if (anyAttribution)
        {
            var balance = new AttributionBalance { Sentences = claims };
            FramingComponent.Summarise(balance, whole);
            whole.Framing.Attribution = balance;
        }
        if (!anyTone) return;
        double positive = words == 0 ? 0 : Math.Round(positiveWords / words, 2), negative = words == 0 ? 0 : Math.Round(negativeWords / words, 2);
        whole.Framing.Tone = Math.Round(positive - negative, 2);
        whole.Framing.ToneDetail = new ToneScores
        {
            Positive = positive, Negative = negative, Polarity = Math.Round(positive + negative, 2), WordCount = words,
            OutletTone = outletWords == 0 ? null : Math.Round(outletTone / outletWords, 2), Lexicon = firstTone!.Lexicon,
        };
        whole.Framing.SentenceTone = sentenceTones;
    }

    private static Mention? Shift(Mention? m, int offset) => m is null ? null : m with { Start = m.Start + offset, End = m.End + offset };

    private static FramingFlag Shift(FramingFlag flag, int offset)
    {
        flag.Start += offset; flag.End += offset;
        flag.Target = Shift(flag.Target, offset);
        flag.Note = Shift(flag.Note, offset);
        return flag;
    }
}

using Chronicle.Annotations;
using Chronicle.Learning;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// The features of one coded event for <see cref="EventSelector"/> (docs/events.md lists them): what proposed it (the
/// rule's evidence kind and word, its recoding modifiers, where its actors came from), what it is (root, code), who
/// its actors are (coded to a country, a role, an organisation, or not at all; an entity or a phrase; one country on
/// both sides), where it stands (sentence of the article, inside a quotation, how many events its sentence holds and
/// whether a more specific act shares it) and whether an earlier event already says the same. Most are also
/// conjoined with the root, so what holds for statements need not hold for attacks.
/// </summary>
internal static class EventFeatures
{
    public const int MaxFeatures = 40;

    private enum T
    {
        Bias = 1, Root, Code, Evidence, EvidenceWord, Modifiers, ArgumentsFrom, SourceShape, TargetShape, Dyad, SameCountry,
        SentenceBucket, Quoted, SentenceEvents, OtherRootInSentence, Repeat, RepeatRoot, ExplicitDate, SourceEntity,
        TargetEntity, Confidence, SourceWord,
    }

    /// <summary>Writes the features of every event of <paramref name="document"/>: row k for event k.</summary>
    public static int[][] Extract(Document document, int mask)
    {
        var events = document.Events;
        var rows = new int[events.Count][];
        var inQuote = EventCoder.QuoteMask(document);
        Span<int> buffer = stackalloc int[MaxFeatures];
        var seen = new HashSet<(string?, string?, string)>();
        var seenRoot = new HashSet<(string?, string)>();
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            int n = 0;
            void F(FeatureKey key, Span<int> b) => b[n++] = key.Bucket(mask);
            string root = e.Root;
            var (evidence, word, modifiers, from) = ParseRule(e.Rule);
            string source = Shape(e.Source), target = Shape(e.Target);
            int sentenceEvents = 0;
            bool otherRoot = false;
            foreach (var other in events)
                if (other.Sentence == e.Sentence)
                {
                    sentenceEvents++;
                    otherRoot |= other.Root != root;
                }
            int token = document.TokenIndexAtOrAfter(e.Trigger.Start);
            bool quoted = token < inQuote.Length && inQuote[token];
            bool repeat = !seen.Add((e.Source?.Code, e.Target?.Code, root));
            bool repeatRoot = !seenRoot.Add((e.Source?.Code, root));
            bool explicitDate = ExplicitDate(document, e);
            string sameCountry = Country(e.Source) is { } sc && Country(e.Target) is { } tc ? (sc == tc ? "same" : "differ") : "unknown";

            F(new FeatureKey((int)T.Bias), buffer);
            F(new FeatureKey((int)T.Root).Add(root), buffer);
            F(new FeatureKey((int)T.Code).Add(e.Cameo), buffer);
            F(new FeatureKey((int)T.Evidence).Add(evidence).Add(from), buffer);
            F(new FeatureKey((int)T.Evidence).Add(evidence).Add(root), buffer);
            F(new FeatureKey((int)T.EvidenceWord).Add(word), buffer);
            F(new FeatureKey((int)T.EvidenceWord).Add(word).Add(root), buffer);
            F(new FeatureKey((int)T.Modifiers).Add(modifiers).Add(root), buffer);
            F(new FeatureKey((int)T.ArgumentsFrom).Add(from).Add(root), buffer);
            F(new FeatureKey((int)T.SourceShape).Add(source), buffer);
            F(new FeatureKey((int)T.SourceShape).Add(source).Add(root), buffer);
            F(new FeatureKey((int)T.TargetShape).Add(target), buffer);
            F(new FeatureKey((int)T.TargetShape).Add(target).Add(root), buffer);
            F(new FeatureKey((int)T.Dyad).Add(source).Add(target), buffer);
            F(new FeatureKey((int)T.SameCountry).Add(sameCountry).Add(root), buffer);
            F(new FeatureKey((int)T.SentenceBucket).Add(SentenceBucket(e.Sentence)), buffer);
            F(new FeatureKey((int)T.SentenceBucket).Add(SentenceBucket(e.Sentence)).Add(root), buffer);
            F(new FeatureKey((int)T.Quoted).Add(quoted ? 1 : 0).Add(root), buffer);
            F(new FeatureKey((int)T.SentenceEvents).Add(Math.Min(sentenceEvents, 4)), buffer);
            F(new FeatureKey((int)T.OtherRootInSentence).Add(otherRoot ? 1 : 0).Add(root), buffer);
            F(new FeatureKey((int)T.Repeat).Add(repeat ? 1 : 0).Add(root), buffer);
            F(new FeatureKey((int)T.RepeatRoot).Add(repeatRoot ? 1 : 0), buffer);
            F(new FeatureKey((int)T.ExplicitDate).Add(explicitDate ? 1 : 0).Add(root), buffer);
            F(new FeatureKey((int)T.SourceEntity).Add(e.Source?.Entity is null ? 0 : 1).Add(root), buffer);
            F(new FeatureKey((int)T.TargetEntity).Add(e.Target is null ? 2 : e.Target.Entity is null ? 0 : 1).Add(root), buffer);
            F(new FeatureKey((int)T.Confidence).Add((int)Math.Round(e.Confidence * 10)), buffer);
            F(new FeatureKey((int)T.SourceWord).Add(SourceWord(e.Source)), buffer);
            rows[k] = buffer[..n].ToArray();
        }
        return rows;
    }

    /// <summary>"verb:say+will/frame" -> ("verb", "say", "+", "frame"): modifiers only as present or not, so that rare
    /// words do not each make a feature.</summary>
    internal static (string Evidence, string Word, string Modifiers, string From) ParseRule(string? rule)
    {
        if (string.IsNullOrEmpty(rule)) return ("none", "", "", "");
        int slash = rule.LastIndexOf('/');
        string from = slash >= 0 ? rule[(slash + 1)..] : "";
        string head = slash >= 0 ? rule[..slash] : rule;
        if (head.StartsWith("claim:", StringComparison.Ordinal)) return ("claim", head[6..Math.Max(6, head.IndexOf('<'))], "", from);
        int colon = head.IndexOf(':');
        string evidence = colon > 0 ? head[..colon] : head;
        string rest = colon > 0 ? head[(colon + 1)..] : "";
        int plus = evidence == "light" ? rest.IndexOf('+', rest.IndexOf('+') + 1) : rest.IndexOf('+');
        string word = plus > 0 ? rest[..plus] : rest;
        return (evidence, word, plus > 0 ? "+" : "", from);
    }

    /// <summary>What kind of actor a code names: none, uncoded (---), a role without country (---GOV), a country
    /// (USA), a country's role (USAGOV), an organisation (IGO, NGO) or a group without country.</summary>
    internal static string Shape(EventActor? actor)
    {
        if (actor is null) return "none";
        string code = actor.Code ?? "";
        if (code.Length == 0 || code == "---") return "uncoded";
        if (code.StartsWith("---", StringComparison.Ordinal)) return "role:" + code[3..Math.Min(code.Length, 6)];
        if (code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal) || code.StartsWith("IMG", StringComparison.Ordinal)) return "org";
        if (code.Length == 3) return "country";
        return "country+" + code[3..Math.Min(code.Length, 6)];
    }

    private static string? Country(EventActor? actor) =>
        actor?.Code is { Length: >= 3 } code && !code.StartsWith("---", StringComparison.Ordinal)
        && !code.StartsWith("IGO", StringComparison.Ordinal) && !code.StartsWith("NGO", StringComparison.Ordinal) ? code[..3] : null;

    /// <summary>A one-word lower-case source ("officials", "leaders") is a description, rarely the gold actor.</summary>
    private static string SourceWord(EventActor? actor) =>
        actor is null ? "none" : actor.Name.Contains(' ') ? "phrase" : actor.Name.Length > 0 && char.IsUpper(actor.Name[0]) ? "name" : "word";

    private static int SentenceBucket(int sentence) => sentence switch { 0 => 0, 1 => 1, 2 => 2, < 6 => 3, < 12 => 4, _ => 5 };

    /// <summary>Whether a date expression of the event's own sentence gives its day (not the publication fallback).</summary>
    private static bool ExplicitDate(Document document, EventRecord e)
    {
        if (e.Sentence >= document.Sentences.Length) return false;
        var sentence = document.Sentences[e.Sentence];
        foreach (var date in document.Dates)
            if (date.Start >= sentence.Start && date.End <= sentence.End && date.Type is "DATE") return true;
        return false;
    }
}

using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Learning;
using Chronicle.Lexicon;
using Chronicle.Parsing;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>
/// The features of one speaker candidate for <see cref="SpeakerRanker"/> (docs/entities-quotes.md lists them): which
/// generators proposed it and by which cascade rule, where it stands (sentence offset, direction, token distance,
/// rank by distance), what it is (entity kind, pronoun, description, news outlet), how it relates to the cue (cue
/// word, address cue, dependency relation, the words around it), whether it is the previous speaker or named inside
/// the quotation, and the kind of quotation. Most are also conjoined with the cascade's flag, so the model can learn
/// where the cascade is to be trusted and where not.
/// </summary>
internal static class SpeakerFeatures
{
    public const int MaxFeatures = 48;

    private enum T
    {
        Bias = 1, Source, SourceSet, Rule, Kind, Pronoun, Offset, Direction, Distance, Rank, KindPlace, Cue, CueClass,
        WordBefore, WordAfter, Relation, RelationToCue, Outlet, PreviousSpeaker, InsideQuote, QuoteShape, CascadeNone,
        CascadeShape, Salience, SameParagraph, SourceCount, CascadeKind, SourcePlace, Description, CueKind, Intervening, CascadePick, Head, CueRelation,
    }


    /// <summary>The outlet words the committed ranker was trained with (the shared class adds wire names, which would
    /// change its features without retraining).</summary>
    private static readonly WordSet SpeakerOutletWords = new("media " + EnglishOrganisationNouns.PressHeads + " tv news times post journal", ignoreCase: true);

    /// <summary>Writes the features of every candidate (after all are known: the rank by distance needs them all).</summary>
    public static void Extract(Document doc, List<int> paragraphs, in QuoteSite site, List<SpeakerCandidate> candidates, List<int> cues, int mask)
    {
        Span<int> buffer = stackalloc int[MaxFeatures];
        bool cascadeNone = true;
        int pick = 0; // what the cascade chose: nothing, an entity (by kind), a pronoun, a description
        foreach (var c in candidates)
            if ((c.Sources & SpeakerSource.Cascade) != 0)
            {
                cascadeNone = false;
                pick = c.Phrase.Entity is { } pe ? 10 + (int)pe.Type : c.Phrase.IsPronoun ? 1 : 2;
            }
        foreach (var c in candidates)
        {
            int n = 0;
            void F(FeatureKey k, Span<int> b) => b[n++] = k.Bucket(mask);
            bool cascade = (c.Sources & SpeakerSource.Cascade) != 0;
            int kind = c.Phrase.Entity is { } e ? (int)e.Type + 1 : 0;
            int direction = c.Distance < 0 ? 0 : c.Distance == 0 ? 1 : 2;
            int offset = Math.Clamp(c.SentenceOffset, -3, 2);
            int distance = Bucket(Math.Abs(c.Distance));
            int rank = Math.Min(3, RankByDistance(candidates, c));
            string shape = (site.Scare ? "C" : "c") + (site.StartsSentence ? "S" : "s") + (site.WholeSentence ? "W" : "w") + Math.Min(4, Bucket(site.Words));
            F(new FeatureKey((int)T.Bias), buffer);
            for (int bit = 1; bit <= (int)SpeakerSource.Topic; bit <<= 1)
                if (((int)c.Sources & bit) != 0)
                {
                    F(new FeatureKey((int)T.Source).Add(bit), buffer);
                    F(new FeatureKey((int)T.SourcePlace).Add(bit).Add(offset).Add(direction), buffer);
                }
            F(new FeatureKey((int)T.SourceSet).Add((int)c.Sources), buffer);
            F(new FeatureKey((int)T.SourceCount).Add(System.Numerics.BitOperations.PopCount((uint)c.Sources)), buffer);
            if (cascade) F(new FeatureKey((int)T.Rule).Add(site.CascadeRule), buffer);
            F(new FeatureKey((int)T.Kind).Add(kind), buffer);
            F(new FeatureKey((int)T.CascadeKind).Add(kind).Add(cascade ? 1 : 0).Add(c.Phrase.IsPronoun ? 1 : 0), buffer);
            if (c.Phrase.IsPronoun) F(new FeatureKey((int)T.Pronoun).AddLower(doc.TokenSpan(c.Phrase.FirstToken)), buffer);
            if (c.Phrase.Entity is null && !c.Phrase.IsPronoun && c.Phrase.EndToken <= doc.Tokens.Length && c.Phrase.EndToken > c.Phrase.FirstToken)
            {
                // the head word of a description: "the spokesman" speaks, "which", "suggestions" and "Even" do not
                F(new FeatureKey((int)T.Description).Add(c.Phrase.EndToken - c.Phrase.FirstToken > 3 ? 1 : 0), buffer);
                F(new FeatureKey((int)T.Head).AddLower(doc.TokenSpan(c.Phrase.EndToken - 1)), buffer);
            }
            F(new FeatureKey((int)T.CascadePick).Add(pick).Add(kind).Add(cascade ? 1 : 0).Add(c.Phrase.IsPronoun ? 1 : 0), buffer);
            F(new FeatureKey((int)T.Offset).Add(offset), buffer);
            F(new FeatureKey((int)T.Direction).Add(direction).Add(offset), buffer);
            F(new FeatureKey((int)T.Distance).Add(distance).Add(direction), buffer);
            F(new FeatureKey((int)T.Rank).Add(rank).Add(kind), buffer);
            F(new FeatureKey((int)T.KindPlace).Add(kind).Add(direction).Add(offset), buffer);
            if (c.CueToken >= 0)
            {
                var cue = doc.TokenSpan(c.CueToken);
                F(new FeatureKey((int)T.Cue).AddLower(cue), buffer);
                int cueClass = EnglishSpeechVerbs.AddressCues.Contains(cue) ? 1 : EnglishSpeechVerbs.RelayCues.Contains(cue) ? 2 : cue is "according" or "According" ? 3 : cue.EndsWith("ing") ? 4 : 0;
                F(new FeatureKey((int)T.CueClass).Add(cueClass).Add((int)(c.Sources & (SpeakerSource.CueSubject | SpeakerSource.CueAfter))), buffer);
                F(new FeatureKey((int)T.CueKind).Add(cueClass).Add(kind).Add(c.CueToken < c.Phrase.FirstToken ? 1 : 0), buffer);
                // a cue in a main clause reports; one in "after X said ..." or "who told ..." is background
                if (DependencyTree.IsParsed(doc))
                    F(new FeatureKey((int)T.CueRelation).Add(DependencyTree.BaseRelation(doc, c.CueToken)).Add(offset == 0 ? 1 : 0), buffer);
            }
            int first = c.Phrase.FirstToken, end = c.Phrase.EndToken;
            // speech cues between the candidate and the quotation: the nearer cue usually has the quotation
            int intervening = 0, near = c.CueToken >= 0 ? c.CueToken : first;
            foreach (int v in cues)
                if (v != c.CueToken && (near < site.Span.OpenToken ? v > near && v < site.Span.OpenToken : v < near && v > site.CloseToken)) intervening++;
            F(new FeatureKey((int)T.Intervening).Add(Math.Min(2, intervening)).Add(c.CueToken >= 0 ? 1 : 0).Add(direction), buffer);
            if (first > 0 && first <= doc.Tokens.Length) F(new FeatureKey((int)T.WordBefore).AddLower(doc.TokenSpan(first - 1)).Add(cascade ? 1 : 0), buffer);
            if (end < doc.Tokens.Length) F(new FeatureKey((int)T.WordAfter).AddLower(doc.TokenSpan(end)).Add(cascade ? 1 : 0), buffer);
            if (DependencyTree.IsParsed(doc) && first < end && end <= doc.Tokens.Length)
            {
                int head = DependencyTree.HeadOfSpan(doc, first, end);
                if (head >= 0)
                {
                    F(new FeatureKey((int)T.Relation).Add(DependencyTree.BaseRelation(doc, head)), buffer);
                    int governor = doc.Heads![head];
                    bool cueGovernor = governor >= 0 && CueLexicon.IsCueAt(doc, governor, doc.Tokens.Length, out _);
                    F(new FeatureKey((int)T.RelationToCue).Add(DependencyTree.BaseRelation(doc, head)).Add(cueGovernor ? 1 : 0), buffer);
                }
            }
            if (IsOutlet(doc, c)) F(new FeatureKey((int)T.Outlet).Add(cascade ? 1 : 0), buffer);
            if (site.Previous is { } previous && (c.Output.Speaker is { } id && id == previous.Speaker || c.Output.Name == previous.SpeakerName))
                F(new FeatureKey((int)T.PreviousSpeaker).Add(site.Paragraph - QuoteAttributor.ParagraphOf(paragraphs, previous.End) is var gap && gap > 2 ? 3 : gap), buffer);
            if (c.Phrase.Entity is { } named && MentionedInside(named, site.Span)) F(new FeatureKey((int)T.InsideQuote), buffer);
            F(new FeatureKey((int)T.QuoteShape).Add(shape).Add(kind), buffer);
            if (cascadeNone) F(new FeatureKey((int)T.CascadeNone).Add((int)c.Sources).Add(offset), buffer);
            else F(new FeatureKey((int)T.CascadeShape).Add(shape).Add(cascade ? 1 : 0).Add(site.CascadeRule), buffer);
            if (c.Phrase.Entity is { } salient) F(new FeatureKey((int)T.Salience).Add(Math.Min(4, Bucket(salient.Mentions.Count))).Add(kind), buffer);
            if (c.Phrase.FirstToken < doc.Tokens.Length)
                F(new FeatureKey((int)T.SameParagraph).Add(QuoteAttributor.ParagraphOf(paragraphs, doc.Tokens[c.Phrase.FirstToken].Start) == site.Paragraph ? 1 : 0), buffer);
            c.Features = buffer[..n].ToArray();
        }
    }


    /// <summary>A news outlet: an organisation with a media code, or a phrase headed by an outlet word.</summary>
    private static bool IsOutlet(Document doc, SpeakerCandidate c)
    {
        if (c.Phrase.Entity is { Code: { } code } && code.Contains("MED", StringComparison.Ordinal)) return true;
        for (int j = c.Phrase.FirstToken; j < c.Phrase.EndToken && j < doc.Tokens.Length; j++)
            if (SpeakerOutletWords.Contains(doc.TokenSpan(j))) return true;
        return false;
    }

    private static bool MentionedInside(Entity e, QuoteSpan span)
    {
        foreach (var m in e.Mentions) if (m.Start >= span.Start && m.End <= span.End) return true;
        return false;
    }

    /// <summary>How many candidates of the same direction stand nearer the quotation.</summary>
    private static int RankByDistance(List<SpeakerCandidate> all, SpeakerCandidate c)
    {
        int rank = 0;
        foreach (var o in all)
            if (o != c && Math.Sign(o.Distance) == Math.Sign(c.Distance) && Math.Abs(o.Distance) < Math.Abs(c.Distance)) rank++;
        return rank;
    }

    /// <summary>0, 1, 2, 3-4, 5-8, 9-16, ...: log2 buckets.</summary>
    private static int Bucket(int value) => value <= 0 ? 0 : 1 + System.Numerics.BitOperations.Log2((uint)value);
}

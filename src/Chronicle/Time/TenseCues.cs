using System.Collections.Frozen;
using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>
/// Decides whether an expression sits in a past or a future clause from the nearest tense cue in
/// its sentence. Works without a tagger, so it reads words: strong cues are auxiliaries and
/// past-tense verbs ("will", "said", -ed verbs that are not passive participles); weak cues
/// (an infinitive "to close", "planned") only count when no strong cue is in reach, because an
/// infinitive is future relative to its clause, not to the publication date.
/// </summary>
public static class TenseCues
{
    private const int Window = 15;

    private readonly record struct Cue(Tense Tense, bool Weak);

    private static readonly FrozenDictionary<string, Cue> Cues = BuildCues();
    private static readonly FrozenDictionary<string, Cue>.AlternateLookup<ReadOnlySpan<char>> Lookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after which an -ed form is a participle (passive or perfect), not a past tense.</summary>
    private static readonly FrozenSet<string> ParticipleHosts = FrozenSet.ToFrozenSet(
        ["be", "been", "being", "is", "are", "am", "'s", "'re", "get", "gets", "to", "will", "would", "has", "have", "'ve", "the", "a", "an"],
        StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HostLookup = ParticipleHosts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after "to" that do not make it an infinitive marker.</summary>
    private static readonly FrozenSet<string> NotInfinitives = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "them", "him",
         "us", "me", "date", "be", "about", "some", "all", "each", "every", "which", "whom", "what", "one", "two", "more", "less", "any"],
        StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotInfinitiveLookup = NotInfinitives.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, Cue> BuildCues()
    {
        var d = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "will 'll shall wo would soon next upcoming due tomorrow until".Split(' '))
            d[w] = new Cue(Tense.Future, false);
        foreach (var w in "'d scheduled expected expects expect plans planned planning intends aims".Split(' '))
            d[w] = new Cue(Tense.Future, true);
        foreach (var w in ("was were had did said told ago last met made took came went got gave left began saw fell rose won lost held led sold " +
                 "bought paid fought brought hit struck shot thought found kept knew became ran sent spent wrote spoke broke chose drove flew " +
                 "grew threw felt heard meant stood taught caught sought built quit withdrew overtook yesterday earlier").Split(' '))
            d[w] = new Cue(Tense.Past, false);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Tense of the nearest strong cue to tokens [first, end) inside the sentence, else of the nearest weak one.</summary>
    public static Tense Around(Document doc, Sentence sentence, int first, int end)
    {
        var fixedByContext = Adjacent(doc, sentence, first, end);
        if (fixedByContext != Tense.Unknown) return fixedByContext;
        Tense weak = Tense.Unknown;
        for (int distance = 1; distance <= Window; distance++)
        {
            int before = first - distance, after = end - 1 + distance;
            bool any = false;
            if (before >= sentence.FirstToken)
            {
                any = true;
                var cue = CueAt(doc, before, sentence);
                if (cue.Tense != Tense.Unknown && !cue.Weak) return cue.Tense;
                if (weak == Tense.Unknown) weak = cue.Tense;
            }
            if (after < sentence.EndToken)
            {
                any = true;
                var cue = CueAt(doc, after, sentence);
                if (cue.Tense != Tense.Unknown && !cue.Weak) return cue.Tense;
                if (weak == Tense.Unknown) weak = cue.Tense;
            }
            if (!any) break;
        }
        return weak;
    }

    /// <summary>Words right next to the expression that settle it: a deadline ("by Jan. 14",
    /// "until Friday", "as soon as Tuesday") is ahead; a possessive ("Wednesday's ruling") names
    /// something that already happened.</summary>
    private static Tense Adjacent(Document doc, Sentence sentence, int first, int end)
    {
        if (end < sentence.EndToken && doc.TokenSpan(end).Equals("'s", StringComparison.OrdinalIgnoreCase)) return Tense.Past;
        if (first <= sentence.FirstToken) return Tense.Unknown;
        var before = doc.TokenSpan(first - 1);
        if (before.Equals("by", StringComparison.OrdinalIgnoreCase) || before.Equals("until", StringComparison.OrdinalIgnoreCase)
            || before.Equals("till", StringComparison.OrdinalIgnoreCase))
            return Tense.Future;
        if (first - 3 >= sentence.FirstToken && before.Equals("as", StringComparison.OrdinalIgnoreCase) && doc.TokenSpan(first - 3).Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            var middle = doc.TokenSpan(first - 2);
            if (middle.Equals("soon", StringComparison.OrdinalIgnoreCase) || middle.Equals("early", StringComparison.OrdinalIgnoreCase)) return Tense.Future;
        }
        return Tense.Unknown;
    }

    private static Cue CueAt(Document doc, int i, Sentence sentence)
    {
        var word = doc.TokenSpan(i);
        if (doc.Tokens[i].Kind != TokenKind.Word) return default;
        if (Lookup.TryGetValue(word, out var cue))
        {
            // "will be held", "has made": an irregular past form after an auxiliary is a participle
            if (cue.Tense == Tense.Past && i > sentence.FirstToken && HostLookup.Contains(doc.TokenSpan(i - 1))) return default;
            return cue;
        }
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && i + 1 < sentence.EndToken)
        {
            var next = doc.TokenSpan(i + 1);
            if (next.Equals("be", StringComparison.OrdinalIgnoreCase)) return new Cue(Tense.Future, true);
            if (doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && !NotInfinitiveLookup.Contains(next)
                && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("s", StringComparison.Ordinal)
                && !next.EndsWith("ed", StringComparison.Ordinal) && TimeLexicon.Classify(next).Kind == TimeWordKind.None)
                return new Cue(Tense.Future, true);
            return default;
        }
        if (word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && (char.IsLower(word[0]) || i == sentence.FirstToken)
            && !(i > sentence.FirstToken && HostLookup.Contains(doc.TokenSpan(i - 1))))
            return new Cue(Tense.Past, false);
        return default;
    }
}

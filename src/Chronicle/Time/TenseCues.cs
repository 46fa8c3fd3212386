using System.Collections.Frozen;
using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>
/// Decides whether an expression sits in a past or a future clause from the nearest tense cue in
/// its sentence (auxiliaries, past-tense verbs, planning words). Works without a tagger, so it
/// reads words: "will", "said", "due to be", and -ed verbs that are not passive participles.
/// </summary>
public static class TenseCues
{
    private const int Window = 15;

    private static readonly FrozenDictionary<string, Tense> Cues = BuildCues();
    private static readonly FrozenDictionary<string, Tense>.AlternateLookup<ReadOnlySpan<char>> Lookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

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

    private static FrozenDictionary<string, Tense> BuildCues()
    {
        var d = new Dictionary<string, Tense>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "will 'll shall wo would soon 'd next upcoming due scheduled expected expects expect plans planned planning intends aims tomorrow until".Split(' '))
            d[w] = Tense.Future;
        foreach (var w in ("was were had did said told ago last met made took came went got gave left began saw fell rose won lost held led sold " +
                 "bought paid fought brought hit struck shot thought found kept knew became ran sent spent wrote spoke broke chose drove flew " +
                 "grew threw felt heard meant stood taught caught sought built put set cut quit withdrew overtook yesterday earlier").Split(' '))
            d[w] = Tense.Past;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Tense of the nearest cue to tokens [first, end) inside the sentence.</summary>
    public static Tense Around(Document doc, Sentence sentence, int first, int end)
    {
        // a deadline: "by Jan. 14", "until Friday"
        if (first > sentence.FirstToken)
        {
            var before = doc.TokenSpan(first - 1);
            if (before.Equals("by", StringComparison.OrdinalIgnoreCase) || before.Equals("until", StringComparison.OrdinalIgnoreCase)
                || before.Equals("till", StringComparison.OrdinalIgnoreCase))
                return Tense.Future;
        }
        for (int distance = 1; distance <= Window; distance++)
        {
            int before = first - distance, after = end - 1 + distance;
            bool any = false;
            if (before >= sentence.FirstToken)
            {
                any = true;
                var t = CueAt(doc, before, sentence);
                if (t != Tense.Unknown) return t;
            }
            if (after < sentence.EndToken)
            {
                any = true;
                var t = CueAt(doc, after, sentence);
                if (t != Tense.Unknown) return t;
            }
            if (!any) break;
        }
        return Tense.Unknown;
    }

    private static Tense CueAt(Document doc, int i, Sentence sentence)
    {
        var word = doc.TokenSpan(i);
        if (doc.Tokens[i].Kind != TokenKind.Word) return Tense.Unknown;
        if (Lookup.TryGetValue(word, out var tense))
        {
            // "will" as a noun after "the" or "political" is rare in news; "last"/"next" count only before time words
            return tense;
        }
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase) && i + 1 < sentence.EndToken)
        {
            var next = doc.TokenSpan(i + 1);
            if (next.Equals("be", StringComparison.OrdinalIgnoreCase)) return Tense.Future;
            if (doc.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(next[0]) && !NotInfinitiveLookup.Contains(next)
                && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("s", StringComparison.Ordinal)
                && !next.EndsWith("ed", StringComparison.Ordinal) && TimeLexicon.Classify(next).Kind == TimeWordKind.None)
                return Tense.Future;
            return Tense.Unknown;
        }
        if (word.Length >= 5 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && (char.IsLower(word[0]) || i == sentence.FirstToken)
            && !(i > sentence.FirstToken && HostLookup.Contains(doc.TokenSpan(i - 1))))
            return Tense.Past;
        return Tense.Unknown;
    }
}

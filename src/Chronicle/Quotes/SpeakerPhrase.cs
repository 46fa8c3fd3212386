using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>The words that name a speaker next to a cue ("the French president" said), and the entity they refer to.</summary>
/// <param name="Name">For a relative pronoun ("the mayor, who said") whose antecedent is no entity: the antecedent's words.</param>
internal readonly record struct SpeakerPhrase(int FirstToken, int EndToken, Entity? Entity, Mention Mention, bool IsPronoun, string? Name = null);

/// <summary>Finds the speaker phrase before a cue verb (subject) or after it ("said Smith"), without a parser:
/// an entity mention, a pronoun, or a short noun phrase ending at the verb.</summary>
internal static class SpeakerPhrases
{
    // auxiliaries and adverbs between a subject and its speech verb: "Macron has announced", "he also said"
    private static readonly WordSet Between = new(
        EnglishFunctionWords.FiniteHave + " " + EnglishFunctionWords.FiniteBe + " will would " + EnglishFunctionWords.Do + " " +
        "also then later again further once previously recently earlier repeatedly publicly privately only just first n't not " +
        "already quickly simply flatly");

    private static readonly WordSet PhraseBreakers = new(
        "and or but that which who whom when while if as because , . ; : ! ? “ ” \" ( ) — – - " + EnglishSpeechVerbs.Commonest + " added " +
        "in on at to for with from by of about after before since than into over under");

    /// <summary>The subject before the cue at <paramref name="cue"/>, or null.</summary>
    public static SpeakerPhrase? Before(Document doc, MentionIndex mentions, bool[] insideQuote, int cue, int limit)
    {
        var surface = SurfaceBefore(doc, mentions, insideQuote, cue, limit);
        // a name or pronoun right before the cue ("Smith has said") is the subject; further away, where appositions,
        // participles and coordination intervene, the parse knows better
        if (surface is { } near && (near.IsPronoun || near.Entity is not null) && Adjacent(doc, near.EndToken, cue)) return surface;
        return ParsedSpeakers.SubjectBefore(doc, mentions, insideQuote, cue, limit) ?? surface;
    }

    private static bool Adjacent(Document doc, int end, int cue)
    {
        int k = cue - 1;
        while (k >= end && doc.Tokens[k].Kind == TokenKind.Word && Between.Contains(doc.TokenSpan(k))) k--;
        return SkipParenthesisBack(doc, k, end) < end; // "Rep. Paul Ryan (R-WI) said"
    }

    private static SpeakerPhrase? SurfaceBefore(Document doc, MentionIndex mentions, bool[] insideQuote, int cue, int limit)
    {
        // "X sought to calm his supporters, saying ...": a participle's subject is the sentence's subject
        if (doc.TokenSpan(cue).EndsWith("ing") && cue > limit && doc.TokenSpan(cue - 1) is not "," && !StartsSpeaker(doc, mentions, cue - 1))
            return SentenceSubject(doc, mentions, insideQuote, SentenceStart(doc, cue), cue); // "X started the debate saying ..."
        if (doc.TokenSpan(cue).EndsWith("ing") && cue > limit && doc.TokenSpan(cue - 1) is ",")
        {
            // "Lewandowski added, saying ...": the finite cue just before carries the subject
            for (int j = cue - 2; j >= limit && j >= cue - 4; j--)
                if (EnglishSpeechVerbs.Cues.Contains(doc.TokenSpan(j)) && !doc.TokenSpan(j).EndsWith("ing"))
                    return SurfaceBefore(doc, mentions, insideQuote, j, limit);
            return SentenceSubject(doc, mentions, insideQuote, SentenceStart(doc, cue), cue);
        }
        int k = cue - 1;
        while (k >= limit && doc.Tokens[k].Kind == TokenKind.Word && Between.Contains(doc.TokenSpan(k))) k--;
        // "X on Saturday tweeted", "who has in the past described": a short time or place phrase before the verb
        if (ShortAdverbialStart(doc, mentions, k, limit) is var adverbial && adverbial > limit)
        {
            k = adverbial - 1;
            while (k >= limit && doc.Tokens[k].Kind == TokenKind.Word && Between.Contains(doc.TokenSpan(k))) k--;
        }
        k = SkipParenthesisBack(doc, k, limit);
        // "Gov. John Kasich (R-OH), said": a comma after a party label is no apposition
        if (k - 1 >= limit && doc.TokenSpan(k) is "," && doc.TokenSpan(k - 1) is ")") k = SkipParenthesisBack(doc, k - 1, limit);
        if (k < limit) return null;
        if (doc.TokenSpan(k) is "," && k - 1 >= limit && mentions.EntityAt(k - 1) is { Type: EntityKind.Person } apposed && mentions.MentionAt(k - 1) is { } apposedMention
            && doc.TokenIndexAtOrAfter(apposedMention.Start) - 1 is var beforeName && beforeName >= limit && doc.TokenSpan(beforeName) is ",")
        {
            // "The opposition leader, Peter Dutton, called": the name in the apposition is the speaker
            return new SpeakerPhrase(doc.TokenIndexAtOrAfter(apposedMention.Start), k, apposed, apposedMention, false);
        }
        if (doc.TokenSpan(k) is ",")
        {
            // "Smith, the campaign's spokesman, said": the subject is before the apposition
            int comma = k - 1;
            while (comma > limit && comma > k - 14 && doc.TokenSpan(comma) is not "," && !insideQuote[comma]) comma--;
            if (comma > limit && doc.TokenSpan(comma) is ",") k = SkipParenthesisBack(doc, comma - 1, limit);
            // "…,” Minister X Y, told reporters": a stray comma after the name, with no apposition to close
            else if (mentions.EntityAt(k - 1) is { Type: EntityKind.Person } named && mentions.MentionAt(k - 1) is { } namedMention)
                return new SpeakerPhrase(doc.TokenIndexAtOrAfter(namedMention.Start), k, named, namedMention, false);
            else return null;
            if (k < limit) return null;
        }
        if (insideQuote[k] || doc.Tokens[k].Kind is not TokenKind.Word) return null;
        return At(doc, mentions, k, limit, backward: true);
    }

    /// <summary>The speaker after the cue ("said Smith", "said the spokesman"), or null.</summary>
    public static SpeakerPhrase? After(Document doc, MentionIndex mentions, bool[] insideQuote, int cue, int limit)
    {
        int k = cue + 1;
        if (k >= limit || insideQuote[k]) return null;
        if (doc.Tokens[k].Kind != TokenKind.Word) return char.IsDigit(doc.TokenSpan(k)[0]) ? PersonAfterModifiers(doc, mentions, insideQuote, k, limit) : null;
        if (doc.TokenSpan(k) is "the" or "a" or "an" or "one" or "two" or "several" or "some" or "many" or "his" or "her" or "their" or "its" or "another")
        {
            // "said the agency", "said a spokesman for the Pentagon": the phrase from the determiner on
            int stop = k + 1;
            Entity? person = null;
            // ("said the 46-year-old": a number-led word belongs to the phrase)
            while (stop < limit && stop < k + 6 && doc.Tokens[stop].Kind is TokenKind.Word or TokenKind.Number && !PhraseBreakers.Contains(doc.TokenSpan(stop)))
            {
                if (mentions.EntityAt(stop) is { Type: EntityKind.Person } p) person = p;
                stop++;
            }
            if (stop == k + 1) return null;
            int s = doc.Tokens[k].Start, e = doc.Tokens[stop - 1].End;
            return new SpeakerPhrase(k, stop, person ?? mentions.EntityAt(stop - 1), new Mention(s, e, doc.Text[s..e]), false);
        }
        if (At(doc, mentions, k, limit, backward: false) is { } at && (at.Entity is not null || at.IsPronoun)) return at;
        if (!PhraseBreakers.Contains(doc.TokenSpan(k)) && !EnglishFunctionWords.NotSpeakers.Contains(doc.TokenSpan(k))
            && PersonAfterModifiers(doc, mentions, insideQuote, k, limit) is { } modified) return modified;
        return At(doc, mentions, k, limit, backward: false);
    }

    /// <summary>"said 9/11 widow Terry Strada", "said longtime aide Jo Ames": a person after a few modifier words.</summary>
    private static SpeakerPhrase? PersonAfterModifiers(Document doc, MentionIndex mentions, bool[] insideQuote, int k, int limit)
    {
        for (int j = k + 1; j < limit && j <= k + 5; j++)
        {
            if (insideQuote[j] || PhraseBreakers.Contains(doc.TokenSpan(j)) && doc.TokenSpan(j) is not "-") break;
            if (mentions.EntityAt(j) is { Type: EntityKind.Person } person && mentions.MentionAt(j) is { } m)
            {
                int end = doc.TokenIndexAtOrAfter(m.End), s = doc.Tokens[k].Start, e = doc.Tokens[end - 1].End;
                return new SpeakerPhrase(k, end, person, new Mention(s, e, doc.Text[s..e]), false);
            }
        }
        return null;
    }

    private static bool StartsSpeaker(Document doc, MentionIndex mentions, int k) =>
        EnglishPronouns.Speakers.Contains(doc.TokenSpan(k)) || mentions.EntityAt(k) is { Type: EntityKind.Person or EntityKind.Org or EntityKind.Norp };

    /// <summary>The preposition opening a phrase of at most four words that ends in a noun at <paramref name="k"/>
    /// ("on Saturday", "in the past", "at a rally") and follows a possible subject, or -1. Needs part-of-speech tags.</summary>
    private static int ShortAdverbialStart(Document doc, MentionIndex mentions, int k, int limit)
    {
        if (doc.PartOfSpeech is not { } tags || k < limit || !(tags[k].StartsWith("NN", StringComparison.Ordinal) || tags[k] is "CD" or "JJ")) return -1;
        for (int j = k; j >= limit && j >= k - 4; j--)
        {
            // a name, pronoun or wh-word inside is a subject of its own ("on what Zimmerman described")
            if (doc.Tokens[j].Kind != TokenKind.Word || mentions.EntityAt(j) is { Type: EntityKind.Person or EntityKind.Org } || tags[j].StartsWith("W", StringComparison.Ordinal)
                || tags[j].StartsWith("PRP", StringComparison.Ordinal)) return -1;
            if (j < k && EnglishFunctionWords.AdverbialPrepositions.Contains(doc.TokenSpan(j)))
            {
                int before = j - 1;
                while (before >= limit && doc.Tokens[before].Kind == TokenKind.Word && Between.Contains(doc.TokenSpan(before))) before--;
                // what comes before must be able to end a subject: not a verb, preposition, conjunction or "to"
                return before >= limit && (tags[before].StartsWith("NN", StringComparison.Ordinal) || tags[before].StartsWith("PRP", StringComparison.Ordinal)
                                           || tags[before] is "WP" or ")") ? j : -1;
            }
        }
        return -1;
    }

    /// <summary>"Sen. Elizabeth Warren (D-MA) said": steps back over a parenthesis before a cue.</summary>
    private static int SkipParenthesisBack(Document doc, int k, int limit)
    {
        if (k < limit || doc.TokenSpan(k) is not ")") return k;
        for (int j = k - 1; j >= limit && j > k - 8; j--)
            if (doc.TokenSpan(j) is "(") return j - 1;
        return k;
    }

    /// <summary>The subject of the sentence, for cues whose own subject is elided ("X issued a statement, saying ...",
    /// "She declared ... and said"): the first pronoun or entity mention before the cue, outside quotations.</summary>
    public static SpeakerPhrase? SentenceSubject(Document doc, MentionIndex mentions, bool[] insideQuote, int sentenceStart, int cue)
    {
        int k = sentenceStart;
        // a heading or time stamp run into the sentence ("9:34 p.m.⏎⏎Donald Trump has ...") is not its subject
        for (int j = cue - 1; j > sentenceStart; j--)
            if (doc.Text.AsSpan(doc.Tokens[j - 1].End, doc.Tokens[j].Start - doc.Tokens[j - 1].End).Contains('\n')) { k = j; break; }
        while (k < cue && doc.Tokens[k].Kind != TokenKind.Word) k++;
        // skip an opening adverbial ("In three separate interviews, the justice ...", "Likewise, ...")
        bool participleOpening = k < cue && char.IsUpper(doc.TokenSpan(k)[0]) && (doc.TokenSpan(k).EndsWith("ed") || doc.TokenSpan(k).EndsWith("ing"));
        if (k < cue && (EnglishSentenceOpeners.Introductory.Contains(doc.TokenSpan(k)) || participleOpening || FrontedPhraseEnd(doc, mentions, k, cue) > k))
        {
            int comma = k;
            while (comma < cue && comma < k + 20 && doc.TokenSpan(comma) is not ",") comma++;
            if (comma < cue && doc.TokenSpan(comma) is ",") k = comma + 1;
        }
        if (k < cue && NotSubjects.Contains(doc.TokenSpan(k))) return null;
        int capitalStart = -1;
        for (; k < cue && k < sentenceStart + 16; k++)
        {
            if (insideQuote[k] || doc.Tokens[k].Kind != TokenKind.Word) continue;
            var w = doc.TokenSpan(k);
            if (capitalStart >= 0 && char.IsLower(w[0]) && w is not ("'s" or "’s"))
            {
                // an unknown capitalized name followed by its verb: "Sanders compared himself ..."
                int s0 = doc.Tokens[capitalStart].Start, e0 = doc.Tokens[k - 1].End;
                return new SpeakerPhrase(capitalStart, k, mentions.EntityAt(k - 1), new Mention(s0, e0, doc.Text[s0..e0]), false);
            }
            if (EnglishPronouns.Speakers.Contains(w) && w is not ("it" or "It"))
                return new SpeakerPhrase(k, k + 1, mentions.EntityAt(k), new Mention(doc.Tokens[k].Start, doc.Tokens[k].End, w.ToString()), true);
            if (mentions.MentionAt(k) is { } m && mentions.EntityAt(k) is { Type: EntityKind.Person or EntityKind.Org or EntityKind.Norp } e)
                return new SpeakerPhrase(k, doc.TokenIndexAtOrAfter(m.End), e, m, false);
            bool determiner = EnglishFunctionWords.PhraseOpeners.Contains(w);
            if (char.IsUpper(w[0]) && !determiner)
            {
                // titles and names before the subject ("Polish President ..."); sentence-initial function words are not names
                if (capitalStart < 0 && !EnglishSentenceOpeners.Introductory.Contains(w) && !EnglishPronouns.Speakers.Contains(w)) capitalStart = k;
                continue;
            }
            if (determiner || k == sentenceStart)
            {
                int stop = k + 1;
                // the phrase ends before its verb ("The Vermont senator emailed supporters saying")
                while (stop < cue && stop < k + (determiner ? 4 : 2) && doc.Tokens[stop].Kind == TokenKind.Word && !PhraseBreakers.Contains(doc.TokenSpan(stop))
                       && !(stop > k + 1 && IsFiniteVerbTag(doc, stop))) stop++;
                if (stop == k + 1) return null;
                int s = doc.Tokens[k].Start, e2 = doc.Tokens[stop - 1].End;
                return new SpeakerPhrase(k, stop, null, new Mention(s, e2, doc.Text[s..e2]), false);
            }
            return null;
        }
        return null;
    }

    private static bool IsFiniteVerbTag(Document doc, int token) =>
        doc.PartOfSpeech is { } tags && tags[token] is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>The comma closing a short fronted phrase without any name or pronoun ("Eight years ago, he ..."), or -1.</summary>
    private static int FrontedPhraseEnd(Document doc, MentionIndex mentions, int k, int cue)
    {
        for (int j = k; j < cue && j < k + 6; j++)
        {
            if (doc.TokenSpan(j) is ",") return j;
            if (mentions.EntityAt(j) is not null || EnglishPronouns.Speakers.Contains(doc.TokenSpan(j))) return -1;
        }
        return -1;
    }

    private static int SentenceStart(Document doc, int token)
    {
        int s = doc.SentenceIndexAt(doc.Tokens[token].Start);
        return s >= 0 ? doc.Sentences[s].FirstToken : 0;
    }

    private static SpeakerPhrase? At(Document doc, MentionIndex mentions, int k, int limit, bool backward)
    {
        var w = doc.TokenSpan(k);
        if (w is "who" or "which")
        {
            int j = k - 1;
            if (j >= 0 && doc.TokenSpan(j) is ",") j--;
            return Relative(doc, mentions, k, j, limit);
        }
        if (PhraseBreakers.Contains(w) || EnglishFunctionWords.NotSpeakers.Contains(w)) return null;
        if (EnglishPronouns.Speakers.Contains(w))
            return new SpeakerPhrase(k, k + 1, mentions.EntityAt(k), new Mention(doc.Tokens[k].Start, doc.Tokens[k].End, w.ToString()), true);
        if (mentions.MentionAt(k) is { } m && mentions.EntityAt(k) is { } e)
        {
            int first = doc.TokenIndexAtOrAfter(m.Start), end = doc.TokenIndexAtOrAfter(m.End);
            if (!backward)
            {
                // "said Iraqi Prime Minister Mustafa al-Kadhemi": walk on to the person the phrase names
                for (int j = end; j < limit && j < k + 8 && !PhraseBreakers.Contains(doc.TokenSpan(j)); j++)
                    if (mentions.EntityAt(j) is { Type: EntityKind.Person } p && e.Type != EntityKind.Person)
                        return new SpeakerPhrase(first, j + 1, p, mentions.MentionAt(j)!, false);
            }
            // before the cue there is no walk: "the Trump campaign's Smith" is handled by the mention itself, an organisation stays the speaker
            return new SpeakerPhrase(first, end, e, m, false);
        }
        // an unlinked noun phrase ("officials", "a spokesman for the ministry"): at most five words
        int start = k, stop = k + 1;
        if (backward)
        {
            while (start - 1 >= limit && k - (start - 1) < 5 && doc.Tokens[start - 1].Kind == TokenKind.Word
                   && !PhraseBreakers.Contains(doc.TokenSpan(start - 1))) start--;
        }
        else
        {
            while (stop < limit && stop - k < 5 && doc.Tokens[stop].Kind == TokenKind.Word && !PhraseBreakers.Contains(doc.TokenSpan(stop))) stop++;
        }
        if (!LooksLikeNounPhrase(doc, start, stop)) return null;
        // "in the past described": the object of a preposition is no subject
        if (backward && start - 1 >= limit && EnglishFunctionWords.SpeakerPrepositions.Contains(doc.TokenSpan(start - 1))) return null;
        int s = doc.Tokens[start].Start, e2 = doc.Tokens[stop - 1].End;
        // an entity named inside the phrase ("a spokesman for the Pentagon") is the speaker's organisation
        Entity? inner = null;
        for (int j = start; j < stop && inner is null; j++) inner = mentions.EntityAt(j);
        return new SpeakerPhrase(start, stop, inner?.Type == EntityKind.Person ? inner : null, new Mention(s, e2, doc.Text[s..e2]), false);
    }

    /// <summary>"Beck, who has described ...": the relative pronoun is the mention, its antecedent the speaker
    /// (an entity, else the noun phrase ending at <paramref name="antecedent"/> gives the name).</summary>
    public static SpeakerPhrase Relative(Document doc, MentionIndex mentions, int relative, int antecedent, int limit)
    {
        var mention = new Mention(doc.Tokens[relative].Start, doc.Tokens[relative].End, doc.TokenText(relative));
        var entity = mentions.EntityAt(antecedent);
        string? name = null;
        if (entity is null && antecedent >= limit && doc.Tokens[antecedent].Kind == TokenKind.Word
            && At(doc, mentions, antecedent, limit, backward: true) is { } phrase)
            name = phrase.Entity is null ? phrase.Mention.Text : null;
        return new SpeakerPhrase(relative, relative + 1, entity, mention, false, name);
    }

    internal static readonly WordSet NotSubjects = new(
        "it this that there what which who also so then now here today yesterday week month year time these those " +
        "saturday sunday monday tuesday wednesday thursday friday", ignoreCase: true);

    private static bool LooksLikeNounPhrase(Document doc, int start, int stop)
    {
        var last = doc.TokenSpan(stop - 1);
        if (NotSubjects.Contains(last) || last.EndsWith("ly") || char.IsDigit(last[0])) return false;
        return true;
    }
}

using Chronicle.Annotations;
using Chronicle.Lexicon;
using Chronicle.Parsing;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>
/// The speaker of a cue read from the dependency parse, when the document has one: the subject of the cue verb
/// wherever it stands ("Cory James, 22, of Flint, Mich., said", "Beck, who has in the past described ..."),
/// inherited through coordination, control and participle clauses ("..., saying"), or the agent of a passive cue.
/// Surface patterns (<see cref="SpeakerPhrases"/>) remain the fallback where the parse gives nothing usable.
/// </summary>
internal static class ParsedSpeakers
{
    /// <summary>The subject of the cue verb at <paramref name="cue"/> as a speaker phrase, when it lies in
    /// <c>[limit, cue)</c>; null without a parse, for a subject inside a quotation, or a subject that names no speaker.</summary>
    public static SpeakerPhrase? SubjectBefore(Document doc, MentionIndex mentions, bool[] insideQuote, int cue, int limit)
    {
        if (!DependencyTree.IsParsed(doc)) return null;
        // "invited the candidates to speak": an infinitive's subject is no speaker of the quotation
        if (cue > 0 && doc.TokenSpan(cue - 1) is "to") return null;
        var (subject, owner) = SubjectToken(doc, cue);
        if (subject < limit || subject >= cue || insideQuote[subject]) return null;
        if (Phrase(doc, mentions, insideQuote, subject, limit, cue) is not { } phrase) return null;
        // a speaker named between the subject and its verb outside the subject's own phrase means the parse went wrong
        // ("Sunday on Fox News, Rep. Darrell Issa said", "WASHINGTON — Sen. X said")
        for (int j = phrase.EndToken; j < Math.Min(owner, cue); j++)
            if (!insideQuote[j] && !IsWithin(doc, j, subject)
                && (mentions.EntityAt(j) is { Type: EntityKind.Person or EntityKind.Org } || EnglishPronouns.Speakers.Contains(doc.TokenSpan(j))))
                return null;
        return phrase;
    }

    /// <summary>The nominal subject (or passive agent) of a verb. A verb without one takes it from the verb it is
    /// coordinated with ("referred to X as ... but described"), and a participle ("..., saying") from the main clause
    /// it modifies; a subject found inside a subordinate clause is not trusted there ("admitted that X was ..., noting").
    /// Open complements ("invited Y to speak") and clausal subjects give none.</summary>
    private static (int Subject, int Verb) SubjectToken(Document doc, int verb)
    {
        const int none = -1;
        bool climbedParticiple = false;
        for (int depth = 0, v = verb; depth < 4 && v >= 0; depth++)
        {
            int subject = -1, agent = -1;
            bool passive = false;
            var (first, end) = DependencyTree.SentenceRange(doc, v);
            for (int c = first; c < end; c++)
            {
                if (doc.Heads![c] != v) continue;
                string rel = doc.DependencyRelations![c];
                if (rel is "nsubj" && (subject < 0 || c < v)) subject = c; // two subjects: the one before the verb
                else if (rel is "nsubj:pass" or "aux:pass") passive = true;
                else if (rel is "csubj" or "csubj:pass") return (none, v);
                else if (rel.StartsWith("obl", StringComparison.Ordinal) && DependencyTree.PrepositionOf(doc, c) == "by") agent = c;
            }
            if (passive) return (agent, v);
            // "emailed supporters saying": a participle's own subject is almost always a misparse of its object
            if (subject >= 0 && depth == 0 && doc.TokenSpan(v).EndsWith("ing", StringComparison.Ordinal)) return (none, v);
            if (subject >= 0) return (climbedParticiple && !IsMainClause(doc, v) ? none : subject, v);
            string relation = DependencyTree.Relation(doc, v);
            if (relation == "advcl") climbedParticiple = true;
            else if (relation != "conj") return (none, v);
            v = doc.Heads![v];
        }
        return (none, verb);
    }

    private static bool IsMainClause(Document doc, int verb)
    {
        while (verb >= 0 && DependencyTree.Relation(doc, verb) == "conj") verb = doc.Heads![verb];
        return verb >= 0 && (doc.Heads![verb] < 0 || DependencyTree.Relation(doc, verb) == "parataxis");
    }

    private static SpeakerPhrase? Phrase(Document doc, MentionIndex mentions, bool[] insideQuote, int head, int limit, int cue)
    {
        var w = doc.TokenSpan(head);
        if (w is "who")
        {
            // "Beck, who has described ...": the relative pronoun is the mention, the noun it modifies the speaker
            int verb = doc.Heads![head];
            int antecedent = verb >= 0 && DependencyTree.Relation(doc, verb) == "acl:relcl" ? doc.Heads[verb] : -1;
            // "who" after a comma is relative even where the parse attached its clause elsewhere
            if (antecedent < 0 && head >= 2 && doc.TokenSpan(head - 1) is ",") antecedent = head - 2;
            if (antecedent < 0) return null;
            return SpeakerPhrases.Relative(doc, mentions, head, antecedent, limit);
        }
        if (SpeakerPhrases.NotSubjects.Contains(w)) return null; // "it", "this", a day or "week" taken for the subject
        if (EnglishPronouns.Speakers.Contains(w))
            return new SpeakerPhrase(head, head + 1, mentions.EntityAt(head), TokenMention(doc, head), true);
        if (mentions.MentionAt(head) is { } m && mentions.EntityAt(head) is { } e)
        {
            // a place name set off by a comma is a dateline or a location ("WASHINGTON, June 10 —", "Columbus, Ohio,")
            int end = doc.TokenIndexAtOrAfter(m.End);
            if (e.Type.IsPlace() && end < cue && doc.TokenSpan(end) is "," or "—" or "–" or "―" or "-") return null;
            return new SpeakerPhrase(doc.TokenIndexAtOrAfter(m.Start), end, e, m, false);
        }
        // an unnamed capitalized word is no speaker the parse can vouch for ("Even", a heading word), nor a reflexive
        if (doc.Tokens[head].Kind != TokenKind.Word || !char.IsLower(w[0]) || w.EndsWith("self") || w.EndsWith("selves")) return null;
        // a common noun phrase ("a spokesman for the ministry", "the statement"): from its first word to the head
        // and on to a comma, with a person named inside it as the entity
        int first = head;
        while (first - 1 >= limit && !insideQuote[first - 1] && IsWithin(doc, first - 1, head)) first--;
        if (DependencyTree.Relation(doc, first) is "case" or "mark") return null;
        int stop = head + 1;
        while (stop < cue && !insideQuote[stop] && doc.TokenSpan(stop) is not "," && IsWithin(doc, stop, head)) stop++;
        // a phrase holding a verb is a clause the parse mistook for a noun phrase ("has a commanding lead")
        if (doc.PartOfSpeech is { } tags)
            for (int j = first; j < stop; j++)
                if (tags[j].StartsWith("VB", StringComparison.Ordinal) || tags[j] is "MD") return null;
        // "The head of the PAC backing Jeb Bush, Mike Murphy, praised": the person in apposition is the speaker,
        // not a person named inside the phrase
        Entity? person = null;
        int sentenceEnd = DependencyTree.SentenceRange(doc, head).End;
        for (int j = head + 1; j < sentenceEnd && j < cue && person is null; j++)
            if (doc.Heads![j] == head && doc.DependencyRelations![j] == "appos" && mentions.EntityAt(j) is { Type: EntityKind.Person } p) person = p;
        int s = doc.Tokens[first].Start, e2 = doc.Tokens[stop - 1].End;
        return new SpeakerPhrase(first, stop, person, new Mention(s, e2, doc.Text[s..e2]), false);
    }

    /// <summary>Whether <paramref name="token"/> lies in the subtree of <paramref name="head"/>.</summary>
    private static bool IsWithin(Document doc, int token, int head)
    {
        for (int t = token, depth = 0; t >= 0 && depth < 64; t = doc.Heads![t], depth++)
            if (t == head) return true;
        return false;
    }

    private static Mention TokenMention(Document doc, int token) =>
        new(doc.Tokens[token].Start, doc.Tokens[token].End, doc.TokenText(token));
}

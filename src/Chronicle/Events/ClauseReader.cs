using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// Shallow reading of one sentence when no parse is available (the degraded path), and the helpers the
/// frame path shares: clause limits, the modifier chain to the left of a trigger, the subject before a
/// predicate (nearest actor, skipping place phrases; pronouns resolved to the nearest earlier actor),
/// the first actor after it, "by" agents and places.
/// </summary>
public sealed class ClauseReader(Document document, Sentence sentence, List<ActorMention> actors, int[] actorAt,
                                 List<Trigger> triggers, EventLexicon lexicon)
{
    private readonly WordClass[] _classes = Classify(document, sentence, lexicon);

    private static WordClass[] Classify(Document document, Sentence sentence, EventLexicon lexicon)
    {
        var classes = new WordClass[sentence.TokenCount];
        for (int t = 0; t < classes.Length; t++) classes[t] = lexicon.Classes(document.TokenSpan(sentence.FirstToken + t));
        return classes;
    }

    private ReadOnlySpan<char> Word(int t) => document.TokenSpan(t);
    private bool Is(int t, WordClass wordClass) =>
        t >= sentence.FirstToken && t < sentence.EndToken && (_classes[t - sentence.FirstToken] & wordClass) != 0;
    public ActorMention? ActorAt(int t) => t >= sentence.FirstToken && t < sentence.EndToken && actorAt[t - sentence.FirstToken] is >= 0 and var k ? actors[k] : null;

    public bool IsBoundary(int t) => Is(t, WordClass.Boundary) || document.Tokens[t].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.AmbiguousQuote;

    /// <summary>First token of the clause containing <paramref name="t"/>.</summary>
    public int ClauseStart(int t)
    {
        for (int i = t - 1; i >= sentence.FirstToken; i--)
            if (IsBoundary(i)) return i + 1;
        return sentence.FirstToken;
    }

    /// <summary>End (exclusive) of the clause containing <paramref name="t"/>.</summary>
    public int ClauseEnd(int t)
    {
        for (int i = t; i < sentence.EndToken; i++)
            if (IsBoundary(i)) return i;
        return sentence.EndToken;
    }

    private Trigger? TriggerEndingAt(int t)
    {
        foreach (var trigger in triggers) if (trigger.End == t + 1) return trigger;
        return null;
    }

    private bool IsGlue(int t)
    {
        if (Is(t, WordClass.Glue | WordClass.Pronoun | WordClass.Determiner | WordClass.Be | WordClass.Have | WordClass.Aux)) return true;
        var w = Word(t);
        return w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The modifiers governing the act at <paramref name="predicate"/>, innermost first, and the
    /// addressee of an appeal or demand ("urged Iran to stop ...").</summary>
    public (List<Trigger> Chain, ActorMention? Addressee) ModifierChain(int predicate)
    {
        var chain = new List<Trigger>();
        ActorMention? addressee = null;
        int t = predicate - 1;
        while (t >= sentence.FirstToken)
        {
            if (TriggerEndingAt(t) is { Modifier: not Modifier.None } modifier && modifier.Governed is null)
            {
                chain.Add(modifier);
                t = modifier.Start - 1;
                continue;
            }
            if (ActorAt(t) is { } actor && addressee is null)
            {
                int u = actor.Start - 1;
                while (u >= sentence.FirstToken && IsGlue(u) && !Is(u, WordClass.Pronoun)) u--;
                // "urged Iran to ...", "demanded that X ...", "wants Putin to ...": the actor is addressed.
                if (u >= sentence.FirstToken && TriggerEndingAt(u) is { Modifier: Modifier.Appeal or Modifier.Demand or Modifier.Intent } asking
                    && (asking.Modifier != Modifier.Intent || Word(actor.End).Equals("to", StringComparison.OrdinalIgnoreCase)))
                {
                    chain.Add(asking.Modifier == Modifier.Intent
                        ? new Trigger { Start = asking.Start, End = asking.End, Role = 'm', Modifier = Modifier.Appeal }
                        : asking);
                    asking.Consumed = true;
                    addressee = actor;
                    t = asking.Start - 1;
                    continue;
                }
                break;
            }
            if (IsGlue(t)) { t--; continue; }
            break;
        }
        return (chain, addressee);
    }

    /// <summary>The subject of a predicate starting at <paramref name="position"/>: nearest actor before it
    /// in its clause that is not inside a place or "of" phrase; a pronoun nearer than any actor resolves
    /// to the nearest actor before it in the sentence (first person: <paramref name="speaker"/>).</summary>
    public ActorMention? SubjectBefore(int position, ActorMention? speaker, bool atPredicate = true)
    {
        int start = ClauseStart(position);
        for (int t = position - 1; t >= start; t--)
        {
            if (ActorAt(t) is { } actor)
            {
                // "in eastern Syria" is no subject; "with Paris backing Iraq" is (right before the predicate).
                if (actor.Start > start && (actor.End < position || !atPredicate) && InPrepositionalPhrase(actor)) { t = actor.Start; continue; }
                // "The US commander in Iraq, General X, held talks": a bare role in apposition defers to a named country actor.
                if (!actor.HasCountry && actor.Start > start && Word(actor.Start - 1).SequenceEqual(",")
                    && CountryActorBefore(actor.Start, start) is { } named) return named;
                return actor;
            }
            if (Is(t, WordClass.Pronoun))
            {
                if (Is(t, WordClass.FirstPerson)) return speaker;
                return NearestBefore(t, sentence.FirstToken);
            }
        }
        // "... were deployed in Syria but were forced to leave": the subject of the clause before "but"/"and".
        if (start > sentence.FirstToken + 1 && (Word(start - 1).Equals("but", StringComparison.OrdinalIgnoreCase)
                                                || Word(start - 1).Equals("and", StringComparison.OrdinalIgnoreCase)))
            return SubjectBefore(start - 1, speaker, atPredicate: false);
        return null;
    }

    /// <summary>"in Iraq", "of Rwanda", "to Beirut", "by X", "with Y": not a subject.</summary>
    private bool InPrepositionalPhrase(ActorMention actor)
    {
        int p = actor.Start - 1;
        // Skip a determiner and up to two lower-case modifiers: "in the northern", "of all", "in eastern".
        for (int skipped = 0; p > sentence.FirstToken && skipped < 3 && document.Tokens[p].Kind == TokenKind.Word
                              && (Is(p, WordClass.Determiner) || char.IsLower(Word(p)[0])) && !Is(p, WordClass.Locative) && !Is(p, WordClass.TargetPreposition)
                              && !Word(p).Equals("of", StringComparison.OrdinalIgnoreCase) && !Is(p, WordClass.PassiveAgent); skipped++)
            p--;
        if (p < sentence.FirstToken) return false;
        return Is(p, WordClass.Locative) || Is(p, WordClass.TargetPreposition) || Is(p, WordClass.PassiveAgent)
               || Word(p).Equals("of", StringComparison.OrdinalIgnoreCase) || Word(p).Equals("for", StringComparison.OrdinalIgnoreCase);
    }

    private ActorMention? CountryActorBefore(int position, int limit)
    {
        for (int t = position - 1; t >= limit; t--)
            if (ActorAt(t) is { HasCountry: true } actor)
            {
                if (actor.Start > limit && InPrepositionalPhrase(actor)) { t = actor.Start; continue; }
                return actor;
            }
        return null;
    }

    private ActorMention? NearestBefore(int position, int limit)
    {
        for (int t = position - 1; t >= limit; t--)
            if (ActorAt(t) is { } actor && !(actor.Start > limit && Is(actor.Start - 1, WordClass.Locative))) return actor;
        return null;
    }

    /// <summary>First actor after <paramref name="from"/> in the clause (a comma ends the search once
    /// past <paramref name="commaFrom"/>); actors in place phrases only when nothing else is found.</summary>
    public (ActorMention? Target, ActorMention? Place, string? Preposition) ObjectAfter(int from, int commaFrom, int window = 12)
    {
        ActorMention? place = null;
        int limit = Math.Min(sentence.EndToken, from + window);
        for (int t = from; t < limit; t++)
        {
            if (IsBoundary(t) || (t >= commaFrom && Word(t).SequenceEqual(","))) break;
            if (ActorAt(t) is not { } actor) continue;
            var before = actor.Start > sentence.FirstToken ? Word(actor.Start - 1) : default;
            if (Is(actor.Start - 1, WordClass.PassiveAgent)) { t = actor.End - 1; continue; }
            if (lexicon.InClass(WordClass.Locative, before) && !before.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                place ??= actor;
                t = actor.End - 1;
                continue;
            }
            return (actor, place, before.Length > 0 ? before.ToString().ToLowerInvariant() : null);
        }
        return (place, place, place is null ? null : "in");
    }

    /// <summary>The actor that opens a "that" clause right after a verb ("complained that X ..."), the
    /// clause's own boundary words aside.</summary>
    public ActorMention? ComplementSubject(int from)
    {
        if (from + 1 >= sentence.EndToken || !Word(from).Equals("that", StringComparison.OrdinalIgnoreCase)) return null;
        return ActorOpening(from + 1);
    }

    /// <summary>The actor at <paramref name="t"/>, or right after a determiner there ("the X").</summary>
    private ActorMention? ActorOpening(int t) =>
        ActorAt(t) ?? (t + 1 < sentence.EndToken && Is(t, WordClass.Determiner) ? ActorAt(t + 1) : null);

    /// <summary>Whom a statement addresses: "told X", "told the X"; with <paramref name="afterTo"/> only "said to X".</summary>
    public ActorMention? Addressee(int from, bool afterTo = false)
    {
        if (from >= sentence.EndToken) return null;
        if (Word(from).Equals("to", StringComparison.OrdinalIgnoreCase)) from++;
        else if (afterTo) return null;
        return ActorOpening(from);
    }

    /// <summary>"called France a key partner" (051), "branded the group terrorists" (111): the
    /// epithet after the named actor decides; null when there is none.</summary>
    public string? NamingCode(int from)
    {
        var named = FirstActorWithin(from, Math.Min(sentence.EndToken, from + 3));
        if (named is null) return null;
        for (int t = named.End; t < Math.Min(sentence.EndToken, named.End + 6) && !IsBoundary(t); t++)
        {
            if (Is(t, WordClass.Positive)) return "051";
            if (Is(t, WordClass.Negative)) return "111";
        }
        return null;
    }

    /// <summary>The actor of a "by X" phrase after a passive verb.</summary>
    public ActorMention? AgentAfter(int from)
    {
        int limit = Math.Min(sentence.EndToken, from + 8);
        for (int t = from; t < limit; t++)
        {
            if (IsBoundary(t) || Word(t).SequenceEqual(",")) break;
            if (Is(t, WordClass.PassiveAgent)) return ActorAt(t + 1) ?? ActorAt(t + 2);
        }
        return null;
    }

    /// <summary>The actor after a given preposition ("from X") within a few words.</summary>
    public ActorMention? AfterPreposition(int from, string preposition)
    {
        int limit = Math.Min(sentence.EndToken, from + 6);
        for (int t = from; t < limit; t++)
            if (Word(t).Equals(preposition, StringComparison.OrdinalIgnoreCase)) return ActorAt(t + 1) ?? ActorAt(t + 2);
        return null;
    }

    /// <summary>Passive: a participle after a form of "be"/"get", or a participle followed by "by", or a
    /// reduced relative ("civilians imprisoned for ...").</summary>
    public bool IsPassive(Trigger verb)
    {
        if (!verb.Participle || verb.Role != 'v') return false;
        for (int t = verb.Start - 1; t >= Math.Max(sentence.FirstToken, verb.Start - 3); t--)
        {
            if (Is(t, WordClass.Be) || Word(t).Equals("got", StringComparison.OrdinalIgnoreCase) || Word(t).Equals("get", StringComparison.OrdinalIgnoreCase)) return true;
            if (Is(t, WordClass.Have)) return false;
        }
        if (verb.End >= sentence.EndToken) return false;
        if (Is(verb.End, WordClass.PassiveAgent)) return true;
        // A participle followed directly by a preposition has no object: a reduced relative
        // ("civilians imprisoned for ...", "officials accused of ...").
        var next = Word(verb.End);
        bool otherVerb = triggers.Any(t => t.Role == 'v' && t.Start < verb.Start);
        for (int t = verb.End; t < sentence.EndToken && !otherVerb; t++) otherVerb = Is(t, WordClass.Be);
        return otherVerb && (Is(verb.End, WordClass.Locative) || next.Equals("for", StringComparison.OrdinalIgnoreCase)
               || next.Equals("over", StringComparison.OrdinalIgnoreCase) || next.Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The actor just before a noun ("Turkish offensive", "Iran's attack", "the US invasion").</summary>
    public ActorMention? Premodifier(int noun)
    {
        for (int t = noun - 1, skipped = 0; t >= sentence.FirstToken && skipped <= 2; t--, skipped++)
        {
            if (ActorAt(t) is { } actor) return actor;
            if (Word(t).Equals("'s", StringComparison.Ordinal)) { skipped--; continue; }
            if (document.Tokens[t].Kind != TokenKind.Word || Is(t, WordClass.Determiner) || IsBoundary(t) || Is(t, WordClass.Locative)) return null;
        }
        return null;
    }

    /// <summary>After a noun: the actors of its "of", "by" and target phrases ("assassination of X",
    /// "offensive against Y").</summary>
    public (ActorMention? Of, ActorMention? By, ActorMention? Against) NounArguments(int from)
    {
        ActorMention? of = null, by = null, against = null;
        int limit = Math.Min(sentence.EndToken, from + 8);
        for (int t = from; t < limit; t++)
        {
            if (IsBoundary(t) || Word(t).SequenceEqual(",")) break;
            var next = FirstActorWithin(t + 1, Math.Min(limit, t + 4));
            if (next is null) continue;
            // "clashes between the army and the rebels", "talks between Israel and Syria": the two parties
            if (Word(t).Equals("between", StringComparison.OrdinalIgnoreCase) && by is null && against is null)
            {
                by = next;
                int and = next.End;
                if (and + 1 < sentence.EndToken && Word(and).Equals("and", StringComparison.OrdinalIgnoreCase)
                    && FirstActorWithin(and + 1, Math.Min(sentence.EndToken, and + 4)) is { } second)
                {
                    against = second;
                    next = second;
                }
            }
            else if (Word(t).Equals("of", StringComparison.OrdinalIgnoreCase)) of ??= next;
            else if (Is(t, WordClass.PassiveAgent)) by ??= next;
            else if (Is(t, WordClass.TargetPreposition)) against ??= next;
            else continue;
            t = next.End - 1;
        }
        return (of, by, against);
    }

    /// <summary>First actor starting in [from, to), passing only plain words ("against US-allied Syrian forces").</summary>
    private ActorMention? FirstActorWithin(int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (ActorAt(t) is { } actor) return actor;
            if (document.Tokens[t].Kind != TokenKind.Word || IsBoundary(t) || Is(t, WordClass.Locative) || Is(t, WordClass.TargetPreposition)) return null;
        }
        return null;
    }

    /// <summary>The place an event happened: an actor after "in", "at" or "near" in the clause.</summary>
    public ActorMention? Place(int from)
    {
        int limit = Math.Min(sentence.EndToken, from + 15);
        for (int t = from; t < limit - 1; t++)
        {
            if (IsBoundary(t)) break;
            if ((Word(t).Equals("in", StringComparison.OrdinalIgnoreCase) || Word(t).Equals("at", StringComparison.OrdinalIgnoreCase)
                 || Word(t).Equals("near", StringComparison.OrdinalIgnoreCase)) && (ActorAt(t + 1) ?? ActorAt(t + 2)) is { } place)
                return place;
        }
        return null;
    }
}

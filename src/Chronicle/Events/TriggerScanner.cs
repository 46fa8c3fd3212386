using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>A lexicon match in a sentence: an event verb or noun, a light verb or a modifier.</summary>
public sealed class Trigger
{
    public int Start, End;
    public char Role;                      // v verb, n noun, l light verb, m modifier only
    public LexiconEntry? Entry;            // the verb or noun entry (null for pure modifiers and light verbs)
    public LexiconEntry? Light;            // the light-verb entry of the same form
    public Modifier Modifier;              // how it changes the act it governs
    public string? Code;                   // its own code
    public PetrarchVerb? UserVerb;         // a user verb dictionary entry (wins over the lexicon)
    public bool Participle, BaseForm;
    public Trigger? Governor;              // the light verb governing this noun
    public Trigger? Governed;              // the noun this light verb governs
    public bool Consumed;
}

/// <summary>
/// Finds the triggers of a sentence by span lookups (user PETRARCH verbs first, then Chronicle's
/// lexicon), decides verb or noun readings (part-of-speech tags when present, else the left
/// context) and links light verbs to the event noun they govern ("carried out a series of airstrikes").
/// </summary>
public sealed class TriggerScanner(EventResources resources)
{
    private EventLexicon Lexicon => resources.Lexicon;
    private const int LightWindow = 6;

    public List<Trigger> Scan(Document document, Sentence sentence, int[] actorAt)
    {
        var triggers = new List<Trigger>();
        int end = sentence.EndToken;
        for (int t = sentence.FirstToken; t < end;)
        {
            if (document.Tokens[t].Kind != TokenKind.Word) { t++; continue; }
            if (actorAt[t - sentence.FirstToken] >= 0)
            {
                // A role word can start an event phrase ("military exercises"): the phrase wins.
                int k = actorAt[t - sentence.FirstToken];
                if (!Lexicon.TryMatch(document, t, end, out int phraseEnd, out _) || phraseEnd - t < 2 || phraseEnd <= ActorEnd(actorAt, sentence, t)) { t++; continue; }
                for (int u = t; u < phraseEnd; u++) if (actorAt[u - sentence.FirstToken] == k) actorAt[u - sentence.FirstToken] = -1;
            }
            if (resources.UserVerbs is { } user && user.Verbs.TryMatch(document, t, end, out int userEnd, out var verb)
                && IsVerbReading(document, t, sentence))
            {
                triggers.Add(new Trigger { Start = t, End = userEnd, Role = 'v', UserVerb = verb, Code = verb.Code });
                t = userEnd;
                continue;
            }
            if (!Lexicon.TryMatch(document, t, end, out int formEnd, out var form)) { t++; continue; }
            var trigger = Read(document, sentence, t, formEnd, form, triggers);
            if (trigger is not null) triggers.Add(trigger);
            t = formEnd;
        }
        LinkLightVerbs(document, triggers);
        return triggers;
    }

    private Trigger? Read(Document document, Sentence sentence, int start, int end, LexiconForm form, List<Trigger> before)
    {
        bool afterAuxiliary = start > sentence.FirstToken && Lexicon.InClass(WordClass.Aux, document.TokenSpan(start - 1));
        // "the detained journalists": a participle after a determiner is an adjective.
        if (document.PartOfSpeech is null && start > sentence.FirstToken && Lexicon.InClass(WordClass.Determiner, document.TokenSpan(start - 1))
            && document.TokenSpan(end - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return null;
        bool verbAllowed = !(form.IsBaseVerb && !afterAuxiliary &&
                             (form.Verb?.BaseNeedsAuxiliary ?? form.Modifier?.BaseNeedsAuxiliary ?? false));
        bool nounReading = form.Noun is not null && (form.Verb is null && form.Light is null && form.Modifier is null
                                                     || NounContext(document, sentence, start, end, before));
        var trigger = new Trigger { Start = start, End = end, Participle = form.IsParticiple, BaseForm = form.IsBaseVerb };
        if (nounReading)
        {
            trigger.Role = 'n';
            trigger.Entry = form.Noun;
            trigger.Code = form.Noun!.Code;
            return trigger;
        }
        if (!verbAllowed) return null;
        // "a mortar bomb": a noun position for a word the lexicon only knows as a verb.
        if (form.Noun is null && form.Verb is not null && form.Light is null && form.Modifier is null
            && NounContext(document, sentence, start, end, before))
            return null;
        trigger.Light = form.Light;
        if (form.Verb is { } verb)
        {
            trigger.Role = 'v';
            trigger.Entry = verb;
            trigger.Code = verb.Code;
            trigger.Modifier = verb.Modifier;
            // "call on", "call for": the particle decides the code and joins the trigger.
            if (end < sentence.EndToken && verb.Particles.Count > 0)
                foreach (var (particle, (code, particleModifier)) in verb.Particles)
                    if (document.TokenSpan(end).Equals(particle, StringComparison.OrdinalIgnoreCase))
                    {
                        trigger.End = end + 1;
                        trigger.Code = code;
                        trigger.Modifier = particleModifier;
                        break;
                    }
            return trigger;
        }
        if (form.Modifier is { } modifier)
        {
            trigger.Role = 'm';
            trigger.Modifier = modifier.Modifier;
            return trigger;
        }
        if (form.Light is not null) { trigger.Role = 'l'; return trigger; }
        return null;
    }

    /// <summary>Noun reading: tagged NN*, or after a determiner, "'s", a number, or a light verb.</summary>
    private bool NounContext(Document document, Sentence sentence, int start, int end, List<Trigger> before)
    {
        if (document.PartOfSpeech is { } tags) return tags[end - 1].StartsWith("NN", StringComparison.Ordinal);
        if (start == sentence.FirstToken) return false;
        var previous = document.TokenSpan(start - 1);
        // A past form ("warned", "released") is a verb whatever precedes it.
        if (document.TokenSpan(end - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        if (Lexicon.InClass(WordClass.Determiner, previous) || previous.Equals("'s", StringComparison.Ordinal)
            || document.Tokens[start - 1].Kind == TokenKind.Number)
            return true;
        foreach (var t in before)
            if (t.Role == 'l' || t.Light is not null)
                if (start - t.End <= LightWindow && start > t.Start) return true;
        // "a surprise visit", "a deadly attack": a determiner two words back with a plain word between.
        if (start - 2 >= sentence.FirstToken && Lexicon.InClass(WordClass.Determiner, document.TokenSpan(start - 2))
            && document.Tokens[start - 1].Kind == TokenKind.Word && char.IsLower(previous[0]) && !Lexicon.InClass(WordClass.Aux, previous))
            return true;
        // "enjoyed support": a past-tense verb is not followed by another finite verb.
        if (previous.Length > 3 && previous.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && document.Tokens[start - 1].Kind == TokenKind.Word)
            return true;
        // "Turkish offensive against": a name right before and a preposition or punctuation after
        // (not for an inflected verb form: "Israel released 50 prisoners", "Egypt called on").
        if (end < sentence.EndToken && char.IsUpper(previous[0]) && !document.TokenSpan(start).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            var next = document.TokenSpan(end);
            return document.Tokens[end].Kind != TokenKind.Word || Lexicon.InClass(WordClass.TargetPreposition, next)
                   || next.Equals("of", StringComparison.OrdinalIgnoreCase) || Lexicon.InClass(WordClass.Locative, next);
        }
        return false;
    }

    private static int ActorEnd(int[] actorAt, Sentence sentence, int t)
    {
        int k = actorAt[t - sentence.FirstToken];
        while (t < sentence.EndToken && actorAt[t - sentence.FirstToken] == k) t++;
        return t;
    }

    private bool IsVerbReading(Document document, int token, Sentence sentence) =>
        document.PartOfSpeech is not { } tags || tags[token].StartsWith("VB", StringComparison.Ordinal)
        || token == sentence.FirstToken || !Lexicon.InClass(WordClass.Determiner, document.TokenSpan(token - 1));

    /// <summary>A light verb governs the first event noun within a few words ("held talks", "launched an
    /// air strike", "engaged X in a firefight"), stopping at clause boundaries and other verbs.</summary>
    private void LinkLightVerbs(Document document, List<Trigger> triggers)
    {
        for (int j = 0; j < triggers.Count; j++)
        {
            var noun = triggers[j];
            if (noun.Role != 'n') continue;
            // The nearest light verb before the noun, with no clause boundary or other verb between.
            for (int k = j - 1; k >= 0 && noun.Start - triggers[k].End <= LightWindow; k--)
            {
                var light = triggers[k];
                if (HasBoundary(document, light.End, noun.Start)) break;
                if (light.Light is not null && light.Role != 'n' && light.Governed is null)
                {
                    noun.Governor = light;
                    light.Governed = noun;
                    break;
                }
                if (light.Role == 'v') break;
            }
        }
    }

    private bool HasBoundary(Document document, int from, int to)
    {
        for (int t = from; t < to; t++)
            if (Lexicon.InClass(WordClass.Boundary, document.TokenSpan(t))) return true;
        return false;
    }
}

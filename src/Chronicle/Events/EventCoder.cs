using Chronicle.Annotations;
using Chronicle.Lexicon;
using Chronicle.Parsing;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>
/// The event stage: codes who did what to whom in each sentence as CAMEO events with PLOVER types,
/// writing <see cref="Document.Events"/>. Triggers come from Chronicle's lexicon (and user PETRARCH
/// verbs); modifiers to their left recode them (negation, refusal, intent, demands, appeals, threats,
/// cessation). Source and target come from the parser's predicate frames when a frame provider is
/// given, otherwise (the degraded path) from a shallow linear reading of the clause. Actors are the
/// entity layer's codes where present, otherwise dictionary phrases. See docs/events.md.
/// </summary>
public sealed class EventCoder(EventResources resources, Func<Document, IReadOnlyList<PredicateFrame>>? frameProvider = null)
    : IDocumentComponent
{
    public const string ModelName = "chronicle-events-v1";
    private readonly ActorFinder _finder = new(resources.Actors, resources.Lexicon);
    private readonly TriggerScanner _scanner = new(resources);

    public string Name => "events";
    public PipelineStage Stage => PipelineStage.Events;
    public bool EnglishOnly => true;

    // "X claimed that Y attacked Z": a claim of responsibility (015) when X is Y, else an accusation (112)
    private static readonly CameoCode SelfClaim = new("015"), Accusation = new("112");

    private sealed record Draft(CameoCode Code, Trigger Trigger, ActorMention Source, ActorMention? Target, ActorMention? Place, double Confidence, string Rule);

    public void Process(Document document)
    {
        if (document.Sentences.Length == 0) return;
        document.Models["events"] = resources.UserVerbs is null ? ModelName : ModelName + "+user-verbs";
        var entityAt = EntityIndex(document);
        var inQuote = QuoteMask(document);
        var frames = frameProvider?.Invoke(document);
        var arguments = frames is { Count: > 0 } ? new FrameArguments(frames) : null;
        for (int s = 0; s < document.Sentences.Length; s++)
            CodeSentence(document, s, entityAt, inQuote, arguments);
    }

    private void CodeSentence(Document document, int index, Dictionary<int, (Entity, int)>? entityAt, bool[] inQuote, FrameArguments? frames)
    {
        var sentence = document.Sentences[index];
        var actors = _finder.Find(document, sentence, entityAt);
        var actorAt = new int[sentence.TokenCount];
        Array.Fill(actorAt, -1);
        for (int k = 0; k < actors.Count; k++)
            for (int t = actors[k].Start; t < actors[k].End; t++) actorAt[t - sentence.FirstToken] = k;
        var triggers = _scanner.Scan(document, sentence, actorAt);
        if (triggers.Count == 0 || actors.Count == 0) return;
        var reader = new ClauseReader(document, sentence, actors, actorAt, triggers, resources.Lexicon);
        bool speechContext = triggers.Any(t => t.Entry?.Speech == true) || inQuote.AsSpan(sentence.FirstToken, sentence.TokenCount).Contains(true);
        var drafts = new List<Draft>();
        for (int k = triggers.Count - 1; k >= 0; k--)
            CodeTrigger(document, triggers[k], reader, frames, inQuote, speechContext, actors, drafts);
        ClaimsToAccusations(document, triggers, reader, drafts);
        Emit(document, index, sentence, drafts);
    }

    private void CodeTrigger(Document document, Trigger trigger, ClauseReader reader, FrameArguments? frames, bool[] inQuote,
                             bool speechContext, List<ActorMention> actors, List<Draft> drafts)
    {
        if (trigger.Consumed || trigger.Role is 'm' or 'l' || (trigger.Role == 'v' && trigger.Governed is not null)) return;
        string? given = trigger.UserVerb is { } user ? UserCode(document, trigger, user, reader) : trigger.Code;
        if (given is null && trigger.Entry?.Naming == true) given = reader.NamingCode(trigger.End);
        if (given is null) return;
        var act = new CameoCode(given);
        var predicate = trigger.Governor ?? trigger;
        var (chain, addressee) = reader.ModifierChain(predicate.Start);
        bool lightOnlyNoun = trigger.Role == 'n' && trigger.Entry!.NeedsLightVerb;
        if (lightOnlyNoun && trigger.Governor is null && chain.Count == 0) return;

        // Recode through the modifiers, innermost first ("will not stop attacking" -> 138 under "warned").
        var recordTrigger = lightOnlyNoun && trigger.Governor is not null ? trigger.Governor : trigger;
        CameoCode? innerConflict = null;
        bool noEvent = false;
        foreach (var modifier in chain)
        {
            if (modifier.Modifier == Modifier.Negation && innerConflict is { } attacks && act.IsUnder(CodeComposer.DeEscalation))
            {
                act = attacks;   // "not stop attacking": the attacks go on
                innerConflict = null;
                continue;
            }
            var composed = CodeComposer.Apply(modifier.Modifier, act, speechContext);
            if (modifier.Modifier == Modifier.Cease && composed is not null && act.IsConflict) innerConflict = act;
            if (composed is null && modifier.Code is null) { noEvent = true; break; }
            act = composed ?? new CameoCode(modifier.Code!);
            if (modifier.Code is not null) recordTrigger = modifier;
        }
        if (trigger.Governor is { } governor) governor.Consumed = true;
        foreach (var modifier in chain) modifier.Consumed = true;
        if (noEvent) return;

        bool quoted = inQuote[trigger.Start];
        var speaker = quoted ? Speaker(document, trigger, actors, inQuote) : null;
        int outer = chain.Count > 0 ? chain[^1].Start : predicate.Start;
        ActorMention? source, target;
        ActorMention? place = reader.Place(trigger.End);
        string? preposition = null;
        bool fromFrame = false;
        (ActorMention? Source, ActorMention? Target, bool Passive, ActorMention? SourcePartner)? frameArguments = null;
        // a bare event noun takes its actors from its own phrases ("Iran's attack on X")
        bool nounArguments = trigger.Role == 'n' && trigger.Governor is null && chain.Count == 0;
        if (nounArguments)
        {
            var premodifier = reader.Premodifier(trigger.Start);
            var (of, by, against) = reader.NounArguments(trigger.End);
            if (trigger.Entry!.PossessorIsTarget) (source, target) = (by, premodifier ?? of);
            else if (trigger.Entry.OfIsAgent) (source, target) = (premodifier ?? of ?? by, against);
            else (source, target) = (premodifier ?? by, against ?? of);
        }
        else
        {
            var frame = frameArguments = frames?.Arguments(predicate.Start, trigger.Role == 'n' ? trigger.Start : -1, reader);
            fromFrame = frame is not null && frame.Value.Source is not null;
            var subject = frame?.Source ?? reader.SubjectBefore(outer, speaker);
            if (frame is { Passive: true } || (frame is null && reader.IsPassive(trigger)))
                (source, target) = (frame?.Source ?? reader.AgentAfter(trigger.End), frame?.Target ?? subject);
            else if (trigger.Governor?.Light?.SubjectIsTarget == true)
                (source, target) = (reader.AfterPreposition(trigger.End, "from"), subject);
            else
            {
                source = subject;
                target = addressee ?? frame?.Target;
                // A statement's target is whom it addresses ("told X"), never what it is about.
                if (trigger.Entry?.Speech == true && act.IsUnder("01"))
                {
                    // "said" takes what was said as its object: only the address verbs ("told X", "assured X") and
                    // "said to X" name whom a statement addresses.
                    if (trigger.Governor is not null || trigger.Entry is { } entry && EnglishSpeechVerbs.AddressLemmas.Contains(entry.Lemma)) target ??= reader.Addressee(predicate.End);
                    else target = addressee ?? reader.Addressee(predicate.End, afterTo: true);
                    // "told Reuters", "told Israel Radio": the outlet carries the statement, it is not its target;
                    // a minister telling his own country's parliament or press is not an act between two parties.
                    if (target is { } t && (IsOutlet(document, t) || t.HasCountry && source is { HasCountry: true } && t.Code[..3] == source.Code[..3])) target = null;
                }
                else if (target is null && trigger.Governor is { } light)
                    target = reader.ObjectAfter(light.End, trigger.Start, window: trigger.Start - light.End).Target;
                if (target is null && !(trigger.Entry?.Speech == true && act.IsUnder("01")))
                {
                    (var found, var foundPlace, preposition) = reader.ObjectAfter(predicate.End, trigger.End);
                    target = found;
                    place ??= foundPlace;
                    if (ReferenceEquals(found, foundPlace)) place = foundPlace;
                }
                // "complained that Washington was jeopardising the accords": a complaint or accusation is aimed
                // at the subject of what it reports.
                if (target is null && act.IsUnder("11")) target = reader.ComplementSubject(predicate.End);
            }
        }
        if (quoted)
        {
            // Quoted words are the speaker's statement: what they say they will do or demand is coded,
            // what they describe as done is not made into a real-world event.
            if (!act.IsVerbal) return;
            source ??= speaker;
        }
        if (trigger.Entry?.Speech == true && act.IsUnder("01") && target is null) return;
        if (source is null) return;
        // User PETRARCH verbs code dyads only, as PETRARCH does by default (require_dyad).
        if (trigger.UserVerb is not null && target is null) return;
        if (target is not null && SameActor(document, source, target)) target = null;
        // Acts with no one acted on are kept only where CAMEO expects none: retreats, protests, force
        // posture, denials and claims of responsibility (statements other than plain reporting verbs).
        // Consultations go both ways; a visit (042, hosted: 043) and a mediation (045) have one direction.
        bool reciprocal = trigger.Entry?.Reciprocal == true || act.IsUnder("04") && act.Value is not ("042" or "043" or "045");
        // Coordination the parser found ("Kadhimi and Biden reached an agreement").
        if (frameArguments?.SourcePartner is { } partner && ReferenceEquals(frameArguments.Value.Source, source) && source.Partner < 0)
            source.Partner = actors.IndexOf(partner);
        if (target is null && !(act.IsUnder("08") || act.IsUnder("14") || act.IsUnder("15"))
            && !(act.IsUnder("01") && trigger.Entry?.Speech != true) && !(reciprocal && source.Partner >= 0)) return;
        double confidence = (fromFrame ? 0.75 : 0.5) + (target is not null ? 0.1 : 0) - (quoted ? 0.1 : 0);
        // Deploying troops near X: the force deployed is the object, the place is the target.
        if (act.IsUnder("15") && target is { HasCountry: false } && place is not null) target = place;
        // Partners named as subject meet each other, not the place where they meet.
        if (reciprocal && source.Partner >= 0 && target is not null && ReferenceEquals(target, place)) target = null;
        var rule = RuleOf(document, trigger, chain, argumentsFrom: nounArguments ? "noun" : fromFrame ? "frame" : "surface");
        AddWithPartners(drafts, new Draft(act, recordTrigger, source, target, place, confidence, rule), actors,
                        reciprocal, preposition == "with" && chain.Count == 0);
    }

    /// <summary>Coordinated actors act together ("US and British activists"); reciprocal acts between
    /// partners go both ways ("Brazil and the US seek a partnership", "held talks with X").</summary>
    private static void AddWithPartners(List<Draft> drafts, Draft draft, List<ActorMention> actors, bool reciprocal, bool withTarget)
    {
        var sources = new List<ActorMention> { draft.Source };
        if (draft.Source.Partner >= 0 && !ReferenceEquals(actors[draft.Source.Partner], draft.Target)) sources.Add(actors[draft.Source.Partner]);
        if (reciprocal && draft.Target is null && sources.Count == 2)
        {
            drafts.Add(draft with { Source = sources[0], Target = sources[1] });
            drafts.Add(draft with { Source = sources[1], Target = sources[0] });
            return;
        }
        foreach (var source in sources)
        {
            drafts.Add(draft with { Source = source });
            if (reciprocal && withTarget && draft.Target is not null) drafts.Add(draft with { Source = draft.Target, Target = source });
        }
    }

    /// <summary>What proposed an event, so that a wrong one can be traced in one step: the evidence ("verb:accuse",
    /// "light:impose+sanction", "noun:airstrike", "petrarch:&lt;verb&gt;", "naming:call"), the modifiers that recoded it
    /// ("+will"), and where its actors came from (the parse frame, the surface words around it, the noun's own phrases).</summary>
    private static string RuleOf(Document document, Trigger trigger, List<Trigger> chain, string argumentsFrom)
    {
        string evidence = trigger.UserVerb is not null ? "petrarch:" + document.TokenText(trigger.Start).ToLowerInvariant()
            : trigger.Governor is { } light ? "light:" + (light.Light?.Lemma ?? document.TokenText(light.Start)) + "+" + trigger.Entry!.Lemma
            : trigger.Entry is { Naming: true } naming && trigger.Code is null ? "naming:" + naming.Lemma
            : (trigger.Role == 'n' ? "noun:" : "verb:") + (trigger.Entry?.Lemma ?? document.TokenText(trigger.Start));
        var rule = new System.Text.StringBuilder(evidence);
        foreach (var modifier in chain) rule.Append('+').Append(document.TokenText(modifier.Start).ToLowerInvariant());
        return rule.Append('/').Append(argumentsFrom).ToString();
    }

    /// <summary>"X claimed that Y attacked Z": an accusation of Y (112), or a claim of responsibility
    /// (015) when X and Y are the same; the reported attack itself is not coded as fact.</summary>
    private static void ClaimsToAccusations(Document document, List<Trigger> triggers, ClauseReader reader, List<Draft> drafts)
    {
        foreach (var claim in triggers)
        {
            if (claim.Modifier != Modifier.Claim || claim.Consumed) continue;
            var claimer = reader.SubjectBefore(claim.Start, null);
            if (claimer is null) continue;
            var reported = drafts.Where(d => d.Trigger.Start > claim.Start && d.Code.IsConflict).OrderBy(d => d.Trigger.Start).ToList();
            if (reported.Count == 0) continue;
            foreach (var d in reported) drafts.Remove(d);
            var first = reported[0];
            bool self = first.Source.Code.Length >= 3 && claimer.Code.Length >= 3 && first.Source.Code[..3] == claimer.Code[..3];
            var rule = "claim:" + document.TokenText(claim.Start).ToLowerInvariant() + "<" + first.Rule;
            drafts.Add(self ? first with { Code = SelfClaim, Source = claimer, Trigger = claim, Rule = rule }
                            : first with { Code = Accusation, Source = claimer, Target = first.Source, Trigger = claim, Rule = rule });
        }
    }

    private static string? UserCode(Document document, Trigger trigger, PetrarchVerb verb, ClauseReader reader)
    {
        var (matched, code) = VerbPatternMatcher.Match(document, verb, reader.ClauseStart(trigger.Start), trigger.Start, trigger.End, reader.ClauseEnd(trigger.End));
        return matched ? code : verb.Code;
    }

    private static ActorMention? Speaker(Document document, Trigger trigger, List<ActorMention> actors, bool[] mask)
    {
        int offset = document.Tokens[trigger.Start].Start;
        foreach (var quote in document.Quotes)
            if (offset >= quote.Start && offset < quote.End && quote.Speaker is { } id)
                return actors.FirstOrDefault(a => a.EntityId == id)
                       ?? document.Entities.Where(e => e.Id == id && (e.Code ?? e.Country) is not null)
                           .Select(e => new ActorMention(trigger.Start, trigger.Start, (e.Code ?? e.Country)!, e.Name, e.Id)).FirstOrDefault();
        // Without the quote layer: the actor named outside the quotation marks, after it first.
        return actors.FirstOrDefault(a => a.Start > trigger.Start && !mask[a.Start]) ?? actors.LastOrDefault(a => a.End <= trigger.Start && !mask[a.Start]);
    }

    private void Emit(Document document, int index, Sentence sentence, List<Draft> drafts)
    {
        var seen = new HashSet<(string, string?, string)>();
        var roles = new RoleCountry(document, index);
        foreach (var proposed in drafts.OrderBy(d => d.Trigger.Start))
        {
            var draft = proposed with
            {
                Source = roles.Resolve(proposed.Source),
                Target = proposed.Target is { } target ? roles.Resolve(target) : null,
            };
            var cameo = resources.Codebook.Get(draft.Code.Value);
            // One event per source, target and root; an event without target repeats one that has it.
            if (draft.Target is null && drafts.Any(d => d.Target is not null && Identity(d.Source) == Identity(draft.Source) && d.Code.SharesRootWith(draft.Code))) continue;
            // An actor acting on itself ("Iraq ... liberate the Iraqi city") is a misread argument, not an event.
            if (draft.Target is { } self && SameActor(document, self, draft.Source)) continue;
            // No country, no known actor and no target: nothing an analyst could place.
            if (draft.Target is null && draft.Source.EntityId is null && draft.Source.Code.StartsWith("---", StringComparison.Ordinal)) continue;
            if (!seen.Add((Identity(draft.Source), draft.Target is { } t0 ? Identity(t0) : null, cameo.Root))) continue;
            var start = document.Tokens[draft.Trigger.Start].Start;
            var end = document.Tokens[draft.Trigger.End - 1].End;
            var sourceActor = new EventActor(draft.Source.EntityId, draft.Source.Name, draft.Source.Code);
            var targetActor = draft.Target is { } t ? new EventActor(t.EntityId, t.Name, t.Code) : null;
            document.Events.Add(new EventRecord
            {
                Id = "V" + (document.Events.Count + 1),
                Cameo = draft.Code.Value, Root = cameo.Root, QuadClass = cameo.QuadClass, Goldstein = cameo.Goldstein, Plover = cameo.Plover,
                Source = sourceActor,
                Target = targetActor,
                Date = EventDate(document, sentence, start),
                Location = EventPlace.Locate(document, sentence, draft.Place, sourceActor, targetActor, start),
                Sentence = index,
                Trigger = new Mention(start, end, document.Text[start..end]),
                Confidence = Math.Round(Math.Clamp(draft.Confidence, 0.05, 0.95), 2),
                Rule = draft.Rule,
            });
        }
    }

    /// <summary>The sentence's time expression nearest the trigger, else the publication date.</summary>
    private static string? EventDate(Document document, Sentence sentence, int offset)
    {
        TimeExpression? best = null;
        foreach (var date in document.Dates)
            if (date.Start >= sentence.Start && date.End <= sentence.End && date.Type is "DATE" or "TIME"
                && (best is null || Math.Abs(date.Start - offset) < Math.Abs(best.Start - offset)))
                best = date;
        return best?.Value ?? document.Metadata.Published?.ToString("yyyy-MM-dd");
    }

    /// <summary>A news outlet: coded as media, or named with an outlet word ("Reuters Television", "the People's Daily").</summary>
    private static bool IsOutlet(Document document, ActorMention actor)
    {
        if (actor.Code.EndsWith("MED", StringComparison.Ordinal)) return true;
        for (int t = actor.Start; t < actor.End; t++)
            if (EnglishOrganisationNouns.OutletWords.Contains(document.TokenSpan(t))) return true;
        return false;
    }

    /// <summary>One actor, or two with one code; two uncoded names ("---") are one actor only when they are one entity.</summary>
    private static bool SameActor(Document document, ActorMention a, ActorMention b) =>
        ReferenceEquals(a, b) || a.EntityId is not null && a.EntityId == b.EntityId
        || a.Code == b.Code && !(a.Code.StartsWith("---", StringComparison.Ordinal) && a.EntityId is not null && b.EntityId is not null)
           && !TwoPeople(document, a, b);

    /// <summary>Two named people are two parties whatever their codes ("Lebed asked Yeltsin": both RUSGOV).</summary>
    private static bool TwoPeople(Document document, ActorMention a, ActorMention b) =>
        a.EntityId is { } x && b.EntityId is { } y && x != y && IsPerson(document, x) && IsPerson(document, y);

    private static bool IsPerson(Document document, string id)
    {
        foreach (var e in document.Entities)
            if (e.Id == id) return e.Type == EntityKind.Person;
        return false;
    }

    /// <summary>What "one event per source, target and root" counts: the code, or the entity of an uncoded name.</summary>
    private static string Identity(ActorMention a) =>
        a.Code.StartsWith("---", StringComparison.Ordinal) && a.EntityId is not null ? a.Code + "#" + a.EntityId : a.Code;

    private static Dictionary<int, (Entity, int)>? EntityIndex(Document document)
    {
        if (document.Entities.Count == 0) return null;
        var index = new Dictionary<int, (Entity, int)>();
        foreach (var entity in document.Entities)
        {
            if ((entity.Code ?? entity.Country) is null && !ActorFinder.ActsUncoded(entity)) continue;
            foreach (var mention in entity.Mentions)
            {
                int first = document.TokenIndexAtOrAfter(mention.Start);
                int last = document.TokenIndexAtOrAfter(mention.End - 1);
                if (first < document.Tokens.Length && last < document.Tokens.Length) index.TryAdd(first, (entity, last + 1));
            }
        }
        return index;
    }

    /// <summary>Tokens inside quotation marks (or inside the quote layer's spans).</summary>
    internal static bool[] QuoteMask(Document document)
    {
        var mask = new bool[document.Tokens.Length];
        bool inside = false;
        for (int t = 0; t < mask.Length; t++)
        {
            var kind = document.Tokens[t].Kind;
            if (kind == TokenKind.OpenQuote) inside = true;
            else if (kind == TokenKind.CloseQuote) inside = false;
            else if (kind == TokenKind.AmbiguousQuote && document.TokenSpan(t) is "\"") inside = !inside;
            else mask[t] = inside;
        }
        foreach (var quote in document.Quotes)
            for (int t = document.TokenIndexAtOrAfter(quote.Start); t < mask.Length && document.Tokens[t].Start < quote.End; t++) mask[t] = true;
        return mask;
    }
}

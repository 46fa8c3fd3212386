using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>An actor named in a sentence: its tokens, CAMEO code and (when the entity layer found
/// it) entity id. <see cref="Partner"/> links coordinated actors ("US and British activists").</summary>
public sealed record ActorMention(int Start, int End, string Code, string Name, string? EntityId)
{
    public int Partner { get; set; } = -1;
    public bool HasCountry => Code.Length >= 3 && !Code.StartsWith("---");
}

/// <summary>
/// Finds the actors of a sentence. Entity mentions with codes come first (the entity layer: issue 4);
/// elsewhere actor phrases from the loaded dictionaries (Chronicle's built-in names plus user
/// PETRARCH dictionaries) are matched by span. Role nouns then combine with a neighbouring country:
/// "Syrian rebels", "Iraq's parliament", "opponents of Rwanda's Senate" -> country + role code.
/// </summary>
public sealed class ActorFinder(ActorDictionary dictionary, EventLexicon lexicon)
{
    private sealed class Raw
    {
        public int Start, End;
        public string? Code;      // full actor code (country or organization, possibly with roles)
        public string? Agent;     // role code from an agent noun
        public bool AgentBefore;
        public string? EntityId, Name;
    }

    public List<ActorMention> Find(Document document, Sentence sentence, Dictionary<int, (Entity Entity, int End)>? entityAt)
    {
        var raws = new List<Raw>();
        int end = sentence.EndToken;
        var date = document.Metadata.Published;
        for (int i = sentence.FirstToken; i < end;)
        {
            if (entityAt is not null && entityAt.TryGetValue(i, out var hit) && (hit.Entity.Code ?? hit.Entity.Country) is { } entityCode)
            {
                raws.Add(new Raw { Start = i, End = hit.End, Code = entityCode, EntityId = hit.Entity.Id, Name = hit.Entity.Name });
                i = hit.End;
                continue;
            }
            if (dictionary.Actors.TryMatch(document, i, end, out int actorEnd, out var actor) && Plausible(document, i, actorEnd)
                && actor.CodeAt(date) is { } code)
            {
                // A name the entity layer left uncoded keeps its entity (its other mentions, quotes and stories
                // follow it) and takes the dictionary's code: "Yasser Arafat" is PSEGOV in 1996.
                if (entityAt is not null && entityAt.TryGetValue(i, out var named) && named.End >= actorEnd && ActsUncoded(named.Entity))
                {
                    actorEnd = named.End;
                    raws.Add(new Raw { Start = i, End = actorEnd, Code = code, EntityId = named.Entity.Id, Name = named.Entity.Name });
                }
                else raws.Add(new Raw { Start = i, End = actorEnd, Code = code });
                i = actorEnd;
                continue;
            }
            if (dictionary.Agents.TryMatch(document, i, end, out int agentEnd, out var agent))
            {
                raws.Add(new Raw { Start = i, End = agentEnd, Agent = agent.Code, AgentBefore = agent.Before });
                i = agentEnd;
                continue;
            }
            // A name the dictionaries do not know either still acts, uncoded.
            if (entityAt is not null && entityAt.TryGetValue(i, out var uncoded) && ActsUncoded(uncoded.Entity))
            {
                raws.Add(new Raw { Start = i, End = uncoded.End, Code = "---", EntityId = uncoded.Entity.Id, Name = uncoded.Entity.Name });
                i = uncoded.End;
                continue;
            }
            // "US-led", "Baghdad-allied", "government-held": the part before the hyphen.
            var token = document.TokenSpan(i);
            int hyphen = token.IndexOf('-');
            if (hyphen > 1)
            {
                if (dictionary.Actors.TryMatchWord(token[..hyphen], out var prefix) && prefix.CodeAt(date) is { } prefixCode
                    && char.IsUpper(token[0]))
                    raws.Add(new Raw { Start = i, End = i + 1, Code = prefixCode });
            }
            i++;
        }
        return Combine(document, raws);
    }

    /// <summary>A named person or organisation neither the knowledge base nor the dictionaries code still acts
    /// ("Aslan Maskhadov signed"): PETRARCH's unknown-actor code, with the entity kept so the name reaches the event.</summary>
    internal static bool ActsUncoded(Entity entity) => entity.Type is EntityKind.Person or EntityKind.Org;

    /// <summary>Short all-lower-case words are not names ("us" is not the US).</summary>
    private static bool Plausible(Document document, int start, int end)
    {
        if (end - start > 1) return true;
        var token = document.TokenSpan(start);
        if (token.Length > 3) return true;
        foreach (var c in token) if (char.IsUpper(c)) return true;
        return false;
    }

    private List<ActorMention> Combine(Document document, List<Raw> raws)
    {
        DropModifiers(document, raws);
        var used = new bool[raws.Count];
        var result = new List<ActorMention>();
        for (int k = 0; k < raws.Count; k++)
        {
            if (used[k]) continue;
            var r = raws[k];
            int start = r.Start, stop = r.End;
            string? code = r.Code, agent = r.Agent;
            bool agentBefore = r.AgentBefore;
            // country [ 's ] [up to two words] role: "Syrian rebels", "Rwanda's information minister"
            if (code is not null && agent is null && k + 1 < raws.Count && raws[k + 1].Code is null
                && Gap(document, r.End, raws[k + 1].Start))
            {
                agent = raws[k + 1].Agent;
                agentBefore = raws[k + 1].AgentBefore;
                stop = raws[k + 1].End;
                used[k + 1] = true;
            }
            // role of [the] country: "opponents of Rwanda's Senate"
            else if (code is null && k + 1 < raws.Count && raws[k + 1].Code is not null
                     && OfBetween(document, r.End, raws[k + 1].Start))
            {
                code = raws[k + 1].Code;
                stop = raws[k + 1].End;
                used[k + 1] = true;
                if (k + 2 < raws.Count && raws[k + 2].Code is null && raws[k + 2].Start - stop <= 1) { stop = raws[k + 2].End; used[k + 2] = true; }
            }
            var full = Compose(code, agent, agentBefore);
            string name = r.Name ?? document.Text[document.Tokens[start].Start..document.Tokens[stop - 1].End];
            result.Add(new ActorMention(start, stop, full, name, r.EntityId));
        }
        TitledPeople(result);
        LinkCoordination(document, result);
        return result;
    }

    /// <summary>"Russian security chief Alexander Lebed", "rebel leader Aslan Maskhadov": an office right before a name the
    /// entity layer left uncoded is that person's title, not another party. The person takes the office's code when
    /// it names a country (RUSGOV); a bare office gives no country, so the person stays uncoded but keeps the phrase.</summary>
    private static void TitledPeople(List<ActorMention> actors)
    {
        for (int k = actors.Count - 2; k >= 0; k--)
        {
            var (office, person) = (actors[k], actors[k + 1]);
            if (office.EntityId is not null || office.End != person.Start || person.EntityId is null || person.Code != "---" || office.Code.Length <= 3) continue;
            actors[k] = person with { Start = office.Start, Code = office.HasCountry ? office.Code : person.Code };
            actors.RemoveAt(k + 1);
        }
    }

    /// <summary>"US-allied Syrian Kurdish forces": a hyphenated actor modifier is not the head, and
    /// adjacent names form one actor with the first country ("Syrian Kurdish forces" -> Syrian forces).</summary>
    private static void DropModifiers(Document document, List<Raw> raws)
    {
        for (int k = raws.Count - 2; k >= 0; k--)
        {
            var (a, b) = (raws[k], raws[k + 1]);
            if (a.End != b.Start) continue;
            // A hyphenated modifier ("US-allied") before a name is never the head, whatever the name is.
            if (a.EntityId is null && a.Code is not null && document.TokenSpan(a.End - 1).Contains('-')) { raws.RemoveAt(k); continue; }
            if (a.EntityId is not null || b.EntityId is not null) continue;
            if (a.Code is null && b.Code is null)
            {
                // "government forces": the last role word is the head.
                b.Start = a.Start;
                raws.RemoveAt(k);
                continue;
            }
            if (a.Code is null || b.Code is null) continue;
            if (document.TokenSpan(a.End - 1).Contains('-')) { raws.RemoveAt(k); continue; }
            a.End = b.End;
            raws.RemoveAt(k + 1);
        }
    }

    /// <summary>"US and British activists": the first country shares the role of the second.</summary>
    private void LinkCoordination(Document document, List<ActorMention> actors)
    {
        for (int k = 0; k + 1 < actors.Count; k++)
        {
            var (a, b) = (actors[k], actors[k + 1]);
            int gap = b.Start - a.End;
            if (gap < 1 || gap > 2) continue;
            var between = document.TokenSpan(a.End);
            if (!between.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (gap == 2 && !document.TokenSpan(a.End + 1).Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            if (a.Code.Length == 3 && b.Code.Length > 3 && b.HasCountry && a.EntityId is null)
                actors[k] = a = a with { Code = a.Code + b.Code[3..] };
            a.Partner = k + 1;
            b.Partner = k;
        }
    }

    private static string Compose(string? code, string? agent, bool agentBefore)
    {
        if (agent is null) return code ?? "---";
        if (code is null) return "---" + agent;
        if (agentBefore) return agent + code;
        // An organization or a code that already names a role keeps it (IMGMUSISI, FRAGOV).
        return code.Length == 3 ? code + agent : code;
    }

    /// <summary>Tokens between a country and a role: "'s" and up to two plain words.</summary>
    private bool Gap(Document document, int from, int to)
    {
        if (to - from > 2) return false;
        for (int t = from; t < to; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind != TokenKind.Word) return false;
            var text = document.TokenSpan(t);
            if (lexicon.InClass(WordClass.Boundary, text) || lexicon.InClass(WordClass.Locative, text) || lexicon.InClass(WordClass.Be, text)
                || text.Equals("and", StringComparison.OrdinalIgnoreCase) || text.Equals("of", StringComparison.OrdinalIgnoreCase)
                || lexicon.InClass(WordClass.Have, text) || lexicon.InClass(WordClass.Aux, text))
                return false;
            if (lexicon.Index.TryMatch(document, t, t + 1, out _, out _) && !text.Equals("'s", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool OfBetween(Document document, int from, int to)
    {
        // "of X", "of the X", "of the northern X"
        if (to - from < 1 || to - from > 3) return false;
        if (!document.TokenSpan(from).Equals("of", StringComparison.OrdinalIgnoreCase)
            && !document.TokenSpan(from).Equals("from", StringComparison.OrdinalIgnoreCase)) return false;
        for (int t = from + 1; t < to; t++)
            if (document.Tokens[t].Kind != TokenKind.Word || char.IsUpper(document.TokenSpan(t)[0])) return false;
        return true;
    }
}

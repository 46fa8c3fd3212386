using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Lexicon;
using Chronicle.Pipeline;
using Chronicle.Quotes;
using Chronicle.Text;

namespace Chronicle.Entities;

/// <summary>
/// Identity stage: clusters the candidate mentions into entities, one per real-world referent, and gives
/// each a CAMEO actor code from the knowledge layer and its context. Persons link by full name, surname
/// (with spelling variants), title ("the French president") and pronoun; countries collect their names,
/// adjectives, peoples and capitals used as the state. Writes <see cref="Document.Entities"/> as E1, E2 ...
/// in order of first mention. Decisions are recorded in docs/entities-quotes.md.
/// </summary>
public sealed class EntityLinker(KnowledgeBase? knowledge = null) : IDocumentComponent
{
    private readonly KnowledgeBase _knowledge = knowledge ?? KnowledgeBase.Default;

    public string Name => "entities";
    public PipelineStage Stage => PipelineStage.Identity;
    public bool EnglishOnly => true;

    public void Process(Document doc)
    {
        var quotes = QuoteScanner.Find(doc);
        var insideQuote = QuoteScanner.InsideFlags(doc, quotes);
        var candidates = new MentionDetector(_knowledge).Detect(doc, insideQuote);
        var state = new LinkState(doc, insideQuote, FocusCountry(candidates));
        foreach (var c in candidates) Link(state, c);
        var ordered = state.Entities.Where(e => e.Mentions.Count > 0).OrderBy(e => e.Mentions.Min(m => m.Start)).ToList();
        for (int i = 0; i < ordered.Count; i++) doc.Entities.Add(ordered[i].ToEntity("E" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed class LinkState(Document doc, bool[] insideQuote, string? focusCountry)
    {
        public Document Doc { get; } = doc;
        public bool[] InsideQuote { get; } = insideQuote;
        public string? FocusCountry { get; } = focusCountry;
        public List<EntityBuilder> Entities { get; } = [];
        public Dictionary<string, EntityBuilder> ByKey { get; } = new(StringComparer.Ordinal);
        /// <summary>Bracketed short forms introduced after a full name ("(PUK)"), to the full name's entity.</summary>
        public Dictionary<string, EntityBuilder> ShortForms { get; } = new(StringComparer.Ordinal);
        /// <summary>Person mentions outside quotations in text order: (sentence, entity), for pronouns.</summary>
        public List<(int Sentence, EntityBuilder Entity)> PersonMentions { get; } = [];

        public EntityBuilder GetOrAdd(string key, string name, EntityKind type)
        {
            if (!ByKey.TryGetValue(key, out var e))
            {
                e = new EntityBuilder(key, name, type);
                ByKey[key] = e;
                Entities.Add(e);
            }
            return e;
        }
    }

    private string? FocusCountry(List<MentionCandidate> candidates)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Surface is { Kind: SurfaceKind.CountryName or SurfaceKind.CountryAdjective or SurfaceKind.Capital } s)
                counts[_knowledge.Countries[s.Index].Code] = counts.GetValueOrDefault(_knowledge.Countries[s.Index].Code) + 1;
        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    private void Link(LinkState state, MentionCandidate c)
    {
        var doc = state.Doc;
        var mention = new Mention(c.Start, c.End, doc.Text[c.Start..c.End]);
        EntityBuilder? entity = c.Kind switch
        {
            CandidateKind.Known => LinkKnown(state, c),
            CandidateKind.Name => LinkName(state, c),
            CandidateKind.Title => ResolveTitle(state, c),
            CandidateKind.RoleGroup => LinkRoleGroup(state, c),
            CandidateKind.Pronoun => ResolvePronoun(state, c),
            CandidateKind.Description => ResolveDescription(state, c),
            _ => null,
        };
        if (entity is null) return;
        entity.AddMention(mention, c.FirstToken);
        if (entity.IsPerson && c.Kind != CandidateKind.Pronoun && !state.InsideQuote[c.FirstToken])
            state.PersonMentions.Add((c.Sentence, entity));
    }

    private static bool NamedAsCapital(Document doc, int first)
    {
        int k = first - 1;
        if (k > 0 && doc.TokenSpan(k) is ",") k--;
        return doc.TokenSpan(k) is "capital" or "Capital";
    }

    private EntityBuilder? LinkKnown(LinkState state, MentionCandidate c)
    {
        var s = c.Surface!;
        switch (s.Kind)
        {
            case SurfaceKind.CountryName or SurfaceKind.CountryAdjective or SurfaceKind.CountryPeople:
                return CountryEntity(state, _knowledge.Countries[s.Index]);
            case SurfaceKind.Capital:
            {
                var country = _knowledge.Countries[s.Index];
                // a capital after a place preposition ("in Baghdad") or named as the capital ("the capital Kyiv",
                // "the Ukrainian capital, Kyiv") is the city; elsewhere it acts as the state ("Moscow said")
                bool asPlace = c.End == state.Doc.Tokens[c.EndToken - 1].End && c.FirstToken > 0
                               && (EnglishFunctionWords.PlacePrepositions.Contains(state.Doc.TokenSpan(c.FirstToken - 1)) || NamedAsCapital(state.Doc, c.FirstToken));
                if (!asPlace) return CountryEntity(state, country);
                var place = state.GetOrAdd("P:" + country.Code + ":" + country.Capitals[0], country.Capitals[0], EntityKind.Gpe);
                place.FixedCode = place.FixedCountry = country.Code;
                return place;
            }
            case SurfaceKind.City:
            {
                var p = _knowledge.Places[s.Index];
                bool isCountry = _knowledge.CountryByCode(p.CountryCode) is not null;
                var place = state.GetOrAdd("P:" + p.Name, p.Name, isCountry ? EntityKind.Gpe : EntityKind.Loc);
                place.FixedCode = p.CountryCode;
                if (isCountry) place.FixedCountry = p.CountryCode;
                return place;
            }
            case SurfaceKind.Organization:
            {
                var o = _knowledge.Organizations[s.Index];
                var org = state.GetOrAdd("O:" + o.Name, o.Name, o.Type);
                org.FixedCode = o.Code;
                if (o.Code.Length >= 3 && _knowledge.CountryByCode(o.Code[..3]) is not null) org.FixedCountry = o.Code[..3];
                return org;
            }
            case SurfaceKind.Group:
            {
                var g = _knowledge.Groups[s.Index];
                var group = state.GetOrAdd("N:" + g.Name, g.Name, EntityKind.Norp);
                group.FixedCode = g.Code;
                return group;
            }
            case SurfaceKind.Leader:
                return LinkPerson(state, c, _knowledge.Leaders[s.Index]);
        }
        return null;
    }

    private static EntityBuilder CountryEntity(LinkState state, Country country)
    {
        var e = state.GetOrAdd("C:" + country.Code, country.Name, EntityKind.Gpe);
        e.FixedCode = e.FixedCountry = country.Code;
        return e;
    }

    private EntityBuilder? LinkName(LinkState state, MentionCandidate c)
    {
        if (c.Type is not { } kind || kind == EntityKind.Person) return LinkPerson(state, c, null);
        if (c.LinkOnly) return null;
        if (c.MayBePerson)
        {
            c.LinkOnly = true;
            var person = LinkPerson(state, c, null);
            c.LinkOnly = false;
            if (person is not null) return person;
        }
        var text = state.Doc.Text[c.Start..c.End];
        if (state.ShortForms.TryGetValue(text, out var named)) return named;
        if (FullNameBeforeShortForm(state, c, kind, text) is { } fullName) return fullName;
        var entity = state.GetOrAdd("U:" + kind.Label() + ":" + text, text, kind);
        if (Acronyms.After(state.Doc, c.FirstToken, c.EndToken) is { } shortForm) state.ShortForms.TryAdd(shortForm, entity);
        return entity;
    }

    /// <summary>"Kurdistan Democratic Party (KDP)" where the detector did not take the full name as one mention: the
    /// full name becomes the entity (taking over any mention inside it, such as "Kurdistan" read as the place).</summary>
    private static EntityBuilder? FullNameBeforeShortForm(LinkState state, MentionCandidate c, EntityKind kind, string shortForm)
    {
        var doc = state.Doc;
        if (c.EndToken != c.FirstToken + 1) return null;
        int first = Acronyms.FullNameStart(doc, c.FirstToken);
        if (first < 0) return null;
        int start = doc.Tokens[first].Start, end = doc.Tokens[c.FirstToken - 2].End;
        foreach (var other in state.Entities) other.Mentions.RemoveAll(m => m.Start >= start && m.End <= end);
        var name = doc.Text[start..end];
        var entity = state.GetOrAdd("U:" + kind.Label() + ":" + name, name, kind);
        entity.AddMention(new Mention(start, end, name), first);
        state.ShortForms.TryAdd(shortForm, entity);
        return entity;
    }

    private EntityBuilder? LinkPerson(LinkState state, MentionCandidate c, Leader? known)
    {
        var doc = state.Doc;
        int last = c.EndToken - 1;
        while (last > c.FirstToken && doc.TokenSpan(last) is "Jr." or "Sr." or "II" or "III") last--;
        string surname = NameMatching.Normalize(doc.TokenSpan(last));
        int words = last - c.FirstToken + 1;
        // "von der Leyen" is a surname alone: no given name to compare
        string given = words > 1 && !NameShapes.SurnameParticles.Contains(doc.TokenSpan(c.FirstToken)) ? NameMatching.Normalize(doc.TokenSpan(c.FirstToken)) : "";

        EntityBuilder? entity = known is not null && state.ByKey.TryGetValue("L:" + known.Name, out var byLeader) ? byLeader : null;
        entity ??= state.Entities.Where(e => e.IsPerson && (known is null || e.Leader is null || e.Leader == known)
                                             && e.Surnames.Any(s => NameMatching.SimilarSurnames(s, surname))
                                             && NameMatching.CompatibleGivenNames(e.GivenName, given))
                                 .OrderByDescending(e => e.LastMention).FirstOrDefault();
        // "Li said" after "Li Qiang": family names come first in Chinese, Korean and other names
        if (entity is null && words == 1)
            entity = state.Entities.Where(e => e.IsPerson && e.GivenName == surname && surname.Length >= 2).OrderByDescending(e => e.LastMention).FirstOrDefault();
        if (entity is null && known is null) known = KnownLeader(surname, given);
        if (entity is null)
        {
            if (known is null && (c.LinkOnly || !(words > 1 && !c.Weak) && !c.PersonEvidence)) return null;
            entity = state.GetOrAdd(known is not null ? "L:" + known.Name : "H:" + doc.Text[c.Start..c.End] + ":" + c.Start, doc.Text[c.Start..c.End], EntityKind.Person);
        }
        if (known is not null && entity.Leader is null)
        {
            entity.LinkLeader(known);
            state.ByKey["L:" + known.Name] = entity;
        }
        entity.Surnames.Add(surname);
        if (words > 1 && !entity.HasFullName)
        {
            entity.Name = doc.Text[c.Start..doc.Tokens[last].End];
            entity.HasFullName = true;
        }
        if (entity.GivenName.Length == 0 && given.Length > 0) entity.GivenName = given;
        if (entity.Gender == '?') entity.Gender = c.Gender != '?' ? c.Gender : words > 1 ? _knowledge.GenderOfGivenName(doc.TokenSpan(c.FirstToken)) : '?';
        if (c.RoleWord is not null) entity.RoleWords.Add(c.RoleWord);
        entity.ContextRole ??= c.RoleCode;
        entity.ContextCountry ??= c.CountryCode;
        return entity;
    }

    /// <summary>A leader of the knowledge layer for an unknown name: same surname (or a spelling variant of it)
    /// and a compatible given name; a lone surname must match exactly and name one leader only.</summary>
    private Leader? KnownLeader(string surname, string given)
    {
        if (given.Length == 0)
        {
            var exact = _knowledge.LeadersWithSurname(surname);
            return exact.Count == 1 && surname.Length >= 4 ? _knowledge.Leaders[exact[0]] : null;
        }
        foreach (var i in _knowledge.LeadersWithSimilarSurname(surname))
            if (NameMatching.CompatibleGivenNames(_knowledge.Leaders[i].GivenName, given)) return _knowledge.Leaders[i];
        return null;
    }

    /// <summary>"the French president": the latest person with that role word (or role) and a compatible country.</summary>
    private static EntityBuilder? ResolveTitle(LinkState state, MentionCandidate c)
    {
        EntityBuilder? best = null;
        int bestScore = 0;
        foreach (var e in state.Entities)
        {
            if (!e.IsPerson || e.Mentions.Count == 0) continue;
            if (c.CountryCode is not null && e.Country != c.CountryCode) continue;
            int score = e.RoleWords.Contains(c.RoleWord!) ? 2
                : (e.ContextRole ?? e.Leader?.Role) == c.RoleCode ? 1 : 0;
            if (score == 0) continue;
            if (score > bestScore || score == bestScore && e.LastMention > best!.LastMention) { best = e; bestScore = score; }
        }
        return best;
    }

    private static EntityBuilder? LinkRoleGroup(LinkState state, MentionCandidate c)
    {
        var country = c.CountryCode ?? state.FocusCountry;
        if (country is null) return null;
        var code = country + c.RoleCode;
        var e = state.GetOrAdd("R:" + code, state.Doc.Text[c.Start..c.End], c.Type ?? EntityKind.Org);
        e.FixedCode = code;
        e.FixedCountry = country;
        return e;
    }

    /// <summary>"the league": the organisation mentioned last whose name has that word.</summary>
    private static EntityBuilder? ResolveDescription(LinkState state, MentionCandidate c)
    {
        EntityBuilder? latest = null;
        foreach (var e in state.Entities)
            if (e.Type == EntityKind.Org && e.LastMention < c.FirstToken && (latest is null || e.LastMention > latest.LastMention) && HasWord(e.Name, c.RoleWord!))
                latest = e;
        return latest;
    }

    private static bool HasWord(string name, string word)
    {
        foreach (var part in name.AsSpan().Split(' '))
            if (name.AsSpan(part).Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>he/she: the first gender-compatible person of the current sentence (before the pronoun), else of the
    /// closest of the three previous sentences (subjects come first in English).</summary>
    private static EntityBuilder? ResolvePronoun(LinkState state, MentionCandidate c)
    {
        var list = state.PersonMentions;
        for (int sentence = c.Sentence; sentence >= Math.Max(0, c.Sentence - 3); sentence--)
            foreach (var (s, e) in list)
                if (s == sentence && (e.Gender == '?' || e.Gender == c.Gender) && e.LastMention < c.FirstToken)
                    return e;
        return null;
    }
}

using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Lexicon;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Entities;

/// <summary>
/// Finds candidate mentions in a document: known names (longest match in the knowledge layer), unknown
/// names (NER spans when a tagger ran, else runs of capitalized words), titles and role groups built
/// around the CAMEO role lexicon ("French President X", "the French president", "US combat forces"),
/// and third-person pronouns outside quotations.
/// </summary>
internal sealed class MentionDetector(KnowledgeBase knowledge)
{
    public List<MentionCandidate> Detect(Document doc, bool[] insideQuote)
    {
        var names = new List<MentionCandidate>();
        var nameAt = new MentionCandidate?[doc.Tokens.Length];
        for (int s = 0; s < doc.Sentences.Length; s++)
            FindNames(doc, s, names, nameAt);
        var result = new List<MentionCandidate>(names);
        for (int s = 0; s < doc.Sentences.Length; s++)
            FindRolesAndPronouns(doc, s, nameAt, insideQuote, result);
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return result;
    }

    private void FindNames(Document doc, int sentenceIndex, List<MentionCandidate> names, MentionCandidate?[] nameAt)
    {
        var sentence = doc.Sentences[sentenceIndex];
        bool titleCase = NameShapes.IsTitleCase(doc, sentence);
        var ner = doc.NamedEntityTags;
        int end = sentence.EndToken;
        for (int i = sentence.FirstToken; i < end;)
        {
            var surface = knowledge.MatchSurface(doc, i, end);
            // "Operation" O + "Chammal" B-PER: a prefix that makes an event or place name belongs to the span
            bool namePrefix = ner is not null && !IsTagged(ner, i) && i + 1 < end && IsTagged(ner, i + 1) && ner[i + 1][0] == 'B'
                              && NameShapes.IsNamePrefix(doc.TokenSpan(i));
            // "Movement" O + "for" + "Democratic Change" MISC: the tagger began the organisation's name after its head word
            int headedName = ner is not null && !namePrefix ? OrganisationHeadedSpan(doc, ner, i, end) : -1;
            if (ner is not null && (IsTagged(ner, i) || namePrefix || headedName > 0))
            {
                int j = NerSpanEnd(doc, ner, namePrefix ? i + 1 : headedName > 0 ? headedName : i, end);
                var label = namePrefix ? "" : headedName > 0 ? "ORG" : ner[i].AsSpan(2);
                if (!namePrefix && OrganisationNameEnd(doc, j, end) is var widened && widened != j)
                {
                    j = widened;
                    label = "ORG";
                }
                // a known name longer than the tagger's span wins ("Ursula" B-PER "von der" O "Leyen" B-PER)
                if (surface is null || i + surface.Tokens.Length <= j)
                {
                    AddNerSpan(doc, sentenceIndex, i, j, label, names, nameAt);
                    i = j;
                    continue;
                }
            }
            if (surface is not null)
            {
                int j = i + surface.Tokens.Length;
                bool placeStartsLongerName = !titleCase && ner is null && surface.Kind is SurfaceKind.CountryName or SurfaceKind.Capital
                    or SurfaceKind.City or SurfaceKind.CountryAdjective && j < end && NameShapes.IsNameWord(doc, j) && !StartsKnownOrRole(doc, j, end);
                if (!placeStartsLongerName)
                {
                    Add(names, nameAt, Known(doc, sentenceIndex, i, j, surface));
                    // "Iraq's parliament": the country inside an institution's name is a mention of the country too
                    if (surface.Kind == SurfaceKind.Organization && j - i > 1 && knowledge.MatchSurfaceWord(doc.TokenSpan(i)) is { Kind: SurfaceKind.CountryName or SurfaceKind.CountryAdjective } inner)
                        names.Add(Known(doc, sentenceIndex, i, i + 1, inner));
                    i = j;
                    continue;
                }
            }
            if (doc.Tokens[i].Kind == TokenKind.Word && TryHyphenPrefix(doc, sentenceIndex, i) is { } prefix)
            {
                Add(names, nameAt, prefix);
                i++;
                continue;
            }
            bool particleStart = NameShapes.SurnameParticles.Contains(doc.TokenSpan(i))
                && (i + 1 < end && NameShapes.IsNameWord(doc, i + 1)
                    || i + 2 < end && NameShapes.SurnameParticles.Contains(doc.TokenSpan(i + 1)) && NameShapes.IsNameWord(doc, i + 2));
            if (!titleCase && (NameShapes.IsNameWord(doc, i) || particleStart) && !NameShapes.NotNames.Contains(doc.TokenSpan(i))
                && NameShapes.HonorificGender(doc.TokenSpan(i)) == '\0' && knowledge.MatchRole(doc, i, end) is null)
            {
                int j = i + 1;
                while (j < end && (ner is null || particleStart || !IsTagged(ner, j)))
                {
                    if (NameShapes.IsNameWord(doc, j) && !NameShapes.NotNames.Contains(doc.TokenSpan(j)) && !StartsPersonOrOrg(doc, j, end)
                        && knowledge.MatchRole(doc, j, end) is null) { j++; continue; }
                    if (NameShapes.NameConnectors.Contains(doc.TokenSpan(j)) && j + 1 < end && NameShapes.IsNameWord(doc, j + 1)) { j += 2; continue; }
                    break;
                }
                var candidate = NewName(doc, sentenceIndex, i, j, NameShapes.TypeFromWords(doc, i, j));
                // a lone word at a sentence start, or a name opened by a particle ("von der Leyen"), must match a known person
                candidate.Weak = j - i == 1 && IsSentenceInitial(doc, sentence, i) || particleStart;
                // words the tagger left untagged ("Later, al-Sharafe spoke", "Price added") may still be an earlier
                // person's name; they never start an entity of their own
                candidate.LinkOnly = ner is not null;
                Add(names, nameAt, candidate);
                i = j;
                continue;
            }
            i++;
        }
    }

    private static bool IsTagged(string[] ner, int i) => ner[i].Length > 2 && ner[i] != "O";

    /// <summary>The tagged span after an untagged organisation head word and its preposition ("Movement for the ..."), or -1.</summary>
    private static int OrganisationHeadedSpan(Document doc, string[] ner, int i, int end)
    {
        if (IsTagged(ner, i) || !NameShapes.IsOrganizationWord(doc.TokenSpan(i)) || i + 2 >= end || doc.TokenSpan(i + 1) is not ("for" or "of")) return -1;
        int k = doc.TokenSpan(i + 2) is "the" ? i + 3 : i + 2;
        return k < end && IsTagged(ner, k) && ner[k][0] == 'B' ? k : -1;
    }

    /// <summary>"National League" for "Democracy", "Popular Front" for the "Liberation of Palestine": an organisation's
    /// head word with for/of and a name after it is one name the tagger cut in two. Returns the end of both parts.</summary>
    private static int OrganisationNameEnd(Document doc, int j, int end)
    {
        while (j + 1 < end && doc.TokenSpan(j) is "for" or "of" && NameShapes.IsOrganizationWord(doc.TokenSpan(j - 1)))
        {
            int k = j + 1;
            if (k + 1 < end && doc.TokenSpan(k) is "the") k++;
            if (!NameShapes.IsNameWord(doc, k)) break;
            j = k + 1;
            while (j < end && (NameShapes.IsNameWord(doc, j)
                               || doc.TokenSpan(j) is "and" or "of" or "for" && j + 1 < end && NameShapes.IsNameWord(doc, j + 1)))
                j++;
        }
        return j;
    }

    /// <summary>End of the NER span starting at <paramref name="i"/>; a person span also takes a particle and the
    /// name word after it, which the tagger often leaves out ("Mohammed bin Salman", "Ursula von der Leyen").</summary>
    private static int NerSpanEnd(Document doc, string[] ner, int i, int end)
    {
        int j = i + 1;
        while (j < end && ner[j].StartsWith("I-", StringComparison.Ordinal)) j++;
        if (!ner[i].AsSpan(2).SequenceEqual("PER")) return j;
        while (true)
        {
            int k = j;
            while (k < end && !IsTagged(ner, k) && NameShapes.NameConnectors.Contains(doc.TokenSpan(k)) && doc.TokenSpan(k) is not "of") k++;
            if (k == j || k >= end || !NameShapes.IsNameWord(doc, k) || IsTagged(ner, k) && !ner[k].AsSpan(2).SequenceEqual("PER")) return j;
            j = k + 1;
            while (j < end && ner[j].StartsWith("I-", StringComparison.Ordinal)) j++;
        }
    }

    private void AddNerSpan(Document doc, int sentenceIndex, int i, int j, ReadOnlySpan<char> label, List<MentionCandidate> names, MentionCandidate?[] nameAt)
    {
        // known names inside the span win ("French" tagged MISC is France's adjective)
        var surface = knowledge.MatchSurface(doc, i, j);
        if (surface is not null && i + surface.Tokens.Length == j) { Add(names, nameAt, Known(doc, sentenceIndex, i, j, surface)); return; }
        if (AddKnownPieces(doc, sentenceIndex, i, j, names, nameAt)) return;
        // titles the tagger included in a person span ("President Emmanuel Macron") are roles, not name
        // (an organisation's own head word is no title: "Ministry of Foreign Affairs")
        while (i < j - 1 && !NameShapes.IsOrganizationWord(doc.TokenSpan(i))
               && (knowledge.MatchRole(doc, i, j) is not null || NameShapes.HonorificGender(doc.TokenSpan(i)) != '\0')) i++;
        // "Said Ellis: “…”": an inverted speech verb opening the sentence is no part of the name
        if (i < j - 1 && EnglishSpeechVerbs.SentenceOpening.Contains(doc.TokenSpan(i)) && IsSentenceInitial(doc, doc.Sentences[sentenceIndex], i)
            && j + 1 < doc.Tokens.Length && doc.TokenSpan(j) is ":" or "," && doc.Tokens[j + 1].Kind is TokenKind.OpenQuote or TokenKind.AmbiguousQuote) i++;
        // "Minister for Development Cooperation Anna de Vries", "Minister of Defence Serhiy Kyslytsya": the office's
        // portfolio run into the name is part of the title; the person starts at the given name
        if (label is "ORG" or "PER" && FollowsOffice(doc, i) && GivenNameWithin(doc, i + 1, j) is var given && given > i)
        {
            i = given;
            label = "PER";
        }
        surface = knowledge.MatchSurface(doc, i, j);
        if (surface is not null && i + surface.Tokens.Length == j) { Add(names, nameAt, Known(doc, sentenceIndex, i, j, surface)); return; }
        var fromWords = NameShapes.TypeFromWords(doc, i, j);
        var type = EntityClasses.ToEntityKind(label) switch
        {
            // CoNLL tags countries and cities LOC too: only the words say a place is no political unit
            EntityKind.Loc => fromWords ?? EntityKind.Gpe,
            // MISC, or no label at all (a span opened by a name prefix): its words tell the type
            EntityKind.Misc => fromWords ?? EntityKind.Misc,
            var tagged => tagged,
        };
        var candidate = NewName(doc, sentenceIndex, i, j, type);
        candidate.PersonEvidence = type == EntityKind.Person;
        // the tagger confuses persons with organisations ("Putin" ORG after a quotation): a span whose words do not
        // say ORG/LOC/EVENT links to an earlier person or known leader of that name before taking the tag's type
        candidate.MayBePerson = type != EntityKind.Person && fromWords is null;
        Add(names, nameAt, candidate);
    }

    /// <summary>The span at <paramref name="i"/> follows an office and its preposition ("Minister for", "Secretary of State for").</summary>
    private bool FollowsOffice(Document doc, int i)
    {
        if (i < 2 || doc.TokenSpan(i - 1) is not ("for" or "of")) return false;
        for (int k = i - 2; k >= 0 && k >= i - 6; k--)
        {
            var w = doc.TokenSpan(k);
            if (knowledge.MatchRole(doc, k, i) is not null || w.EndsWith("Minister", StringComparison.Ordinal) || w.EndsWith("Secretary", StringComparison.Ordinal))
                return true;
            if (doc.Tokens[k].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>The first known given name in <c>[from, end)</c> that only name words follow, or -1.</summary>
    private int GivenNameWithin(Document doc, int from, int end)
    {
        for (int p = from; p < end - 1; p++)
        {
            if (knowledge.GenderOfGivenName(doc.TokenSpan(p)) == '?') continue;
            for (int k = p + 1; k < end; k++)
                if (!NameShapes.IsNameWord(doc, k) && !NameShapes.SurnameParticles.Contains(doc.TokenSpan(k))) return -1;
            return p;
        }
        return -1;
    }

    /// <summary>"US-allied Syrian Kurdish" tagged as one MISC span: when known names and hyphen prefixes cover every
    /// token, each known name is its own mention.</summary>
    private bool AddKnownPieces(Document doc, int sentenceIndex, int i, int j, List<MentionCandidate> names, MentionCandidate?[] nameAt)
    {
        if (j - i < 2) return false;
        int start = names.Count;
        for (int k = i; k < j;)
        {
            if (knowledge.MatchSurface(doc, k, j) is { } known)
            {
                names.Add(Known(doc, sentenceIndex, k, k + known.Tokens.Length, known));
                k += known.Tokens.Length;
                continue;
            }
            // "US-allied" only says whom the rest is aligned with: covered, but the role group after it is the referent
            if (doc.Tokens[k].Kind == TokenKind.Word && TryHyphenPrefix(doc, sentenceIndex, k) is not null) { k++; continue; }
            names.RemoveRange(start, names.Count - start);
            return false;
        }
        for (int n = start; n < names.Count; n++)
            for (int k = names[n].FirstToken; k < names[n].EndToken; k++) nameAt[k] = names[n];
        return true;
    }

    private bool StartsKnownOrRole(Document doc, int i, int end) =>
        knowledge.MatchRole(doc, i, end) is not null || knowledge.MatchSurface(doc, i, end) is not null
        || NameShapes.NotNames.Contains(doc.TokenSpan(i));

    private bool StartsPersonOrOrg(Document doc, int i, int end) =>
        knowledge.MatchSurface(doc, i, end) is { Kind: SurfaceKind.Leader or SurfaceKind.Organization or SurfaceKind.CountryAdjective or SurfaceKind.Group };

    /// <summary>"US-led", "Baghdad-allied": the first part of a hyphenated word names a country or capital.</summary>
    private MentionCandidate? TryHyphenPrefix(Document doc, int sentenceIndex, int i)
    {
        var word = doc.TokenSpan(i);
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1) return null;
        var surface = knowledge.MatchSurfaceWord(word[..hyphen]);
        if (surface is null || surface.Kind is not (SurfaceKind.CountryName or SurfaceKind.CountryAdjective or SurfaceKind.Capital or SurfaceKind.Group)) return null;
        int start = doc.Tokens[i].Start;
        return new MentionCandidate { Kind = CandidateKind.Known, FirstToken = i, EndToken = i + 1, Start = start, End = start + hyphen, Surface = surface, Sentence = sentenceIndex };
    }

    private static MentionCandidate Known(Document doc, int sentenceIndex, int i, int j, Surface surface) =>
        new() { Kind = CandidateKind.Known, FirstToken = i, EndToken = j, Start = doc.Tokens[i].Start, End = doc.Tokens[j - 1].End, Surface = surface, Sentence = sentenceIndex };

    private static MentionCandidate NewName(Document doc, int sentenceIndex, int i, int j, EntityKind? type) =>
        new() { Kind = CandidateKind.Name, FirstToken = i, EndToken = j, Start = doc.Tokens[i].Start, End = doc.Tokens[j - 1].End, Type = type, Sentence = sentenceIndex };

    private static void Add(List<MentionCandidate> names, MentionCandidate?[] nameAt, MentionCandidate c)
    {
        names.Add(c);
        for (int k = c.FirstToken; k < c.EndToken; k++) nameAt[k] = c;
    }

    /// <summary>"the league" after "the National League for Democracy": a definite description whose head word is
    /// the head of an organisation named earlier (the linker joins it to the latest such organisation).</summary>
    private static MentionCandidate? OrganisationDescription(Document doc, int sentenceIndex, int the, int end, MentionCandidate?[] nameAt, List<MentionCandidate> names)
    {
        int head = the + 1;
        if (head >= end || nameAt[head] is not null || !EnglishOrganisationNouns.NameDescriptionHeads.Contains(doc.TokenSpan(head)) || !char.IsLower(doc.TokenSpan(head)[0])) return null;
        // "the party leader", "the league's": the word modifies another noun
        if (head + 1 < end && (doc.TokenSpan(head + 1) is "'s" or "’s" or "of"
                               || doc.PartOfSpeech is { } tags && tags[head + 1].StartsWith("NN", StringComparison.Ordinal))) return null;
        int start = doc.Tokens[the].Start;
        foreach (var c in names)
            if (c.Start < start && c.Kind is CandidateKind.Name or CandidateKind.Known && NamesWithHead(doc, c, doc.TokenSpan(head)))
                return new MentionCandidate
                {
                    Kind = CandidateKind.Description, FirstToken = the, EndToken = head + 1, Start = start, End = doc.Tokens[head].End,
                    Sentence = sentenceIndex, RoleWord = doc.TokenText(head),
                };
        return null;
    }

    /// <summary>Whether an organisation's name candidate holds <paramref name="head"/> as one of its words.</summary>
    private static bool NamesWithHead(Document doc, MentionCandidate c, ReadOnlySpan<char> head)
    {
        if (c.Type is not EntityKind.Org && c.Surface is not { Kind: SurfaceKind.Organization }) return false;
        for (int k = c.FirstToken; k < c.EndToken; k++)
            if (doc.TokenSpan(k).Equals(head, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsSentenceInitial(Document doc, Sentence s, int i)
    {
        for (int k = i - 1; k >= s.FirstToken; k--)
            if (doc.Tokens[k].Kind is not (TokenKind.OpenQuote or TokenKind.AmbiguousQuote or TokenKind.Punctuation)) return false;
        return true;
    }

    private void FindRolesAndPronouns(Document doc, int sentenceIndex, MentionCandidate?[] nameAt, bool[] insideQuote, List<MentionCandidate> result)
    {
        var sentence = doc.Sentences[sentenceIndex];
        int end = sentence.EndToken;
        for (int i = sentence.FirstToken; i < end; i++)
        {
            if (nameAt[i] is { } name)
            {
                MarkPersonEvidence(doc, name, end);
                i = name.EndToken - 1;
                continue;
            }
            var w = doc.TokenSpan(i);
            if (EnglishPronouns.GenderedReferences.Contains(w))
            {
                if (!insideQuote[i])
                    result.Add(new MentionCandidate
                    {
                        Kind = CandidateKind.Pronoun, FirstToken = i, EndToken = i + 1, Start = doc.Tokens[i].Start, End = doc.Tokens[i].End,
                        Gender = w[0] is 'h' or 'H' && w.Length == 2 || w is "him" or "Him" or "his" or "His" ? 'm' : 'f', Sentence = sentenceIndex,
                    });
                continue;
            }
            char honorific = NameShapes.HonorificGender(w);
            if (honorific != '\0' && i + 1 < end && nameAt[i + 1] is { Kind: CandidateKind.Name } honored)
            {
                honored.PersonEvidence = true;
                honored.Gender = honorific;
                continue;
            }
            if (w is "the" or "The" && OrganisationDescription(doc, sentenceIndex, i, end, nameAt, result) is { } description)
            {
                result.Add(description);
                i = description.EndToken - 1;
                continue;
            }
            var role = knowledge.MatchRole(doc, i, end);
            if (role is null) continue;
            int roleEnd = i + role.Tokens.Length;
            var (modifierStart, country, group) = LeftModifier(doc, i, sentence.FirstToken, nameAt);
            if (roleEnd < end && nameAt[roleEnd] is { } titled && IsPersonLike(titled))
            {
                // "French President Emmanuel Macron", "Iranian general Qassem Soleimani"
                titled.RoleCode ??= role.Code;
                titled.RoleWord ??= role.Phrase;
                titled.CountryCode ??= country ?? CountryAfterOf(doc, roleEnd, end, nameAt);
                titled.PersonEvidence = true;
                i = roleEnd - 1;
                continue;
            }
            country ??= CountryAfterOf(doc, roleEnd, end, nameAt);
            // "the Florida senator", "the Republican nominee": names and groups may sit between the article and the role
            while (country is null && modifierStart - 1 > sentence.FirstToken && nameAt[modifierStart - 1] is { } named
                   && (named.Kind == CandidateKind.Name || named.Surface is { Kind: SurfaceKind.Group }) && named.EndToken == modifierStart && named.FirstToken > sentence.FirstToken
                   && doc.TokenSpan(named.FirstToken - 1) is "the" or "The")
                modifierStart = named.FirstToken;
            bool definite = modifierStart > sentence.FirstToken && doc.TokenSpan(modifierStart - 1) is "the" or "The";
            if (role.NamesOnePerson)
            {
                if (!definite && country is null) { i = roleEnd - 1; continue; }
                int start = definite ? modifierStart - 1 : modifierStart;
                var apposed = AppositionTarget(doc, start, sentence.FirstToken, nameAt)
                              ?? (roleEnd + 1 < end && doc.TokenSpan(roleEnd) is "," && nameAt[roleEnd + 1] is { } after && IsPersonLike(after) ? after : null);
                if (apposed is not null)
                {
                    // "Macron, the French president, said": the apposition tells the person's role
                    apposed.RoleCode ??= role.Code;
                    apposed.RoleWord ??= role.Phrase;
                    apposed.CountryCode ??= country;
                }
                result.Add(new MentionCandidate
                {
                    Kind = CandidateKind.Title, FirstToken = start, EndToken = roleEnd, Start = doc.Tokens[start].Start, End = doc.Tokens[roleEnd - 1].End,
                    CountryCode = country, RoleCode = role.Code, RoleWord = role.Phrase, Sentence = sentenceIndex,
                });
            }
            else if (country is not null || group is not null)
            {
                result.Add(new MentionCandidate
                {
                    Kind = CandidateKind.RoleGroup, FirstToken = modifierStart, EndToken = roleEnd, Start = doc.Tokens[modifierStart].Start,
                    End = doc.Tokens[roleEnd - 1].End, CountryCode = country, RoleCode = role.Code, RoleWord = role.Phrase, GroupName = group,
                    Type = group is not null && country is null ? EntityKind.Norp : EntityKind.Org, Sentence = sentenceIndex,
                });
            }
            i = roleEnd - 1;
        }
    }

    private static bool IsPersonLike(MentionCandidate c) =>
        c.Kind == CandidateKind.Name && c.Type is null or EntityKind.Person || c.Surface is { Kind: SurfaceKind.Leader };

    private void MarkPersonEvidence(Document doc, MentionCandidate name, int sentenceEnd)
    {
        if (name.Kind != CandidateKind.Name || name.Type is not (null or EntityKind.Person)) return;
        int next = name.EndToken;
        if (next < sentenceEnd && EnglishSpeechVerbs.PersonEvidence.Contains(doc.TokenSpan(next))) name.PersonEvidence = true;
        int before = name.FirstToken - 1;
        if (before >= 0 && doc.Tokens[before].Kind == TokenKind.Word && EnglishSpeechVerbs.PersonEvidence.Contains(doc.TokenSpan(before))
            && doc.Tokens.Length > before - 1 && before > 0 && doc.Tokens[before - 1].Kind is TokenKind.Punctuation or TokenKind.CloseQuote)
            name.PersonEvidence = true; // ", said Smith"
    }

    /// <summary>Country or community named just before a role: "French", "US", "Iraq 's", "Shia", "Baghdad-allied",
    /// allowing up to two plain modifiers between ("US combat forces", "the French armed forces").</summary>
    private (int Start, string? Country, string? Group) LeftModifier(Document doc, int roleStart, int sentenceStart, MentionCandidate?[] nameAt)
    {
        string? country = null, group = null;
        int start = roleStart;
        int k = roleStart - 1;
        int plain = 0;
        while (k >= sentenceStart && plain < 2 && nameAt[k] is null && doc.Tokens[k].Kind == TokenKind.Word
               && char.IsLower(doc.TokenSpan(k)[0]) && !EnglishFunctionWords.NotRoleModifiers.Contains(doc.TokenSpan(k)) && knowledge.MatchRole(doc, k, roleStart) is null)
        {
            k--; plain++;
        }
        if (k >= sentenceStart && doc.TokenSpan(k) is "'s" or "’s" && k > sentenceStart && nameAt[k - 1] is { } owner && CountryOf(owner) is { } ownerCountry)
            return (owner.FirstToken, ownerCountry, null);
        while (k >= sentenceStart && nameAt[k] is { } m && m.EndToken == k + 1)
        {
            bool hyphenated = m.End < doc.Tokens[m.EndToken - 1].End;
            // "US-backed", "Baghdad-allied": aligned with that state, not part of it; the country comes from elsewhere
            if (hyphenated) { group ??= ""; start = m.FirstToken; }
            else if (CountryOf(m) is { } c) { country ??= c; start = m.FirstToken; }
            else if (m.Surface is { Kind: SurfaceKind.Group }) { group ??= knowledge.Groups[m.Surface.Index].Name; start = m.FirstToken; }
            else break;
            k = m.FirstToken - 1;
        }
        // without a country or community, plain modifiers still belong to a title ("the former president")
        return (country is null && group is null ? roleStart - plain : start, country, group);
    }

    private string? CountryAfterOf(Document doc, int i, int end, MentionCandidate?[] nameAt) =>
        i + 1 < end && doc.TokenSpan(i) is "of" && nameAt[i + 1] is { } m ? CountryOf(m) : null;

    private string? CountryOf(MentionCandidate m) => m.Surface switch
    {
        { Kind: SurfaceKind.CountryName or SurfaceKind.CountryAdjective or SurfaceKind.CountryPeople or SurfaceKind.Capital } s => knowledge.Countries[s.Index].Code,
        _ => null,
    };

    /// <summary>The person named just before ", the ..." (an apposition), if any.</summary>
    private static MentionCandidate? AppositionTarget(Document doc, int titleStart, int sentenceStart, MentionCandidate?[] nameAt)
    {
        int comma = titleStart - 1;
        if (comma <= sentenceStart || doc.TokenSpan(comma) is not ",") return null;
        return nameAt[comma - 1] is { } m && IsPersonLike(m) ? m : null;
    }

}

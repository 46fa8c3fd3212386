using Chronicle.Annotations;
using Chronicle.Knowledge;

namespace Chronicle.Entities;

/// <summary>What a candidate mention is, before it is linked to an entity.</summary>
internal enum CandidateKind : byte
{
    /// <summary>A known name (country, city, capital, organisation, leader, group): see <see cref="MentionCandidate.Surface"/>.</summary>
    Known,
    /// <summary>A name the knowledge layer does not know (capitalized words or an NER span).</summary>
    Name,
    /// <summary>"the French president": a title that refers back to a person.</summary>
    Title,
    /// <summary>"US combat forces", "Shia militias": a group named by its country or community and its role.</summary>
    RoleGroup,
    /// <summary>he, she, him, his, her.</summary>
    Pronoun,
    /// <summary>"the league", "the movement": a description that refers back to an organisation named with that word.</summary>
    Description,
}

/// <summary>A stretch of tokens that may refer to an entity, with what its context says about it.</summary>
internal sealed class MentionCandidate
{
    public required CandidateKind Kind { get; init; }
    public required int FirstToken { get; init; }
    public required int EndToken { get; set; }
    public required int Start { get; init; }
    public required int End { get; set; }
    public Surface? Surface { get; init; }
    /// <summary>Entity type decided from the name's shape or the NER tag (for <see cref="CandidateKind.Name"/>).</summary>
    public EntityKind? Type { get; set; }
    /// <summary>Country from the context ("French" in "French President ...").</summary>
    public string? CountryCode { get; set; }
    /// <summary>CAMEO role from a title or apposition (GOV, MIL ...).</summary>
    public string? RoleCode { get; set; }
    /// <summary>The role word itself ("president"), to resolve "the French president" later; for a
    /// <see cref="CandidateKind.Description"/>, its head word ("league").</summary>
    public string? RoleWord { get; set; }
    public char Gender { get; set; } = '?';
    /// <summary>A single unknown capitalized word at a sentence start: kept only if it links to a known person.</summary>
    public bool Weak { get; set; }
    /// <summary>Capitalized words the NER tagger left untagged: linked to an earlier person or known leader, or dropped.</summary>
    public bool LinkOnly { get; set; }
    /// <summary>An NER span tagged ORG/LOC/MISC whose words look like a name: first tried as a person (link only).</summary>
    public bool MayBePerson { get; set; }
    /// <summary>Something marks this name as a person (a title, an honorific, an NER PER tag, a speech verb).</summary>
    public bool PersonEvidence { get; set; }
    /// <summary>NORP group that modifies a role group ("Shia" in "Shia militias").</summary>
    public string? GroupName { get; set; }
    public int Sentence { get; init; }
    public int EntityIndex { get; set; } = -1;

    public override string ToString() => $"{Kind} [{Start},{End}) {Type?.Label()} {CountryCode}{RoleCode}";
}

using Chronicle.Knowledge;

namespace Chronicle.Lexicon;

/// <summary>
/// English pronouns by class. The sets below are what the components look up; each is built from the classes,
/// so that "which pronouns can be a speaker" and "which can refer to a source" cannot drift apart.
/// </summary>
internal static class EnglishPronouns
{
    /// <summary>Personal pronouns that can be a clause's subject ("I" as English writes it; "you" is left out: it is the reader).</summary>
    public const string Subject = "he she it we they I";

    public const string Object = "him her us them";

    public const string Reflexive = "itself themselves himself herself";

    /// <summary>First-person words (pronouns and possessives): a statement's own side.</summary>
    public const string FirstPerson = "we i us our my";

    /// <summary>Third-person singular forms that carry a gender (he/him/his, she/her).</summary>
    public const string Gendered = "he she him his her";

    /// <summary>Relative pronouns that open a clause about the noun before them ("a group which is ...").</summary>
    public const string Relative = "which that who";

    /// <summary>A speaker phrase that is a pronoun (case-sensitive: lower case, or capitalized at a sentence start).</summary>
    public static readonly WordSet Speakers = new(WordLists.WithCapitals(Subject));

    /// <summary>Framing's attribution balance: a pronoun near a cue refers to a source named before.</summary>
    public static readonly WordSet Referring = new(Subject, ignoreCase: true);

    /// <summary>The name finder's gendered references to a person named before.</summary>
    public static readonly WordSet GenderedReferences = new(WordLists.WithCapitals(Gendered));

    public static readonly WordSet RelativePronouns = new(Relative, ignoreCase: true);

    /// <summary>The event coder's pronoun class: any personal pronoun that can stand for an actor.</summary>
    public const string EventPronouns = Subject + " " + Object + " " + Reflexive;
}

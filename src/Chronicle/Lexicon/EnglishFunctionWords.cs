using Chronicle.Knowledge;

namespace Chronicle.Lexicon;

/// <summary>
/// English function words (articles, determiners, auxiliaries, prepositions, conjunctions) by class, and the
/// sets the components look up, each built from the classes plus the words that component adds. The sets
/// differ (framing's loaded modifiers stop at any closed-class word, the name finder stops an office's
/// modifiers at fewer) and each component's figures were measured with its own, so they are kept word for
/// word; what they share is written once here.
/// </summary>
internal static class EnglishFunctionWords
{
    public const string Articles = "the a an";
    public const string Demonstratives = "this that these those";
    public const string Possessives = "his her their its our my your";
    public const string FiniteBe = "is are was were";
    public const string Be = "be " + FiniteBe + " been being";
    public const string FiniteHave = "has have had";
    public const string Do = "do does did";
    public const string Modals = "will would shall should can could may might must";
    public const string Negation = "not no n't";

    /// <summary>Prepositions that open a time, place or manner phrase ("in the past", "on Saturday", "for the ministry").</summary>
    public const string Prepositions = "in on at to for with from by of about after before since than into over under during throughout";

    /// <summary>Every closed-class word, case-insensitive: framing's loaded modifiers never extend over one, a capitalized
    /// one is no name for the attribution balance, and the story profiles do not count them as words.</summary>
    public static readonly WordSet ClosedClass = new(
        Articles + " " + Demonstratives + " " + Possessives + " " +
        "of in on at to for from by with without into onto over under about against between among through during after before since until " +
        "and or but nor so yet as than if then when while where who whom whose which what " +
        Be + " am " + FiniteHave + " " + Do + " " + Modals + " " + Negation + " " +
        EnglishPronouns.Subject + " you them him us me " +
        "also even just only very more most such there here all any some each every both either neither own same other another", ignoreCase: true);

    /// <summary>Lower-case words that are no modifier of an office before it (case-sensitive): in "the former president"
    /// "former" belongs to the title and "the" ends it; the commonest speech verbs end it too.</summary>
    public static readonly WordSet NotRoleModifiers = new(
        Articles + " and or but of to in on at by for with from as " + Demonstratives + " its their his her our " +
        FiniteBe + " be been " + FiniteHave + " will would can could not no than then who which what when where while " +
        EnglishSpeechVerbs.Commonest + " after before since");

    /// <summary>Words that are no speaker phrase on their own ("said the", "said some"), case-insensitive.</summary>
    public static readonly WordSet NotSpeakers = new(
        Articles + " this these those " + Possessives + " some any no not to be been being " + Do + " it's " +
        "when where how why if whether then than so such very more most less just even also only but", ignoreCase: true);

    /// <summary>Determiners and numerals that open a common noun phrase ("the mayor", "two officials"), case-sensitive,
    /// capitalized at a sentence start.</summary>
    public static readonly WordSet PhraseOpeners = new(WordLists.WithCapitals(Articles + " one two three some many several most all both other"));

    /// <summary>The commonest English words: their share of a text's words tells English from other languages.</summary>
    public static readonly WordSet Commonest = new(
        Articles + " of and to in that " + FiniteBe + " for on with as by at from it he she his her they their we our " +
        "said " + FiniteHave + " be been will would not but which who this or its after about than", ignoreCase: true);

    public static readonly WordSet SpeakerPrepositions = new(Prepositions);

    /// <summary>Prepositions of a short time or place phrase between a subject and its verb ("X on Saturday tweeted").</summary>
    public static readonly WordSet AdverbialPrepositions = new("on in at during over after before since throughout");

    /// <summary>Prepositions before a place ("in Baghdad", "towards Kyiv"): a capital after one is the city, not its state.</summary>
    public static readonly WordSet PlacePrepositions = new(
        "in at near from outside around into inside across to toward towards of through via within throughout");

    /// <summary>The copulas of a relative clause that labels a name ("which is banned in Russia").</summary>
    public static readonly WordSet Copulas = new(FiniteBe, ignoreCase: true);

    /// <summary>The event coder's "be" and "have" classes: every form, contractions included.</summary>
    public const string EventBe = Be + " 're 'm am";
    public const string EventHave = FiniteHave + " having 've 'd";

    /// <summary>The event coder's determiner class ("that" is not among them: the coder reads it as a clause boundary).</summary>
    public const string EventDeterminers = Articles + " " + Possessives + " this these those any some several such";
}

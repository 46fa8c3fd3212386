using Chronicle.Knowledge;

namespace Chronicle.Lexicon;

/// <summary>
/// Closed-class words as they stand capitalized at the start of a sentence ("The", "However", "He"). They tell a
/// new sentence after an abbreviation, an opening adverbial before a subject, and a capitalized word that is no
/// name. Case-sensitive: in lower case the same words are <see cref="EnglishFunctionWords"/>.
/// </summary>
internal static class EnglishSentenceOpeners
{
    /// <summary>Conjunctions and adverbials that open a sentence and are never its subject ("However, ...", "In ...").</summary>
    public const string Connectives = "This But And In On At For If When While After Before As Yet So Still However Meanwhile Earlier Later";

    /// <summary>Words that start a sentence and hardly ever a name: after "U.S." or "Inc." they mark a new sentence
    /// (the sentence splitter).</summary>
    public const string Starters = "The A An He She It They We I You That These Those There His Her Its Their Our Some Many Most No " + Connectives;

    public static readonly WordSet SentenceStarters = new(Starters);

    /// <summary>Words that open a fronted phrase before the subject ("In three separate interviews, the justice ...",
    /// "Likewise, ..."): the speaker finder skips to the comma after them.</summary>
    public static readonly WordSet Introductory = new(
        Connectives + " During Since Following Instead Then Now Speaking Asked Last Yesterday Today Despite Although Though " +
        "Because Once Back Also By Likewise Similarly Moreover Furthermore Nevertheless Nonetheless Indeed Regardless " +
        "Throughout Amid Among Under Over With Without Within From Of To Like Unlike Given");
}

using Chronicle.Knowledge;

namespace Chronicle.Lexicon;

/// <summary>
/// Common nouns for organisations and for the people and texts that speak for them. The head nouns shared by
/// every component are one class; the name finder, the speaker resolver and framing each add the ones their
/// rule needs, named below.
/// </summary>
internal static class EnglishOrganisationNouns
{
    /// <summary>Head nouns of organisations, in the lower case of a description ("the party", "the ministry").</summary>
    public const string Heads = "party movement ministry agency front council committee union alliance coalition organisation organization group army";

    /// <summary>Descriptions of the press ("the agency", "the newspaper"), whose antecedent is the outlet named with that word.</summary>
    public const string PressHeads = "agency newspaper paper daily radio television station broadcaster";

    /// <summary>The name finder: a definite description with one of these heads ("the league") is the organisation named
    /// earlier with that head word ("the National League for Democracy"). Case-sensitive: lower case only.</summary>
    public static readonly WordSet NameDescriptionHeads = new(
        Heads + " league commission federation institute foundation association congress assembly bank court");

    /// <summary>The speaker resolver: descriptions that refer back to a named organisation ("the agency said", "the group").</summary>
    public static readonly WordSet SpeakerDescriptionHeads = new(
        Heads + " " + PressHeads + " government military faction militia command rebels guerrillas", ignoreCase: true);

    public static readonly WordSet Press = new(PressHeads, ignoreCase: true);

    /// <summary>Words that make a name a news outlet's ("Israel Radio", "the People's Daily", "Reuters Television"),
    /// with the wire services named bare. The speaker ranker's outlet feature and the event coder (an outlet told
    /// something carries the statement, it is not its target) read it.</summary>
    public static readonly WordSet OutletWords = new(
        "media " + PressHeads + " tv news times post journal magazine weekly gazette herald tribune " +
        "reuters interfax tass itar-tass xinhua afp ap bbc cnn nbc abc cbs irna tanjug anatolian mena kyodo yonhap bernama antara",
        ignoreCase: true);

    /// <summary>Words that head or mark an organisation's name ("Ministry", "League", "Front"), capitalized as in the name.</summary>
    public static readonly WordSet NameWords = new(
        WordLists.Capitalized(Heads) + " " +
        "University Bank Court Corp Corp. Inc Inc. Company Association " +
        "Institute Foundation Forces Guard Guards Brigade Brigades News Times Post " +
        "Journal Network Campaign Department Commission Federation League Office Service Center Centre " +
        "Assembly Parliament Senate Congress Fund Program Programme Society Club Church Hospital School College Airlines " +
        "Media Press Reuters Television Radio Magazine Tribune Herald Gazette Review Board Bureau Authority " +
        "Administration Government Cabinet Police Navy Corps Command Caucus PAC Institution Trust Secretariat");

    /// <summary>Framing's source markers: the noun a designation labels ("designated as a terrorist organisation").</summary>
    public static readonly WordSet DesignatedNouns = new(
        "organisation organization organisations organizations group groups movement movements entity network party outlet", ignoreCase: true);

    public const string Spokespeople = "spokesman spokeswoman spokesperson";

    /// <summary>The speaker resolver: one who speaks for an organisation, or its written word ("a Hamas statement").</summary>
    public static readonly WordSet Representatives = new(
        Spokespeople + " spokesmen spokeswomen spokespeople statement statements communique communiqué " +
        "announcement letter representative representatives envoy bulletin", ignoreCase: true);

    /// <summary>Framing's attribution balance: sources that are not identified ("officials said", "a source close to",
    /// "people familiar with").</summary>
    public static readonly WordSet UnnamedSources = new(
        "official officials source sources diplomat diplomats analyst analysts expert experts observer observers " +
        "witness witnesses resident residents insider insiders aide aides " + Spokespeople + " " +
        "people person reports report media critics activists authorities someone insiders familiar", ignoreCase: true);
}

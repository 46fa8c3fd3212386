using Chronicle.Knowledge;

namespace Chronicle.Lexicon;

/// <summary>
/// English speech and attribution verbs, in all their inflected forms (said, says, saying; insists, insisted,
/// insisting ...), generated once from base forms with the regular English rules plus listed irregulars. This
/// is the one list of them: the quote attributor reads all of it; the components that want fewer (framing's
/// attribution balance, the name finder's person evidence, the forms written capitalized) take named subsets
/// below, every one of which is a form of this list (a unit test holds them to it). The event lexicon's
/// reporting verbs (Events/Data/event-lexicon.txt, "speech") stay there because they carry CAMEO codes and
/// coding options; the same test holds them to this list.
/// </summary>
internal static class EnglishSpeechVerbs
{
    private const string RegularVerbs =
        "add warn call announce declare explain note insist argue ask reply respond continue claim tweet post " +
        "acknowledge admit suggest recall remark observe concede predict promise vow urge pledge boast complain describe " +
        "label dub brand quip joke shout yell caution conclude emphasize emphasise stress reiterate affirm contend counter " +
        "charge allege testify text muse thunder lament demand agree disagree proclaim scream decry criticize criticise " +
        "praise blast slam accuse mock question assert maintain confirm deny report reveal recount explain tout hail " +
        "quote cite recount exclaim whisper murmur interject chime cry sigh laugh snap retort rail fume tease concede " +
        "advise assure inform remind announce signal indicate estimate warn threaten respond answer add elaborate " +
        "characterize characterise term call dismiss describe wonder ponder opine rave gush marvel sneer scoff grumble " +
        "plead beg implore pray insist repeat echo express comment reason figure guess surmise believe worry fear hope " +
        "remember credit reference recommend propose lecture preach pronounce instruct order retaliate grouse bristle scold " +
        "rebut retort fire protest object inquire query point beam chant state";

    private static readonly string[] Irregular =
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "writing", "written",
        "speak", "speaks", "spoke", "speaking", "spoken", "put", "puts", "think", "thinks", "thought", "thinking",
        "tweeted", "tweeting", "texted", "stated", "stating", "read", "reads",
        "went", "goes", "sing", "sings", "sang", "sung", "singing", "rated",
    ];

    // verbs that are also nouns ("a report", "the claims"): only their past and -ing forms are cues anywhere
    private const string NounLikeVerbs =
        "note post claim report charge question comment answer hope fear text figure call counter echo quote signal label " +
        "brand term cry reason guess promise demand estimate tweet joke quip laugh sigh snap rail fume tease blast slam " +
        "mock praise muse thunder scream shout yell remark reply respond testify vow pledge boast whisper murmur rave gush " +
        "marvel sneer scoff grumble plead beg pray repeat express worry caution counter maintain chime point state";

    private static readonly WordSet NounLike = new(NounLikeVerbs);

    // verbs whose last syllable is stressed and ends consonant-vowel-consonant double it before -ed and -ing
    // (admitted, begging); stress cannot be read off the spelling (visited, credited), so they are listed
    private static readonly WordSet DoublesFinalConsonant = new("admit beg rebut quip snap");

    /// <summary>Every form that is a speech cue wherever it stands (the quote attributor's cues).</summary>
    public static readonly WordSet Cues = new(string.Join(' ', Build()));

    /// <summary>Present-tense forms of the verbs that are also nouns ("claims", "states", "calls", "claim"): cues only where
    /// the tagger reads a verb ("The ad claims “…”").</summary>
    public static readonly WordSet NounLikePresent = new(NounLikeVerbs + " " + string.Join(' ', ThirdPersonOfNounLike()));

    /// <summary>The forms that stand capitalized: headline-style cues ("Tweeted") and the verb that opens a sentence
    /// before its subject ("Said Ellis: “…”").</summary>
    public const string CapitalizedForms = "Said Says Added Adds Wrote Writes Told Tweeted";

    public static readonly WordSet SentenceOpening = new(CapitalizedForms);

    /// <summary>Third-person forms that are nouns elsewhere ("notes", "calls") but cues right next to a quotation
    /// ("…,” Conway notes.), and the capitalized forms of headline-style writing.</summary>
    public static readonly WordSet CuesAfterQuote = new(string.Join(' ', ThirdPersonOfNounLike()) + " " + CapitalizedForms);

    /// <summary>Cues that take the person spoken to as their object ("Macron told al-Kadhemi").</summary>
    public static readonly WordSet AddressCues = new("told tells telling asked asks asking warned warns urged urges assured assures reminded informed");

    /// <summary>Lemmas of the speech verbs whose object is whom they address ("told X", "assured X"); "say" and "announce"
    /// take what is said instead. The event coder reads it.</summary>
    public static readonly WordSet AddressLemmas = new("tell ask warn urge assure remind inform brief notify advise");

    /// <summary>Cues of a relay: "X quoted Y as saying" (Y is the speaker).</summary>
    public static readonly WordSet RelayCues = new("quoted quotes quoting cited cites citing");

    /// <summary>The reporting verbs framing's attribution balance reads as a sentence's source cue: a narrower choice
    /// than the quote cues (its figures were measured with this list).</summary>
    public const string ReportingVerbs =
        "said says say told tells stated announced added adds claimed claims reported alleged alleges confirmed confirms " +
        "denied denies insisted insists warned warns noted argued argues explained acknowledged admitted estimated " +
        "wrote writes tweeted testified asserted accused accuses declared quoted";

    /// <summary>The forms that, right after a capitalized word, the name finder takes as evidence of a person ("Smith said").</summary>
    public static readonly WordSet PersonEvidence = new(
        "said says told tells added adds asked asks warned wrote writes noted argued claimed insisted explained " +
        "replied responded stated announced tweeted declared acknowledged admitted denied suggested recalled");

    /// <summary>The three commonest forms, which some closed-class lists count among the words that end a name or phrase.</summary>
    public const string Commonest = "said says told";

    /// <summary>Whether a word is any form of a speech verb (either kind of cue).</summary>
    public static bool IsForm(ReadOnlySpan<char> word) => Cues.Contains(word) || NounLikePresent.Contains(word);

    private static IEnumerable<string> ThirdPersonOfNounLike()
    {
        foreach (var verb in NounLikeVerbs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            yield return verb.EndsWith('y') && !"aeiou".Contains(verb[^2]) ? verb[..^1] + "ies"
                : verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('s') || verb.EndsWith('x') ? verb + "es" : verb + "s";
    }

    private static IEnumerable<string> Build()
    {
        foreach (var w in Irregular) yield return w;
        foreach (var verb in RegularVerbs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "a report", "the claims": for verbs that are also nouns only the past and -ing forms are cues
            bool nounLike = NounLike.Contains(verb);
            if (!nounLike) yield return verb;
            string third, past, ing;
            if (verb.EndsWith('e')) (third, past, ing) = (verb + "s", verb + "d", verb[..^1] + "ing");
            else if (verb.EndsWith('y') && !"aeiou".Contains(verb[^2])) (third, past, ing) = (verb[..^1] + "ies", verb[..^1] + "ied", verb + "ing");
            else if (verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('s') || verb.EndsWith('x')) (third, past, ing) = (verb + "es", verb + "ed", verb + "ing");
            else if (DoublesFinalConsonant.Contains(verb)) (third, past, ing) = (verb + "s", verb + verb[^1] + "ed", verb + verb[^1] + "ing");
            else (third, past, ing) = (verb + "s", verb + "ed", verb + "ing");
            if (!nounLike) yield return third;
            yield return past;
            yield return ing;
        }
    }
}

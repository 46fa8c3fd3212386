using Chronicle.Knowledge;
using Chronicle.Parsing;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>
/// Speech and attribution verbs in all their inflected forms (said, says, saying; insists, insisted,
/// insisting ...), generated once from base forms with the regular English rules plus listed irregulars.
/// </summary>
internal static class CueLexicon
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
        "tweeted", "tweeting", "texted", "quipped", "quipping", "snapped", "snapping", "stated", "stating", "read", "reads",
        "went", "goes", "sing", "sings", "sang", "sung", "singing", "rated",
    ];

    private const string NounLikeVerbs =

        "note post claim report charge question comment answer hope fear text figure call counter echo quote signal label " +
        "brand term cry reason guess promise demand estimate tweet joke quip laugh sigh snap rail fume tease blast slam " +
        "mock praise muse thunder scream shout yell remark reply respond testify vow pledge boast whisper murmur rave gush " +
        "marvel sneer scoff grumble plead beg pray repeat express worry caution counter maintain chime point state";

    private static readonly WordSet NounLike = new(NounLikeVerbs);

    public static readonly WordSet Cues = new(string.Join(' ', Build()));

    /// <summary>Third-person forms that are nouns elsewhere ("notes", "calls") but cues right next to a quotation
    /// ("…,” Conway notes.), and capitalized cues of headline-style writing ("Tweeted").</summary>
    public static readonly WordSet CuesAfterQuote = new(string.Join(' ', ThirdPersonOfNounLike()) + " Tweeted Said Says Wrote Writes Added Adds Told");

    /// <summary>Present-tense forms of the verbs that are also nouns ("claims", "states", "calls", "claim"): cues only where
    /// the tagger reads a verb ("The ad claims “…”").</summary>
    public static readonly WordSet NounLikePresent = new(NounLikeVerbs + " " + string.Join(' ', ThirdPersonOfNounLike()));

    /// <summary>Cues that take the person spoken to as their object ("Macron told al-Kadhemi").</summary>
    public static readonly WordSet AddressCues = new("told tells telling asked asks asking warned warns urged urges assured assures reminded informed");

    /// <summary>Whether token <paramref name="i"/> opens a cue ("said", "according to" with <c>to</c> before
    /// <paramref name="limit"/>); <paramref name="end"/> is the token after it.</summary>
    public static bool IsCueAt(Document doc, int i, int limit, out int end)
    {
        end = i + 1;
        if (doc.Tokens[i].Kind != TokenKind.Word) return false;
        var w = doc.TokenSpan(i);
        if (w is "according" or "According") { end = i + 2; return i + 1 < limit && doc.TokenSpan(i + 1) is "to"; }
        if (CueLexicon.Cues.Contains(w)) return true;
        // "The ad claims “…”", "Rivera calls him a “…”": a form that is a noun elsewhere, tagged as a verb here or
        // governing a subject in the parse
        return CueLexicon.NounLikePresent.Contains(w)
               && (doc.PartOfSpeech is { } tags && (tags[i] is "VBZ" or "VBP" || NominalSubjectBefore(doc, tags, i)));
    }

    private static bool NominalSubjectBefore(Document doc, string[] tags, int verb)
    {
        if (!DependencyTree.IsParsed(doc)) return false;
        int subject = DependencyTree.Child(doc, verb, "nsubj");
        return subject >= 0 && subject < verb && (tags[subject].StartsWith("NN", StringComparison.Ordinal) || tags[subject].StartsWith("PRP", StringComparison.Ordinal));
    }

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
            else (third, past, ing) = (verb + "s", verb + "ed", verb + "ing");
            if (!nounLike) yield return third;
            yield return past;
            yield return ing;
        }
    }
}

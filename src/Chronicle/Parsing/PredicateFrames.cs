using Chronicle.Text;

namespace Chronicle.Parsing;

/// <summary>
/// Builds <see cref="PredicateFrame"/>s from the dependency parse (UD relations): one per verb, and
/// on request for an event noun. Event coding and quote attribution read these frames.
/// </summary>
public static class PredicateFrames
{
    /// <summary>Frames of every verb of a sentence, left to right (empty when the document is not parsed).</summary>
    public static List<PredicateFrame> ForSentence(Document doc, int sentence)
    {
        var frames = new List<PredicateFrame>();
        if (!DependencyTree.IsParsed(doc)) return frames;
        var s = doc.Sentences[sentence];
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (IsVerb(doc, i)) frames.Add(ForVerb(doc, i));
        return frames;
    }

    /// <summary>Every frame of a parsed document: each verb's, and each noun's that has dependents
    /// (candidate nominal events; the event coder decides which nouns are events).</summary>
    public static IReadOnlyList<PredicateFrame> ForDocument(Document doc)
    {
        var frames = new List<PredicateFrame>();
        if (!DependencyTree.IsParsed(doc)) return frames;
        // One pass over the heads says which tokens govern anything (no per-noun child scan).
        var governs = new bool[doc.Tokens.Length];
        foreach (int head in doc.Heads!) if (head >= 0) governs[head] = true;
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            frames.AddRange(ForSentence(doc, s));
            var sentence = doc.Sentences[s];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                if (governs[i] && doc.PartOfSpeech is { } pos && pos[i].StartsWith("NN", StringComparison.Ordinal))
                    frames.Add(ForNoun(doc, i));
        }
        return frames;
    }

    /// <summary>A verb by its tag (VB*), or, without tags, a word governing a subject or object.</summary>
    public static bool IsVerb(Document doc, int token)
    {
        if (doc.PartOfSpeech is { } pos) return pos[token].StartsWith("VB", StringComparison.Ordinal) && !IsAuxiliary(doc, token);
        foreach (int c in DependencyTree.Children(doc, token))
        {
            var r = DependencyTree.BaseRelation(doc, c);
            if (r is "nsubj" or "obj" && DependencyTree.Relation(doc, token) is not "cop") return true;
        }
        return false;
    }

    private static bool IsAuxiliary(Document doc, int token) => DependencyTree.Relation(doc, token) is "aux" or "aux:pass" or "cop";

    /// <summary>The frame of a verb: its arguments read from its dependents, the subject inherited
    /// when the verb shares it ("arrived and met Y", "wants to meet Y").</summary>
    public static PredicateFrame ForVerb(Document doc, int verb)
    {
        int subject = -1, obj = -1, iobj = -1, agent = -1, complement = -1;
        bool passive = false, negated = false;
        var obliques = new List<(string, int)>();
        foreach (int c in DependencyTree.Children(doc, verb))
        {
            string rel = DependencyTree.Relation(doc, c);
            switch (rel)
            {
                case "nsubj" or "csubj":
                    if (subject < 0) subject = c;
                    break;
                case "nsubj:pass" or "csubj:pass":
                    if (subject < 0) subject = c;
                    passive = true;
                    break;
                case "aux:pass":
                    passive = true;
                    break;
                case "obj":
                    if (obj < 0) obj = c;
                    break;
                case "iobj":
                    if (iobj < 0) iobj = c;
                    break;
                case "obl:agent":
                    agent = c;
                    break;
                case "ccomp" or "xcomp":
                    if (complement < 0) complement = c;
                    break;
                case "advmod" or "neg":
                    if (IsNegation(doc, c)) negated = true;
                    break;
                default:
                    if (rel.StartsWith("obl", StringComparison.Ordinal)) obliques.Add((DependencyTree.PrepositionOf(doc, c), c));
                    break;
            }
        }
        if (passive && agent < 0)
        {
            // Parsers (and some treebanks) label "by X" of a passive plain obl: take it as the agent.
            int byPhrase = obliques.FindIndex(o => o.Item1 == "by");
            if (byPhrase >= 0) { agent = obliques[byPhrase].Item2; obliques.RemoveAt(byPhrase); }
        }
        if (subject < 0) subject = InheritedSubject(doc, verb);
        return new PredicateFrame
        {
            Predicate = verb,
            Subject = subject,
            Passive = passive,
            Agent = agent,
            Object = obj,
            IndirectObject = iobj,
            Obliques = obliques,
            Complement = complement,
            Negated = negated,
            SubjectConjuncts = DependencyTree.Conjuncts(doc, subject),
            ObjectConjuncts = DependencyTree.Conjuncts(doc, obj),
        };
    }

    /// <summary>
    /// The subject a verb shares with the verb it depends on: a coordinated verb takes its first
    /// conjunct's subject; an open complement (xcomp) its controller, the object when there is one
    /// ("urged Y to leave") else the subject ("wants to leave").
    /// </summary>
    private static int InheritedSubject(Document doc, int verb)
    {
        for (int depth = 0, v = verb; depth < 8; depth++)
        {
            string rel = DependencyTree.Relation(doc, v);
            int head = doc.Heads![v];
            if (head < 0) return -1;
            if (rel == "xcomp")
            {
                int controller = DependencyTree.Child(doc, head, "obj");
                if (controller >= 0) return controller;
            }
            else if (rel != "conj") return -1;
            int subject = SubjectOf(doc, head);
            if (subject >= 0) return subject;
            v = head;
        }
        return -1;
    }

    private static int SubjectOf(Document doc, int verb)
    {
        foreach (int c in DependencyTree.Children(doc, verb))
            if (DependencyTree.Relation(doc, c) is "nsubj" or "nsubj:pass" or "csubj" or "csubj:pass") return c;
        return -1;
    }

    private static bool IsNegation(Document doc, int token)
    {
        var w = doc.TokenSpan(token);
        return w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("n't", StringComparison.OrdinalIgnoreCase)
            || w.Equals("never", StringComparison.OrdinalIgnoreCase) || w.Equals("no", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The frame of an event noun ("the assassination of X in Baghdad", "Turkish offensive against Y",
    /// "Iraq's invasion of Kuwait"): the possessor, or a capitalized adjective or compound modifier
    /// (a demonym or name), is the subject; "of" the object, "by" the agent, other prepositions obliques.
    /// </summary>
    private static readonly HashSet<string> PatientPossessorNouns = new(StringComparer.Ordinal)
    {
        "killing", "killings", "death", "deaths", "murder", "assassination", "execution", "arrest", "arrests", "detention",
        "abduction", "kidnapping", "capture", "imprisonment", "release", "expulsion", "deportation", "extradition",
        "torture", "injury", "injuries", "wounding", "ouster", "overthrow", "removal", "dismissal", "impeachment", "trial",
    };

    public static PredicateFrame ForNoun(Document doc, int noun)
    {
        int subject = -1, obj = -1, agent = -1, modifierSubject = -1;
        bool negated = false;
        var obliques = new List<(string, int)>();
        foreach (int c in DependencyTree.Children(doc, noun))
        {
            string rel = DependencyTree.Relation(doc, c);
            if (rel == "nmod:poss") { if (subject < 0) subject = c; }
            else if (rel is "amod" or "compound" && modifierSubject < 0 && char.IsUpper(doc.TokenSpan(c)[0])) modifierSubject = c;
            else if (rel == "det" && doc.TokenSpan(c).Equals("no", StringComparison.OrdinalIgnoreCase)) negated = true;
            else if (rel.StartsWith("nmod", StringComparison.Ordinal))
            {
                string preposition = DependencyTree.PrepositionOf(doc, c);
                if (preposition == "of" && obj < 0) obj = c;
                else if (preposition == "by" && agent < 0) agent = c;
                else obliques.Add((preposition, c));
            }
        }
        // "Soleimani's killing", "the minister's arrest": with a noun of something done to someone,
        // the possessor is the one it was done to, not the doer.
        if (subject >= 0 && obj < 0 && PatientPossessorNouns.Contains(doc.TokenText(noun).ToLowerInvariant()))
        {
            obj = subject;
            subject = -1;
        }
        if (subject < 0) subject = modifierSubject;
        // "the killing of X by Y": with an agent, "of" names the patient; without a subject, the
        // possessor-less "attack of the rebels" stays an object: the events layer decides by the noun.
        return new PredicateFrame
        {
            Predicate = noun,
            IsNominal = true,
            Subject = subject,
            Agent = agent,
            Object = obj,
            Obliques = obliques,
            Negated = negated,
            SubjectConjuncts = DependencyTree.Conjuncts(doc, subject),
            ObjectConjuncts = DependencyTree.Conjuncts(doc, obj),
        };
    }
}

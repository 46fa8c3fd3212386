using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.Events;

/// <summary>How a word changes the code of the event it governs ("refused to meet" -> 125).</summary>
public enum Modifier : byte { None, Intent, Modal, Negation, Refuse, Demand, Appeal, Threat, Cease, Claim }

/// <summary>Word classes of the lexicon's "w" lines, as flags so that a token's classes are one lookup.</summary>
[Flags]
public enum WordClass : uint
{
    None = 0, Boundary = 1, Be = 2, Have = 4, Aux = 8, Determiner = 16, Pronoun = 32, FirstPerson = 64, Glue = 128,
    Locative = 256, TargetPreposition = 512, PassiveAgent = 1024, Positive = 2048, Negative = 4096,
}

/// <summary>One lexicon entry: a verb, event noun, light verb or modifier and what it codes.</summary>
public sealed class LexiconEntry
{
    public required string Lemma { get; init; }
    public char Kind { get; init; }                 // v verb, n noun, l light verb, m modifier word
    public string? Code { get; init; }              // CAMEO code of the word on its own (null: none)
    public Modifier Modifier { get; init; }
    public bool Reciprocal { get; init; }           // "meet", "talks": both directions between partners
    public bool PossessorIsTarget { get; init; }    // "Soleimani's assassination": the possessor is the victim
    public bool Speech { get; init; }               // reporting verb: its content is coded on its own
    public bool NeedsLightVerb { get; init; }       // "appreciation": an event only as "expressed appreciation"
    public bool BaseNeedsAuxiliary { get; init; }   // "free", "leave": bare form only after to/will/not ...
    public bool SubjectIsTarget { get; init; }      // "faces pressure from X": X is the source
    public bool OfIsAgent { get; init; }
    public bool Naming { get; init; }               // "called France a key partner": praise or criticism by the epithet            // "the withdrawal of US forces": the "of" phrase is the doer
    public Dictionary<string, (string? Code, Modifier Modifier)> Particles { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A surface form of a lexicon entry, as indexed.</summary>
public sealed class LexiconForm
{
    public LexiconEntry? Verb { get; set; }
    public LexiconEntry? Noun { get; set; }
    public LexiconEntry? Light { get; set; }
    public LexiconEntry? Modifier { get; set; }
    public bool IsBaseVerb { get; set; }
    public bool IsParticiple { get; set; }
}

/// <summary>
/// Chronicle's own event lexicon (Data/event-lexicon.txt, general English; format in its header):
/// lemmas expanded to every inflected form at load time and indexed by span, plus word classes
/// (clause boundaries, auxiliaries, positive and negative epithets) used by the coder.
/// </summary>
public sealed class EventLexicon
{
    private readonly Dictionary<string, LexiconForm> _forms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WordClass> _classes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _classesBySpan;

    /// <summary>The coder's word classes that are plain English closed classes, read from the shared lexicon rather
    /// than listed again in the data file; a lexicon's own "w" lines add to them. (Declared before <see cref="Default"/>:
    /// static fields are initialized in order.)</summary>
    private static readonly (WordClass Class, string Words)[] EnglishClasses =
    [
        (WordClass.Be, EnglishFunctionWords.EventBe),
        (WordClass.Have, EnglishFunctionWords.EventHave),
        (WordClass.Determiner, EnglishFunctionWords.EventDeterminers),
        (WordClass.Pronoun, EnglishPronouns.EventPronouns),
        (WordClass.FirstPerson, EnglishPronouns.FirstPerson),
    ];

    public PhraseIndex<LexiconForm> Index { get; } = new();

    public static EventLexicon Default { get; } = new(EmbeddedData.ReadLines("event-lexicon.txt"));

    public EventLexicon(IEnumerable<string> lines)
    {
        _classesBySpan = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (wordClass, words) in EnglishClasses)
            AddToClass(wordClass, words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            try { ParseLine(line); }
            catch (FormatException e) { throw new FormatException($"event lexicon line {number}: {e.Message}"); }
        }
        foreach (var (form, value) in _forms) Index.Add(form.Split(' '), value);
    }

    public int EntryCount { get; private set; }

    /// <summary>The word classes of a token (case-insensitive, one lookup).</summary>
    public WordClass Classes(ReadOnlySpan<char> token) => _classesBySpan.TryGetValue(token, out var classes) ? classes : WordClass.None;

    public bool InClass(WordClass wordClass, ReadOnlySpan<char> token) => (Classes(token) & wordClass) != 0;

    private void ParseLine(string line)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) throw new FormatException("expected: KIND PHRASE ...");
        char kind = parts[0][0];
        if (kind == 'w')
        {
            if (!Enum.TryParse<WordClass>(parts[1].Replace("_", ""), ignoreCase: true, out var wordClass) || wordClass == WordClass.None)
                throw new FormatException($"unknown word class '{parts[1]}'");
            AddToClass(wordClass, parts.Skip(2));
            return;
        }
        var lemma = parts[1];
        int next = 2;
        string[]? irregular = null;
        if (next < parts.Length && parts[next].StartsWith('{'))
        {
            var group = new List<string>();
            while (next < parts.Length)
            {
                var piece = parts[next++];
                group.Add(piece.Trim('{', '}'));
                if (piece.EndsWith('}')) break;
            }
            irregular = group.Where(g => g.Length > 0).ToArray();
        }
        string? code = null;
        if (kind is 'v' or 'n')
        {
            if (next >= parts.Length) throw new FormatException($"'{lemma}' has no code (use - for none)");
            code = parts[next] == "-" ? null : parts[next];
            next++;
        }
        var modifier = Events.Modifier.None;
        bool recip = false, patient = false, speech = false, lightOnly = false, aux = false, reverse = false, ofAgent = false, naming = false;
        var particles = new List<(string, string?, Modifier)>();
        for (; next < parts.Length; next++)
        {
            var option = parts[next];
            if (option == "recip") recip = true;
            else if (option == "patient") patient = true;
            else if (option == "speech") speech = true;
            else if (option == "lv") lightOnly = true;
            else if (option == "aux") aux = true;
            else if (option == "rev") reverse = true;
            else if (option == "ofagent") ofAgent = true;
            else if (option == "naming") naming = true;
            else if (option.StartsWith("mod=")) modifier = ParseModifier(option[4..]);
            else if (option.Contains('='))
            {
                // particle=CODE or particle=CODE:modifier ("call on=020:appeal")
                var (particle, rest) = (option[..option.IndexOf('=')], option[(option.IndexOf('=') + 1)..]);
                var pieces = rest.Split(':');
                particles.Add((particle, pieces[0] == "-" ? null : pieces[0], pieces.Length > 1 ? ParseModifier(pieces[1]) : Events.Modifier.None));
            }
            else throw new FormatException($"unknown option '{option}'");
        }
        if (kind == 'm' && modifier == Events.Modifier.None && particles.Count == 0)
            throw new FormatException($"modifier '{lemma}' needs mod=...");
        var entry = new LexiconEntry
        {
            Lemma = lemma.Replace('_', ' '), Kind = kind, Code = code, Modifier = modifier, Reciprocal = recip,
            PossessorIsTarget = patient, Speech = speech, NeedsLightVerb = lightOnly, BaseNeedsAuxiliary = aux, SubjectIsTarget = reverse, OfIsAgent = ofAgent, Naming = naming,
        };
        foreach (var (particle, pcode, pmod) in particles) entry.Particles[particle] = (pcode, pmod);
        EntryCount++;
        AddForms(entry, lemma.Split('_'), irregular);
    }

    private void AddToClass(WordClass wordClass, IEnumerable<string> words)
    {
        foreach (var word in words)
            _classes[word] = (_classes.TryGetValue(word, out var existing) ? existing : WordClass.None) | wordClass;
    }

    private static Modifier ParseModifier(string name) =>
        Enum.TryParse<Modifier>(name, ignoreCase: true, out var m) ? m : throw new FormatException($"unknown modifier '{name}'");

    private void AddForms(LexiconEntry entry, string[] words, string[]? irregular)
    {
        bool verbLike = entry.Kind is 'v' or 'l' or 'm';
        int inflected = verbLike ? 0 : words.Length - 1;
        var forms = new List<(string Word, bool Base, bool Participle)>();
        if (verbLike)
        {
            forms.Add((words[0], true, false));
            foreach (var f in WordForms.VerbForms(words[0]).Skip(1)) forms.Add((f, false, f.EndsWith("ed")));
            foreach (var f in irregular ?? []) forms.Add((f.Split('_')[0], false, !f.EndsWith("ing") && !f.EndsWith('s')));
        }
        else
        {
            forms.Add((words[^1], true, false));
            if (irregular is null) forms.Add((WordForms.Plural(words[^1]), false, false));
            else foreach (var f in irregular) forms.Add((f.Split('_')[^1], false, false));
        }
        foreach (var (word, isBase, participle) in forms)
        {
            var copy = (string[])words.Clone();
            copy[inflected] = word;
            var key = string.Join(' ', copy).ToLowerInvariant();
            if (!_forms.TryGetValue(key, out var form)) _forms[key] = form = new LexiconForm();
            switch (entry.Kind)
            {
                case 'v': form.Verb ??= entry; break;
                case 'n': form.Noun ??= entry; break;
                case 'l': form.Light ??= entry; break;
                default: form.Modifier ??= entry; break;
            }
            if (verbLike)
            {
                form.IsBaseVerb |= isBase;
                form.IsParticiple |= participle;
            }
        }
    }

    /// <summary>Looks up the lexicon at a token (longest phrase first).</summary>
    public bool TryMatch(Document document, int start, int limit, out int end, out LexiconForm form) =>
        Index.TryMatch(document, start, limit, out end, out form);
}

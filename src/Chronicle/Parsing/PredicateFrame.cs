namespace Chronicle.Parsing;

/// <summary>
/// Who does what to whom around one predicate, read from the dependency parse. Token indexes are
/// document token indexes (heads of their phrases); -1 means absent. Event coding and quote
/// attribution read frames instead of re-deriving syntax.
/// </summary>
public sealed record PredicateFrame
{
    /// <summary>The predicate's head token (a verb, or an event noun for nominal events).</summary>
    public int Predicate { get; init; }
    public bool IsNominal { get; init; }
    /// <summary>Grammatical subject (nsubj), or for passives the patient (nsubj:pass).</summary>
    public int Subject { get; init; } = -1;
    public bool Passive { get; init; }
    /// <summary>Agent of a passive ("by X").</summary>
    public int Agent { get; init; } = -1;
    /// <summary>Direct object.</summary>
    public int Object { get; init; } = -1;
    /// <summary>Indirect object or addressee ("told X that").</summary>
    public int IndirectObject { get; init; } = -1;
    /// <summary>Prepositional arguments: (preposition as written, lower case; head token of the phrase).</summary>
    public IReadOnlyList<(string Preposition, int Head)> Obliques { get; init; } = [];
    /// <summary>Head of a clausal complement (ccomp/xcomp), e.g. what a speech verb introduces.</summary>
    public int Complement { get; init; } = -1;
    /// <summary>Negated ("did not", "never").</summary>
    public bool Negated { get; init; }
    /// <summary>Tokens coordinated with the subject or object ("Kadhimi and Biden"): head -> conjuncts.</summary>
    public IReadOnlyList<int> SubjectConjuncts { get; init; } = [];
    public IReadOnlyList<int> ObjectConjuncts { get; init; } = [];
}

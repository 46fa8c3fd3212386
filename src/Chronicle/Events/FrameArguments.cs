using Chronicle.Parsing;

namespace Chronicle.Events;

/// <summary>
/// Source and target of a predicate from the parser's frames (issue 6's PredicateFrame): subject or
/// passive agent; object, indirect object or an against/with/on/to phrase; for a light verb also the
/// event noun's own phrases; control verbs lend their subject ("wants to attack"). Whatever the frames
/// do not give is filled in by the linear reading.
/// </summary>
public sealed class FrameArguments
{
    private readonly Dictionary<int, PredicateFrame> _byPredicate = new();
    private readonly Dictionary<int, PredicateFrame> _byComplement = new();

    public FrameArguments(IReadOnlyList<PredicateFrame> frames)
    {
        foreach (var frame in frames)
        {
            _byPredicate.TryAdd(frame.Predicate, frame);
            if (frame.Complement >= 0) _byComplement.TryAdd(frame.Complement, frame);
        }
    }

    /// <summary>Source, target, passive, and the actors coordinated with the source ("Kadhimi and Biden").</summary>
    public (ActorMention? Source, ActorMention? Target, bool Passive, ActorMention? SourcePartner)? Arguments(int predicate, int noun, ClauseReader reader)
    {
        if (!_byPredicate.TryGetValue(predicate, out var frame)) return null;
        int subject = frame.Passive ? frame.Agent : frame.Subject;
        var governing = frame;
        for (int depth = 0; subject < 0 && depth < 3 && _byComplement.TryGetValue(governing.Predicate, out var up); depth++)
        {
            governing = up;
            subject = up.Subject;
        }
        var source = subject >= 0 ? reader.ActorAt(subject) : null;
        ActorMention? target = frame.Passive ? reader.ActorAt(frame.Subject) : FirstTarget(frame, reader);
        if (target is null && noun >= 0 && _byPredicate.TryGetValue(noun, out var nominal)) target = FirstTarget(nominal, reader, objectFirst: false);
        ActorMention? partner = null;
        if (!frame.Passive)
            foreach (var conjunct in governing.SubjectConjuncts)
                if (reader.ActorAt(conjunct) is { } other && !ReferenceEquals(other, source)) { partner = other; break; }
        return (source, target, frame.Passive, partner);
    }

    private static ActorMention? FirstTarget(PredicateFrame frame, ClauseReader reader, bool objectFirst = true)
    {
        if (objectFirst)
        {
            if (frame.Object >= 0 && reader.ActorAt(frame.Object) is { } obj) return obj;
            if (frame.IndirectObject >= 0 && reader.ActorAt(frame.IndirectObject) is { } indirect) return indirect;
        }
        foreach (var (preposition, head) in frame.Obliques)
            if (preposition is "against" or "with" or "on" or "to" or "at" or "into" or "toward" or "towards" or "upon" or "of"
                && reader.ActorAt(head) is { } actor)
                return actor;
        return null;
    }
}

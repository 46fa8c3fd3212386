using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Quotes;

/// <summary>For each token, the entity mention covering it (persons first, then the longest mention), so that
/// the words around a quotation can be turned into a speaker in constant time per token.</summary>
internal sealed class MentionIndex
{
    private readonly Entity?[] _entity;
    private readonly Mention?[] _mention;

    public MentionIndex(Document doc)
    {
        _entity = new Entity?[doc.Tokens.Length];
        _mention = new Mention?[doc.Tokens.Length];
        foreach (var e in doc.Entities)
            foreach (var m in e.Mentions)
                for (int i = doc.TokenIndexAtOrAfter(m.Start); i < doc.Tokens.Length && doc.Tokens[i].Start < m.End; i++)
                    if (Better(e, m, _entity[i], _mention[i])) { _entity[i] = e; _mention[i] = m; }
    }

    private static bool Better(Entity e, Mention m, Entity? current, Mention? currentMention)
    {
        if (current is null) return true;
        bool person = e.Type == EntityKind.Person, currentPerson = current.Type == EntityKind.Person;
        if (person != currentPerson) return person;
        return m.End - m.Start > currentMention!.End - currentMention.Start;
    }

    public Entity? EntityAt(int token) => token >= 0 && token < _entity.Length ? _entity[token] : null;
    public Mention? MentionAt(int token) => token >= 0 && token < _mention.Length ? _mention[token] : null;
}

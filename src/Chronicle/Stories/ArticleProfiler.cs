using Chronicle.Annotations;
using Chronicle.FramingAnalysis;
using Chronicle.Lexicon;
using Chronicle.Serialization;

namespace Chronicle.Stories;

/// <summary>Builds an <see cref="ArticleProfile"/> from an Analysis: one pass over the text for the
/// content words (title words count twice), the entities for names and places, the events for mentions.</summary>
public static class ArticleProfiler
{
    /// <summary>Content words kept per article: enough to tell stories apart, few enough to compare quickly.</summary>
    public const int TermsKept = 40;
    public const int NamesKept = 40;

    public static ArticleProfile Profile(Analysis a)
    {
        var terms = new Dictionary<uint, float>();
        if (a.Title is { } title) CountWords(title, 2f, terms);
        CountWords(a.Text, 1f, terms);

        var names = new Dictionary<uint, float>();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in a.Entities)
        {
            entities.TryAdd(e.Id, e);
            float weight = MathF.Min(3f, e.Mentions.Count);
            bool place = EntityKinds.IsPlace(e.Type);
            Add(names, place ? StoryKeys.Of(StoryKeys.Place, e.Name) : StoryKeys.NameKey(e.Name, e.Type == EntityKind.Person), weight);
            if (e.Code is { Length: > 3 } code && !place) Add(names, StoryKeys.Of(StoryKeys.Actor, code), weight * 0.5f);
        }

        var events = new EventMention[a.Events.Count];
        for (int i = 0; i < events.Length; i++) events[i] = Mention(a.Events[i], entities, ExplicitDay(a, a.Events[i]));

        return new ArticleProfile
        {
            ArticleId = a.Id ?? "", Source = a.Source, Title = a.Title, Day = StoryKeys.Day(a.Published),
            Terms = Top(terms, TermsKept), Names = Top(names, NamesKept), Events = events,
        };
    }

    /// <summary>The event's day when its own sentence dates it; the coder falls back on the publication
    /// day, which says nothing about when the act happened.</summary>
    private static int? ExplicitDay(Analysis a, EventRecord e)
    {
        if (e.Date is null || e.Sentence < 0 || e.Sentence >= a.Sentences.Count) return null;
        var sentence = a.Sentences[e.Sentence];
        foreach (var d in a.Dates)
            if (d.Start >= sentence.Start && d.End <= sentence.End && d.Value == e.Date) return StoryKeys.Day(d.Value);
        return null;
    }

    private static EventMention Mention(EventRecord e, Dictionary<string, Entity> entities, int? explicitDay)
    {
        Entity? EntityOf(EventActor? actor) => actor?.Entity is { } id ? entities.GetValueOrDefault(id) : null;
        uint NameOf(EventActor? actor)
        {
            if (actor is null || string.IsNullOrWhiteSpace(actor.Name)) return 0;
            var entity = EntityOf(actor);
            return StoryKeys.NameKey(entity?.Name ?? actor.Name, entity?.Type == EntityKind.Person);
        }
        return new EventMention(e.Id, e.Root, e.Cameo, NameOf(e.Source), e.Source?.Code?.ToUpperInvariant(),
            NameOf(e.Target), e.Target?.Code?.ToUpperInvariant(), explicitDay, e.Location?.Country,
            StoryKeys.Of(StoryKeys.Word, e.Trigger.Text), e.Sentence,
            EntityOf(e.Source)?.Type == EntityKind.Person, EntityOf(e.Target)?.Type == EntityKind.Person);
    }

    /// <summary>Words of three letters or more that are not closed-class and not numbers, lower-cased.</summary>
    private static void CountWords(string text, float weight, Dictionary<uint, float> counts)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))) i++;
            var word = text.AsSpan(start, i - start);
            if (word.Length >= 3 && !EnglishFunctionWords.ClosedClass.Contains(word)) Add(counts, StoryKeys.Of(StoryKeys.Word, word), weight);
        }
    }

    private static void Add(Dictionary<uint, float> counts, uint key, float weight) =>
        counts[key] = counts.GetValueOrDefault(key) + weight;

    /// <summary>The heaviest keys, ties broken by key so the result does not depend on dictionary order.</summary>
    private static WeightedKey[] Top(Dictionary<uint, float> counts, int keep) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(keep).Select(p => new WeightedKey(p.Key, p.Value)).ToArray();
}

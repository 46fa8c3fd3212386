using System.Globalization;
using System.Text;
using Chronicle.Annotations;
using Chronicle.Serialization;

namespace Chronicle.Store;

/// <summary>Deterministic made-up analyses (text with real offsets, entities, quotes, dates and
/// CAMEO events) for store benchmarks and tests, independent of how good the extractors are.</summary>
public static class SyntheticCorpus
{
    private sealed record Actor(string Name, string Code, string Country, EntityKind Type);
    internal sealed record Action(string Verb, string Cameo, int Quad, double Goldstein, string Plover);
    private sealed record Place(string Name, string Country, double Lat, double Lon);

    private static readonly Actor[] Actors =
    [
        new("the French government", "FRAGOV", "FRA", EntityKind.Gpe), new("the Iraqi government", "IRQGOV", "IRQ", EntityKind.Gpe),
        new("the US military", "USAMIL", "USA", EntityKind.Org), new("the Russian government", "RUSGOV", "RUS", EntityKind.Gpe),
        new("the Ukrainian government", "UKRGOV", "UKR", EntityKind.Gpe), new("the United Nations", "IGOUNO", "IGO", EntityKind.Org),
        new("the Chinese government", "CHNGOV", "CHN", EntityKind.Gpe), new("the German government", "DEUGOV", "DEU", EntityKind.Gpe),
        new("the Turkish army", "TURMIL", "TUR", EntityKind.Org), new("Syrian rebels", "SYRREB", "SYR", EntityKind.Norp),
    ];

    internal static readonly Action[] Actions =
    [
        new("met with", "040", 1, 1.0, "CONSULT"), new("praised", "051", 1, 3.4, "COOPERATE"),
        new("signed an agreement with", "057", 1, 8.0, "AGREE"), new("pledged aid to", "070", 2, 7.0, "AID"),
        new("criticized", "111", 3, -2.0, "ACCUSE"), new("threatened", "130", 3, -4.4, "THREATEN"),
        new("demanded concessions from", "100", 3, -5.0, "DEMAND"), new("expelled diplomats of", "166", 4, -7.0, "REDUCE"),
        new("attacked", "190", 4, -10.0, "ASSAULT"), new("arrested members of", "173", 4, -5.0, "COERCE"),
    ];

    private static readonly Place[] Places =
    [
        new("Paris", "FRA", 48.86, 2.35), new("Baghdad", "IRQ", 33.31, 44.37), new("Kyiv", "UKR", 50.45, 30.52),
        new("Geneva", "CHE", 46.20, 6.14), new("Washington", "USA", 38.90, -77.04), new("Beijing", "CHN", 39.90, 116.40),
        new("Damascus", "SYR", 33.51, 36.29), new("Ankara", "TUR", 39.93, 32.86),
    ];

    /// <summary>Articles numbered from <paramref name="first"/>, each with <paramref name="eventsPerArticle"/>
    /// events and one quote, dated over 2021-2024; the same arguments give the same articles.</summary>
    public static IEnumerable<Analysis> Articles(int count, int eventsPerArticle, int seed = 1, int first = 0)
    {
        for (int i = first; i < first + count; i++) yield return Article(i, eventsPerArticle, seed);
    }

    public static Analysis Article(int number, int eventCount, int seed = 1)
    {
        var random = new Random(unchecked(seed * 1_000_003 + number) & int.MaxValue); // not HashCode: it is randomized per process
        var published = new DateOnly(2021, 1, 1).AddDays(random.Next(4 * 365));
        var text = new StringBuilder();
        var sentences = new List<SentenceJson>();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var events = new List<EventRecord>();

        Entity EntityFor(Actor actor, int start)
        {
            if (!entities.TryGetValue(actor.Code, out var entity))
            {
                entity = new Entity { Id = "E" + (entities.Count + 1), Name = actor.Name, Type = actor.Type, Code = actor.Code, Country = actor.Country };
                entities.Add(actor.Code, entity);
            }
            entity.Mentions.Add(new Mention(start, start + actor.Name.Length, actor.Name));
            return entity;
        }

        for (int k = 0; k < eventCount; k++)
        {
            var source = Actors[random.Next(Actors.Length)];
            var target = Actors[random.Next(Actors.Length)];
            if (target == source) target = Actors[(Array.IndexOf(Actors, source) + 1) % Actors.Length];
            var action = Actions[random.Next(Actions.Length)];
            var place = Places[random.Next(Places.Length)];
            var day = published.AddDays(-random.Next(3));
            int sentenceStart = text.Length;
            string subject = char.ToUpperInvariant(source.Name[0]) + source.Name[1..];
            var sourceEntity = EntityFor(source, text.Length);
            text.Append(subject).Append(' ');
            int triggerStart = text.Length;
            text.Append(action.Verb).Append(' ');
            var targetEntity = EntityFor(target, text.Length);
            text.Append(target.Name).Append(" in ").Append(place.Name).Append(" on ")
                .Append(day.ToString("MMMM d", CultureInfo.InvariantCulture)).Append('.');
            sentences.Add(new SentenceJson(sentenceStart, text.Length));
            events.Add(new EventRecord
            {
                Id = "V" + (k + 1), Cameo = action.Cameo, Root = action.Cameo[..2], QuadClass = action.Quad,
                Goldstein = action.Goldstein, Plover = action.Plover,
                Source = new EventActor(sourceEntity.Id, source.Name, source.Code),
                Target = new EventActor(targetEntity.Id, target.Name, target.Code),
                Date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Location = new EventLocation(place.Name, place.Country, place.Lat, place.Lon),
                Sentence = sentences.Count - 1,
                Trigger = new Mention(triggerStart, triggerStart + action.Verb.Length, action.Verb),
                Confidence = 0.5 + random.Next(50) / 100.0,
            });
            text.Append(' ');
        }

        var speaker = Actors[random.Next(Actors.Length)];
        int quoteSentence = text.Length;
        text.Append('"');
        string words = $"We will not accept this, and talks number {number} must go on";
        int quoteStart = text.Length;
        text.Append(words).Append(",\" a spokesman for ");
        var speakerEntity = EntityFor(speaker, text.Length);
        text.Append(speaker.Name).Append(" said.");
        sentences.Add(new SentenceJson(quoteSentence, text.Length));

        return new Analysis
        {
            Id = "synthetic-" + number.ToString(CultureInfo.InvariantCulture),
            Title = $"Synthetic report {number}",
            Source = "synthetic",
            Url = $"https://example.org/synthetic/{number}",
            Published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Language = "en",
            Models = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["synthetic"] = "v1" },
            Text = text.ToString().TrimEnd(),
            Sentences = sentences,
            Entities = entities.Values.ToList(),
            Quotes =
            [
                new Quote
                {
                    Text = words, Start = quoteStart, End = quoteStart + words.Length, Speaker = speakerEntity.Id,
                    SpeakerName = speaker.Name, SpeakerMention = speakerEntity.Mentions[^1], Cue = "said",
                },
            ],
            Dates = [],
            Quantities = [],
            Events = events,
            Framing = new Framing(),
        };
    }
}

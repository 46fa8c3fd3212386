using System.Globalization;
using System.Text;
using Chronicle.Annotations;
using Chronicle.Serialization;

namespace Chronicle.Store;

/// <summary>
/// A deterministic made-up news archive for the stories benchmark and tests: articles that form
/// stories, published in time order. Each story has rare words of its own, a few people,
/// organisations and places, runs over one to eight days and is told by 1-30 articles from
/// several outlets; it has a few happenings (an act, two parties, a day, a place), which many of
/// its articles report again (same act, same actors, same day), beside one-off events of their
/// own. Everything shares a stock of common words. Stories arrive as a Poisson stream, about
/// <see cref="DefaultArticlesPerDay"/> articles a simulated day (fewer at weekends), and the
/// articles come out in publication order. Article ids are <c>s{story}-a{index}</c>, so a test
/// knows the true story of each (<see cref="StoryOf"/>).
/// </summary>
public static class SyntheticStories
{
    public const int DefaultArticlesPerDay = 2000;

    private static readonly DateOnly Epoch = new(2024, 1, 1);
    /// <summary>The mean of <see cref="StorySize"/>'s distribution (0.35 * 1 + 0.65 * ~10.8), so story arrivals give the article rate asked for.</summary>
    private const double MeanStorySize = 7.4;
    /// <summary>Monday to Sunday: weekday news runs at up to 1.25 times the mean, weekends at half of it.</summary>
    private static readonly double[] Weekday = [1.15, 1.25, 1.2, 1.15, 1.1, 0.6, 0.55];

    private sealed record Country(string Code, string Capital, double Lat, double Lon);
    private sealed record Party(string Name, string Short, string? Title, string Code, string Country, EntityKind Kind);
    private sealed record Town(string Name, string Country, double Lat, double Lon);
    private sealed record Happening(SyntheticCorpus.Action Action, int Source, int Target, int Day, int Town, bool Dated);

    private sealed class Spec
    {
        public required int Number { get; init; }
        public required double[] Times { get; init; }
        public required string[] Rare { get; init; }
        public required string[] Topic { get; init; }
        public required Party[] Parties { get; init; }
        public required Town[] Towns { get; init; }
        public required Happening[] Happenings { get; init; }
    }

    private static readonly Country[] Countries =
    [
        new("FRA", "Paris", 48.86, 2.35), new("DEU", "Berlin", 52.52, 13.40), new("IRQ", "Baghdad", 33.31, 44.37),
        new("UKR", "Kyiv", 50.45, 30.52), new("RUS", "Moscow", 55.76, 37.62), new("USA", "Washington", 38.90, -77.04),
        new("CHN", "Beijing", 39.90, 116.40), new("SYR", "Damascus", 33.51, 36.29), new("TUR", "Ankara", 39.93, 32.86),
        new("KEN", "Nairobi", -1.29, 36.82), new("NGA", "Abuja", 9.08, 7.40), new("BRA", "Brasilia", -15.79, -47.88),
        new("IND", "New Delhi", 28.61, 77.21), new("PAK", "Islamabad", 33.68, 73.05), new("IRN", "Tehran", 35.69, 51.39),
        new("EGY", "Cairo", 30.04, 31.24), new("ETH", "Addis Ababa", 9.03, 38.74), new("MEX", "Mexico City", 19.43, -99.13),
        new("COL", "Bogota", 4.71, -74.07), new("ARG", "Buenos Aires", -34.60, -58.38), new("ZAF", "Pretoria", -25.75, 28.19),
        new("JPN", "Tokyo", 35.68, 139.69), new("KOR", "Seoul", 37.57, 126.98), new("IDN", "Jakarta", -6.21, 106.85),
        new("PHL", "Manila", 14.60, 120.98), new("POL", "Warsaw", 52.23, 21.01), new("ESP", "Madrid", 40.42, -3.70),
        new("ITA", "Rome", 41.90, 12.50), new("GBR", "London", 51.51, -0.13), new("SDN", "Khartoum", 15.50, 32.56),
        new("LBY", "Tripoli", 32.89, 13.19), new("AFG", "Kabul", 34.53, 69.17), new("VEN", "Caracas", 10.48, -66.90),
        new("BGD", "Dhaka", 23.81, 90.41), new("LBR", "Monrovia", 6.30, -10.80), new("BDI", "Gitega", -3.43, 29.93),
    ];

    private static readonly (string Title, string Role)[] Offices =
    [
        ("President", "GOV"), ("Prime Minister", "GOV"), ("Foreign Minister", "GOV"), ("Defence Minister", "GOV"),
        ("General", "MIL"), ("Colonel", "MIL"), ("opposition leader", "OPP"), ("rebel commander", "REB"),
        ("Judge", "JUD"), ("union leader", "LAB"), ("Governor", "GOV"), ("Senator", "LEG"),
    ];

    private static readonly (string Noun, string Role)[] OrgKinds =
    [
        ("Front", "REB"), ("Party", "OPP"), ("Movement", "OPP"), ("Army", "MIL"), ("Union", "LAB"), ("Bank", "BUS"),
        ("Council", "GOV"), ("Alliance", "OPP"), ("Brigade", "REB"), ("Corporation", "BUS"),
    ];

    private static readonly string[] FirstNames =
    [
        "Jean", "Klaus", "Maria", "Ahmed", "Olga", "John", "Li", "Fatima", "Carlos", "Amina", "Yusuf", "Elena", "Pedro", "Grace",
        "Ivan", "Sara", "Omar", "Anna", "Rahul", "Mei", "David", "Leila", "Samuel", "Nadia", "Hassan", "Julia", "Kofi", "Sofia",
        "Tomas", "Aisha", "Viktor", "Rosa", "Daniel", "Ines", "Musa", "Petra", "Luis", "Hana", "Arturo", "Zainab",
    ];

    private static readonly string[] Common =
    [
        "said", "government", "officials", "people", "country", "week", "year", "told", "reporters", "statement", "president",
        "minister", "police", "city", "security", "report", "according", "spokesman", "talks", "local", "capital", "national",
        "forces", "support", "group", "state", "public", "international", "military", "agency", "news", "meeting", "leaders",
        "region", "situation", "since", "months", "days", "time", "political", "economic", "official", "office", "plan",
        "announced", "called", "added", "asked", "expected", "continued", "including", "several", "many", "number", "part",
        "members", "party", "election", "crisis", "peace", "talks", "agreement", "deal", "order", "rights", "law", "court",
        "army", "border", "area", "town", "village", "residents", "attack", "violence", "protest", "protesters", "demand",
        "calls", "response", "decision", "policy", "measures", "aid", "help", "water", "food", "health", "hospital", "schools",
        "workers", "market", "prices", "money", "budget", "tax", "oil", "energy", "trade", "companies", "business", "economy",
        "world", "foreign", "countries", "nations", "united", "council", "committee", "commission", "head", "chief", "former",
        "new", "first", "last", "next", "major", "early", "late", "latest", "recent", "further", "clear", "strong", "important",
        "under", "against", "between", "during", "after", "before", "while", "without", "around", "across", "near",
    ];

    private static readonly string[] Function = ["the", "of", "and", "to", "in", "a", "on", "for", "with", "that", "was", "has", "were", "by", "at", "it"];

    private static readonly string[] Consonants = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "tr", "kr", "br", "dr"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei"];
    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "l", "k", "m", "th"];

    /// <summary>Words on the topics news keeps returning to: each story takes a dozen, and many stories share each.</summary>
    private static readonly string[] Topics = MakeTopics();

    private static readonly string[] Outlets = MakeOutlets();

    /// <summary><paramref name="count"/> articles in publication order, about <paramref name="articlesPerDay"/> a simulated
    /// day from 2024-01-01; the same arguments give the same articles. Streams: a story's plan lives only while it has
    /// articles to come.</summary>
    public static IEnumerable<Analysis> Articles(int count, int seed = 1, int articlesPerDay = DefaultArticlesPerDay)
    {
        if (count <= 0) yield break;
        var arrivals = new Random(Mix(seed, -1, -1));
        var pending = new PriorityQueue<(Spec Story, int Index), (double Time, int Story, int Index)>();
        double storiesPerDay = articlesPerDay / MeanStorySize;
        double next = 0;
        int stories = 0, emitted = 0;
        while (emitted < count)
        {
            if (pending.Count == 0 || pending.TryPeek(out _, out var first) && next < first.Time)
            {
                var spec = Plan(seed, stories++, next);
                for (int i = 0; i < spec.Times.Length; i++) pending.Enqueue((spec, i), (spec.Times[i], spec.Number, i));
                double rate = storiesPerDay * Weekday[(int)(Epoch.AddDays((int)next).DayOfWeek + 6) % 7];
                next += -Math.Log(1 - arrivals.NextDouble()) / rate;
                continue;
            }
            var (story, index) = pending.Dequeue();
            emitted++;
            yield return Article(seed, story, index);
        }
    }

    /// <summary>Every article of story <paramref name="story"/> in publication order (the story starts on 2024-01-01);
    /// <paramref name="size"/> overrides how many it has.</summary>
    public static IReadOnlyList<Analysis> Story(int story, int seed = 1, int? size = null)
    {
        var spec = Plan(seed, story, 0, size);
        return Enumerable.Range(0, spec.Times.Length).Select(i => Article(seed, spec, i)).ToList();
    }

    /// <summary>The true story of a synthetic article id (<c>s{story}-a{index}</c>).</summary>
    public static int StoryOf(string articleId)
    {
        int dash = articleId.IndexOf('-');
        if (articleId.Length < 2 || articleId[0] != 's' || dash < 0) throw new ArgumentException($"not a synthetic story article id: {articleId}", nameof(articleId));
        return int.Parse(articleId.AsSpan(1, dash - 1), CultureInfo.InvariantCulture);
    }

    /// <summary>Articles a story has: a third stand alone, the rest 2-30, most of them short.</summary>
    private static int StorySize(Random r) => r.NextDouble() < 0.35 ? 1 : 2 + (int)(28 * Math.Pow(r.NextDouble(), 2));

    private static Spec Plan(int seed, int number, double start, int? size = null)
    {
        var r = new Random(Mix(seed, number, -2));
        int n = Math.Max(1, size ?? StorySize(r));
        // Longer stories run longer: up to 8 days; their reports crowd the first hours, as news does.
        double span = n == 1 ? 0 : 0.3 + r.NextDouble() * Math.Min(7.5, 0.5 + n / 4.0);
        var times = new double[n];
        times[0] = start;
        for (int i = 1; i < n; i++) times[i] = start + span * Math.Pow(r.NextDouble(), 1.6);
        Array.Sort(times);

        var home = Countries[r.Next(Countries.Length)];
        var abroad = r.NextDouble() < 0.45 ? Countries[r.Next(Countries.Length)] : home;
        var rare = new string[6 + r.Next(5)];
        for (int i = 0; i < rare.Length; i++) rare[i] = Word(r, 3 + r.Next(2));
        var topic = new string[10 + r.Next(6)];
        for (int i = 0; i < topic.Length; i++) topic[i] = Topics[r.Next(Topics.Length)];

        var parties = new List<Party>();
        int people = 2 + r.Next(3);
        for (int i = 0; i < people; i++)
        {
            var country = i % 2 == 1 ? abroad : home;
            var (title, role) = Offices[r.Next(Offices.Length)];
            string surname = Capital(Word(r, 2 + r.Next(2)));
            parties.Add(new Party($"{FirstNames[r.Next(FirstNames.Length)]} {surname}", surname, title, country.Code + role, country.Code, EntityKind.Person));
        }
        int orgs = 1 + r.Next(2);
        for (int i = 0; i < orgs; i++)
        {
            var (noun, role) = OrgKinds[r.Next(OrgKinds.Length)];
            string name = $"{Capital(rare[i])} {noun}";
            parties.Add(new Party(name, name, null, home.Code + role, home.Code, EntityKind.Org));
        }
        var towns = new List<Town> { new(home.Capital, home.Code, home.Lat, home.Lon) };
        if (r.NextDouble() < 0.7)
            towns.Add(new Town(Capital(Word(r, 3)), home.Code, home.Lat + r.NextDouble() - 0.5, home.Lon + r.NextDouble() - 0.5));
        if (abroad != home) towns.Add(new Town(abroad.Capital, abroad.Code, abroad.Lat, abroad.Lon));

        int startDay = (int)Math.Floor(start);
        int lastDay = (int)Math.Floor(times[^1]);
        var happenings = new Happening[1 + r.Next(Math.Min(5, 1 + n / 3))];
        for (int i = 0; i < happenings.Length; i++)
        {
            int source = r.Next(parties.Count);
            int target = (source + 1 + r.Next(parties.Count - 1)) % parties.Count;
            happenings[i] = new Happening(SyntheticCorpus.Actions[r.Next(SyntheticCorpus.Actions.Length)], source, target,
                startDay + r.Next(lastDay - startDay + 1), r.Next(towns.Count), r.NextDouble() < 0.5);
        }
        return new Spec
        {
            Number = number, Times = times, Rare = rare, Topic = topic, Parties = parties.ToArray(),
            Towns = towns.ToArray(), Happenings = happenings,
        };
    }

    private static Analysis Article(int seed, Spec story, int index)
    {
        var r = new Random(Mix(seed, story.Number, index));
        int day = (int)Math.Floor(story.Times[index]);
        var published = Epoch.AddDays(day);
        var text = new StringBuilder(2048);
        var sentences = new List<SentenceJson>();
        // Slots: the story's parties, its towns, then one party of this article's own (a local official, a family, a clinic).
        int localSlot = story.Parties.Length + story.Towns.Length;
        var entities = new Entity?[localSlot + 1];
        var local = LocalParty(r, story.Parties[0].Country);
        Party PartyAt(int slot) => slot == localSlot ? local : story.Parties[slot];
        var dates = new List<TimeExpression>();
        var events = new List<EventRecord>();

        var kept = new List<Entity>();
        Entity EntityOf(int slot)
        {
            if (entities[slot] is { } known) return known;
            string id = "E" + (kept.Count + 1).ToString(CultureInfo.InvariantCulture);
            var entity = slot < story.Parties.Length || slot == localSlot
                ? new Entity { Id = id, Name = PartyAt(slot).Name, Type = PartyAt(slot).Kind, Code = PartyAt(slot).Code, Country = PartyAt(slot).Country }
                : new Entity { Id = id, Name = story.Towns[slot - story.Parties.Length].Name, Type = EntityKind.Gpe, Country = story.Towns[slot - story.Parties.Length].Country };
            kept.Add(entity);
            return entities[slot] = entity;
        }
        Entity Mention(int slot, string written)
        {
            var entity = EntityOf(slot);
            entity.Mentions.Add(new Mention(text.Length, text.Length + written.Length, written));
            text.Append(written);
            return entity;
        }
        int words = 0;
        void WordOut(string word, bool first)
        {
            if (!first) text.Append(' ');
            text.Append(first ? Capital(word) : word);
            words++;
        }
        void Filler()
        {
            int start = text.Length;
            int length = 8 + r.Next(11);
            for (int i = 0; i < length; i++)
            {
                double p = r.NextDouble();
                if (p < 0.08 && i > 0)
                {
                    text.Append(' ');
                    int party = r.Next(story.Parties.Length);
                    Mention(party, story.Parties[party].Short);
                    words++;
                    continue;
                }
                string word = p < 0.45 ? Common[r.Next(Common.Length)] : p < 0.62 ? Function[r.Next(Function.Length)]
                    : p < 0.85 ? story.Topic[r.Next(story.Topic.Length)] : story.Rare[r.Next(story.Rare.Length)];
                WordOut(word, i == 0);
            }
            text.Append('.');
            sentences.Add(new SentenceJson(start, text.Length));
            text.Append(' ');
        }
        void Event(SyntheticCorpus.Action action, int source, int target, int town, int? datedDay, string rule)
        {
            int start = text.Length;
            var s = PartyAt(source);
            var t = PartyAt(target);
            bool titled = s.Title is not null && r.NextDouble() < 0.6;
            if (titled) text.Append(Capital(s.Title!)).Append(' ');
            string subject = titled || r.NextDouble() < 0.5 ? s.Name : s.Short;
            var sourceEntity = Mention(source, subject);
            text.Append(' ');
            int trigger = text.Length;
            text.Append(action.Verb).Append(' ');
            string written = r.NextDouble() < 0.5 ? t.Name : t.Short;
            var targetEntity = Mention(target, written);
            text.Append(" in ");
            var place = story.Towns[town];
            Mention(story.Parties.Length + town, place.Name);
            string? date = null;
            if (datedDay is { } d)
            {
                var when = Epoch.AddDays(d);
                text.Append(" on ");
                string on = when.ToString("dddd, MMMM d", CultureInfo.InvariantCulture);
                date = when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                dates.Add(new TimeExpression { Text = on, Start = text.Length, End = text.Length + on.Length, Value = date });
                text.Append(on);
            }
            text.Append('.');
            words += 6 + action.Verb.Count(c => c == ' ');
            sentences.Add(new SentenceJson(start, text.Length));
            text.Append(' ');
            events.Add(new EventRecord
            {
                Id = "V" + (events.Count + 1), Cameo = action.Cameo, Root = action.Cameo[..2], QuadClass = action.Quad,
                Goldstein = action.Goldstein, Plover = action.Plover,
                Source = new EventActor(sourceEntity.Id, subject, s.Code), Target = new EventActor(targetEntity.Id, written, t.Code),
                Date = date ?? published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Location = new EventLocation(place.Name, place.Country, place.Lat, place.Lon),
                Sentence = sentences.Count - 1,
                Trigger = new Mention(trigger, trigger + action.Verb.Length, action.Verb),
                Confidence = 0.5 + r.Next(50) / 100.0,
                Rule = rule,
            });
        }
        string lead = story.Parties[r.Next(story.Parties.Length)].Short;
        string title = $"{lead} {story.Rare[r.Next(story.Rare.Length)]} {story.Topic[r.Next(story.Topic.Length)]} {story.Rare[r.Next(story.Rare.Length)]}";
        int wanted = 150 + r.Next(151);
        int eventCount = 1 + r.Next(4);
        var reported = story.Happenings.Select((h, i) => (h, i)).Where(p => p.h.Day <= day && day - p.h.Day <= 2).ToList();
        for (int e = 0; e < eventCount; e++)
        {
            if (e == 0 || r.NextDouble() < 0.5) Filler();
            if (reported.Count > 0 && r.NextDouble() < 0.65)
            {
                int pick = r.Next(reported.Count);
                var (h, number) = reported[pick];
                reported.RemoveAt(pick); // an article reports each happening once
                Event(h.Action, h.Source, h.Target, h.Town, h.Dated ? h.Day : null, HappeningRule(story.Number, number));
            }
            else
            {
                // Another act: one of the story's parties and this article's own party, or an act of last week.
                int source = r.Next(story.Parties.Length);
                bool earlier = r.NextDouble() < 0.4;
                int target = earlier ? (source + 1 + r.Next(story.Parties.Length - 1)) % story.Parties.Length : localSlot;
                if (!earlier && r.NextDouble() < 0.5) (source, target) = (target, source);
                var action = SyntheticCorpus.Actions[r.Next(SyntheticCorpus.Actions.Length)];
                Event(action, source, target, r.Next(story.Towns.Length), earlier ? day - 5 - r.Next(4) : r.NextDouble() < 0.3 ? day : null, OnceRule);
            }
        }
        while (words < wanted) Filler();

        return new Analysis
        {
            Id = $"s{story.Number.ToString(CultureInfo.InvariantCulture)}-a{index.ToString(CultureInfo.InvariantCulture)}",
            Title = Capital(title),
            Source = Outlets[r.Next(Outlets.Length)],
            Url = $"https://example.org/story/{story.Number}/{index}",
            Published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Language = "en",
            Models = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["synthetic-stories"] = "v1" },
            Text = text.ToString().TrimEnd(),
            Sentences = sentences,
            Entities = kept,
            Quotes = [],
            Dates = dates,
            Quantities = [],
            Events = events,
            Framing = new Framing(),
        };
    }

    private static readonly (string Title, string Role)[] LocalRoles =
    [
        ("the head of the local clinic", "MED"), ("a teacher", "EDU"), ("a refugee family", "REF"), ("a shop owner", "BUS"), ("a village elder", "CVL"),
    ];

    /// <summary>A party that appears in one article only: the other side of its one-off events.</summary>
    private static Party LocalParty(Random r, string country)
    {
        var (title, role) = LocalRoles[r.Next(LocalRoles.Length)];
        string surname = Capital(Word(r, 3));
        return new Party($"{FirstNames[r.Next(FirstNames.Length)]} {surname}", surname, title, country + role, country, EntityKind.Person);
    }

    /// <summary>The <see cref="EventRecord.Rule"/> of an event that reports one of a story's happenings: the same
    /// text in every report of it, so a test or the benchmark knows which mentions report one act.</summary>
    public static string HappeningRule(int story, int happening) =>
        "synthetic:happening " + story.ToString(CultureInfo.InvariantCulture) + "." + happening.ToString(CultureInfo.InvariantCulture);

    /// <summary>The rule of an event reported by its article alone.</summary>
    public const string OnceRule = "synthetic:once";

    /// <summary>A made-up word of <paramref name="syllables"/> syllables.</summary>
    private static string Word(Random r, int syllables)
    {
        var b = new StringBuilder(12);
        for (int i = 0; i < syllables; i++)
            b.Append(Consonants[r.Next(Consonants.Length)]).Append(Vowels[r.Next(Vowels.Length)]).Append(i == syllables - 1 ? Codas[r.Next(Codas.Length)] : "");
        return b.ToString();
    }

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string[] MakeTopics()
    {
        var r = new Random(20240101);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < 800) words.Add(Word(r, 2));
        return words.Order(StringComparer.Ordinal).ToArray();
    }

    private static string[] MakeOutlets()
    {
        string[] first = ["North", "South", "East", "West", "Daily", "Evening", "Morning", "Capital", "Global", "Coastal"];
        string[] second = ["Post", "Herald", "Times", "Tribune", "Courier", "Observer"];
        return first.SelectMany(a => second.Select(b => $"{a} {b}")).ToArray();
    }

    /// <summary>A seed from three numbers, the same in every process (unlike HashCode).</summary>
    private static int Mix(int seed, int a, int b)
    {
        ulong h = 1469598103934665603UL;
        foreach (int v in new[] { seed, a, b }) h = (h ^ (uint)v) * 1099511628211UL;
        h ^= h >> 29;
        return (int)(h & int.MaxValue);
    }
}

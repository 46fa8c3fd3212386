using System.Globalization;

namespace Chronicle.Stories.Evaluation;

/// <summary>A sentence of a CoNLL document: the unit same-event annotation names ("81:5").</summary>
public readonly record struct SentenceKey(int Document, int Sentence)
{
    public override string ToString() => $"{Document}:{Sentence}";
}

public sealed record GoldStory(string Id, string Split, IReadOnlyList<int> Documents);

public sealed record GoldEvent(string Id, string Story, string Root, IReadOnlyList<SentenceKey> Mentions);

/// <summary>
/// The story and same-event annotation over CoNLL-2003 documents (data/stories/, docs/stories-annotation.md):
/// which documents form one story, which split each story is in, and which sentences report one event.
/// </summary>
public sealed class StoryGold
{
    public required IReadOnlyList<GoldStory> Stories { get; init; }
    public required IReadOnlyList<GoldEvent> Events { get; init; }
    public required IReadOnlyDictionary<int, GoldStory> StoryOfDocument { get; init; }
    /// <summary>Gold events each sentence reports (a sentence may report more than one).</summary>
    public required IReadOnlyDictionary<SentenceKey, IReadOnlyList<GoldEvent>> EventsOfSentence { get; init; }

    public string? SplitOf(int document) => StoryOfDocument.TryGetValue(document, out var s) ? s.Split : null;

    public static StoryGold Read(string path)
    {
        var stories = new Dictionary<string, (string Split, List<int> Docs)>(StringComparer.Ordinal);
        var order = new List<string>();
        var events = new List<GoldEvent>();
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            var f = raw.Split('\t');
            string Where() => $"{path}:{lineNumber}";
            switch (f[0])
            {
                case "story" when f.Length >= 3:
                    stories[f[1]] = (f[2], []);
                    order.Add(f[1]);
                    break;
                case "doc" when f.Length >= 3 && stories.TryGetValue(f[2], out var story):
                    story.Docs.Add(int.Parse(f[1], CultureInfo.InvariantCulture));
                    break;
                case "event" when f.Length >= 5:
                    var mentions = f[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(m =>
                    {
                        int colon = m.IndexOf(':');
                        if (colon < 0) throw new FormatException($"{Where()}: mention '{m}' is not doc:sentence");
                        return new SentenceKey(int.Parse(m[..colon], CultureInfo.InvariantCulture), int.Parse(m[(colon + 1)..], CultureInfo.InvariantCulture));
                    }).ToList();
                    events.Add(new GoldEvent(f[1], f[2], f[3], mentions));
                    break;
                default:
                    throw new FormatException($"{Where()}: not a story, doc or event row");
            }
        }
        var list = order.Select(id => new GoldStory(id, stories[id].Split, stories[id].Docs)).ToList();
        var ofDocument = new Dictionary<int, GoldStory>();
        foreach (var s in list) foreach (int d in s.Documents) ofDocument[d] = s;
        var ofSentence = new Dictionary<SentenceKey, List<GoldEvent>>();
        foreach (var e in events)
            foreach (var m in e.Mentions.Distinct())
            {
                if (!ofSentence.TryGetValue(m, out var l)) ofSentence[m] = l = [];
                l.Add(e);
            }
        return new StoryGold
        {
            Stories = list, Events = events, StoryOfDocument = ofDocument,
            EventsOfSentence = ofSentence.ToDictionary(p => p.Key, p => (IReadOnlyList<GoldEvent>)p.Value),
        };
    }
}

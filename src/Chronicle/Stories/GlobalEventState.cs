namespace Chronicle.Stories;

/// <summary>An active global event: one real-world act and everything its mentions said of it (the
/// names and codes of each side, an explicit day if any mention gave one, the country, the outlets).</summary>
public sealed class GlobalEventState
{
    public required long Id { get; init; }
    public required long StoryId { get; set; }
    public required string Root { get; init; }
    public required string Cameo { get; init; }
    public int FirstDay { get; set; }
    public int LastDay { get; set; }
    public int? ExplicitDay { get; set; }
    /// <summary>The latest publication day of a mention: how long the event stays a candidate.</summary>
    public int LastSeen { get; set; } = int.MinValue;
    public string? Country { get; set; }
    public int Mentions { get; set; }
    public Dictionary<string, int> Articles { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);
    internal HashSet<uint> SourceNames { get; } = [];
    internal HashSet<uint> TargetNames { get; } = [];
    /// <summary>The names among those that are people: another person is another party, whatever the codes say.</summary>
    internal HashSet<uint> SourcePersons { get; } = [];
    internal HashSet<uint> TargetPersons { get; } = [];
    internal HashSet<string> SourceCodes { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> TargetCodes { get; } = new(StringComparer.Ordinal);
    internal HashSet<uint> Triggers { get; } = [];
    internal bool Dead { get; set; }

    internal void Add(EventMention m, string articleId, string? source, int day)
    {
        (FirstDay, LastDay) = Mentions == 0 ? (day, day) : (Math.Min(FirstDay, day), Math.Max(LastDay, day));
        Mentions++;
        Articles[articleId] = Articles.GetValueOrDefault(articleId) + 1;
        if (source is not null) Sources[source] = Sources.GetValueOrDefault(source) + 1;
        ExplicitDay ??= m.ExplicitDay;
        Country ??= m.Country;
        if (m.SourceName != 0) SourceNames.Add(m.SourceName);
        if (m.TargetName != 0) TargetNames.Add(m.TargetName);
        if (m.SourcePerson && m.SourceName != 0) SourcePersons.Add(m.SourceName);
        if (m.TargetPerson && m.TargetName != 0) TargetPersons.Add(m.TargetName);
        if (m.SourceCode is { } sc) SourceCodes.Add(sc);
        if (m.TargetCode is { } tc) TargetCodes.Add(tc);
        Triggers.Add(m.Trigger);
    }

    internal void Remove(string articleId, string? source)
    {
        Mentions--;
        if (Articles.TryGetValue(articleId, out int n)) { if (n > 1) Articles[articleId] = n - 1; else Articles.Remove(articleId); }
        if (source is not null && Sources.TryGetValue(source, out int s)) { if (s > 1) Sources[source] = s - 1; else Sources.Remove(source); }
    }
}

namespace Chronicle.Stories;

/// <summary>The knobs of story assignment and event linking; docs/stories.md says how each was chosen.</summary>
public sealed record StoryOptions
{
    /// <summary>A story no article joined for this many days is cold: new articles no longer join it.</summary>
    public int ColdAfterDays { get; init; } = 7;
    /// <summary>An article joins the best story scoring at least this; otherwise it starts a story.</summary>
    public double JoinThreshold { get; init; } = 0.25;
    /// <summary>When a second story also scores this much, the two were one story all along: they merge.</summary>
    public double MergeThreshold { get; init; } = 0.45;
    public double TermWeight { get; init; } = 0.55;
    public double NameWeight { get; init; } = 0.45;
    /// <summary>Score taken off per day between the article and the story's nearest article, after the first day.</summary>
    public double DayPenalty { get; init; } = 0.02;
    /// <summary>A key posted by more active stories than this says nothing about which story an article is in.</summary>
    public int PostingCap { get; init; } = 300;
    /// <summary>Candidates scored in full per article, chosen by the rarity of the keys they share.</summary>
    public int CandidatesScored { get; init; } = 32;
    /// <summary>Undated event mentions link only within this many days of each other's publication.</summary>
    public int EventDayWindow { get; init; } = 2;

    public static StoryOptions Default { get; } = new();
}

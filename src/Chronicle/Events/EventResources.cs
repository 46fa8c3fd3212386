namespace Chronicle.Events;

/// <summary>
/// Everything the event coder reads: the codebook, Chronicle's event lexicon, actor and agent phrases
/// (built-in plus user PETRARCH dictionaries loaded on top) and optional user verb patterns.
/// </summary>
public sealed class EventResources
{
    public required CameoCodebook Codebook { get; init; }
    public required EventLexicon Lexicon { get; init; }
    public required ActorDictionary Actors { get; init; }
    public PetrarchVerbDictionary? UserVerbs { get; init; }

    private static readonly Lazy<EventResources> BuiltIn = new(() => new EventResources
    {
        Codebook = CameoCodebook.Default, Lexicon = EventLexicon.Default, Actors = ActorDictionary.CreateBuiltIn(),
    });

    /// <summary>Chronicle's own resources (shared, loaded once).</summary>
    public static EventResources Default => BuiltIn.Value;

    /// <summary>Chronicle's resources with user dictionaries in PETRARCH2's formats on top.
    /// Throws <see cref="FormatException"/> or IO exceptions naming the bad file.</summary>
    public static EventResources WithUserDictionaries(IEnumerable<string> actorFiles, IEnumerable<string> agentFiles, string? verbFile)
    {
        var actors = ActorDictionary.CreateBuiltIn();
        foreach (var file in actorFiles) actors.LoadActors(File.ReadLines(file), file);
        foreach (var file in agentFiles) actors.LoadAgents(File.ReadLines(file), file);
        PetrarchVerbDictionary? verbs = null;
        if (verbFile is not null)
        {
            verbs = new PetrarchVerbDictionary();
            verbs.Load(File.ReadLines(verbFile), verbFile);
        }
        return new EventResources { Codebook = CameoCodebook.Default, Lexicon = EventLexicon.Default, Actors = actors, UserVerbs = verbs };
    }
}

using Chronicle.Events;
using Chronicle.Input;

namespace Chronicle.Cli.Commands;

/// <summary>Loads the user dictionaries named by analyze --actors/--agents/--verbs (PETRARCH2 formats);
/// a missing or malformed file is a one-line input error.</summary>
public static class EventDictionaries
{
    public static EventResources? Load(string[]? actorFiles, string[]? agentFiles, string? verbFile)
    {
        actorFiles ??= [];
        agentFiles ??= [];
        if (actorFiles.Length == 0 && agentFiles.Length == 0 && verbFile is null) return null;
        foreach (var file in actorFiles.Concat(agentFiles).Append(verbFile).OfType<string>())
        {
            if (Directory.Exists(file)) throw new InputException(file, "is a directory, not a dictionary file");
            if (!File.Exists(file)) throw new InputException(file, "no such dictionary file");
        }
        try
        {
            return EventResources.WithUserDictionaries(actorFiles, agentFiles, verbFile);
        }
        catch (FormatException e)
        {
            throw new InputException(verbFile ?? actorFiles.FirstOrDefault() ?? "dictionary", e.Message);
        }
        catch (IOException e)
        {
            throw new InputException(verbFile ?? actorFiles.FirstOrDefault() ?? "dictionary", $"cannot read ({e.Message})");
        }
    }
}

namespace Chronicle.Stories;

/// <summary>One per-article event as the linker sees it: the act, who did it to whom (by name key and
/// actor code), when (an explicit day, or only the article's publication day) and where.</summary>
public sealed record EventMention(
    string EventId, string Root, string Cameo, uint SourceName, string? SourceCode, uint TargetName, string? TargetCode,
    int? ExplicitDay, string? Country, uint Trigger, int Sentence)
{
    /// <summary>Acts with no direction between their two parties: "A met B" and "B met A" report one meeting.</summary>
    public bool Symmetric => Root is "04" && Cameo is not ("042" or "043" or "045")
        || Cameo is "036" or "057" or "062" || Root is "19";
}

namespace Chronicle.Stories;

/// <summary>One per-article event as the linker sees it: the act, who did it to whom (by name key and
/// actor code), when (an explicit day, or only the article's publication day) and where.</summary>
public sealed record EventMention(
    string EventId, string Root, string Cameo, uint SourceName, string? SourceCode, uint TargetName, string? TargetCode,
    int? ExplicitDay, string? Country, uint Trigger, int Sentence, bool SourcePerson = false, bool TargetPerson = false)
{
    /// <summary>The root's family: reports of one act code it with neighbouring roots ("agreed a truce" 0356,
    /// "signed a truce" 057; "attacked" 18, "fought" 19), so intent, talks and agreement (03-05) form one
    /// family and the kinds of violence (18-20) another; every other root is a family of its own.</summary>
    public int Family => RootFamily(Root);

    public static int RootFamily(string root) => root switch
    {
        "03" or "04" or "05" => 3,
        "18" or "19" or "20" => 18,
        _ => int.TryParse(root, out int r) ? r : 0,
    };

    /// <summary>Acts with no direction between their two parties: "A met B" and "B met A" report one meeting.</summary>
    public bool Symmetric => Root is "04" && Cameo is not ("042" or "043" or "045")
        || Cameo is "036" or "057" or "062" || Root is "19";
}

namespace Chronicle.Tests.Parsing;

/// <summary>Locations the parsing tests read at run time (the shared data sets, the committed models).</summary>
internal static class TestPaths
{
    public static string Root { get; } = SharedData.RepoRoot;
    public static string Shared => SharedData.Root;
    public static string Models => Path.Combine(Root, "models");
}

namespace Chronicle.Tests.Parsing;

/// <summary>Locations the parsing tests read at run time (the shared data sets, the committed models).</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();
    public static string Shared => Path.Combine(Root, "..", "shared");
    public static string Models => Path.Combine(Root, "models");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}

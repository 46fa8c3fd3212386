using Chronicle.Pipeline;

namespace Chronicle.Tests.Tagging;

/// <summary>Locates ../shared/data (read at run time, never copied) and the committed models.</summary>
internal static class TaggingTestData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SharedData => Path.Combine(RepositoryRoot, "..", "shared", "data");

    public static string Conll2000Train => Path.Combine(SharedData, "conll2000", "train.txt");
    public static string Conll2003Train => Path.Combine(SharedData, "conll2003", "eng.train");

    public static ModelCatalog Models => new(Path.Combine(RepositoryRoot, "models"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Chronicle.slnx) not found");
    }
}

using Chronicle.Pipeline;

namespace Chronicle.Tests.Tagging;

/// <summary>Locates ../shared/data (read at run time, never copied) and the committed models.</summary>
internal static class TaggingTestData
{
    public static string RepositoryRoot { get; } = Chronicle.TestSupport.SharedData.RepoRoot;

    public static string SharedData => Chronicle.TestSupport.SharedData.PathOf("data");

    public static string Conll2000Train => Path.Combine(SharedData, "conll2000", "train.txt");
    public static string Conll2003Train => Path.Combine(SharedData, "conll2003", "eng.train");

    public static ModelCatalog Models => new(Path.Combine(RepositoryRoot, "models"));
}

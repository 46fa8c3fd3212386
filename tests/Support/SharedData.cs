namespace Chronicle.TestSupport;

/// <summary>
/// The evaluation data beside the repository (<c>../shared</c>: corpora, the golden article, the
/// scorers). The repository stands alone: a test that reads it is a <see cref="SharedFactAttribute"/>
/// or <see cref="SharedTheoryAttribute"/>, skipped with a one-line reason when the data is not there.
/// Compiled into every test project (linked from tests/Support).
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The folder beside the repository, whether or not it exists.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>A path under <c>../shared</c> (it may not exist).</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The skip reason for a test that reads these paths under ../shared, or null when all are there.</summary>
    public static string? MissingReason(IEnumerable<string> relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var full = PathOf(relative);
            if (!File.Exists(full) && !Directory.Exists(full))
                return $"needs ../shared/{relative} (evaluation data beside the repository; see README, 'Full evaluation')";
        }
        return null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"repository root (Chronicle.slnx) not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fact that reads files under ../shared: skipped, with the reason, when one is missing.
/// (xunit 2 decides skips when it discovers tests, which is when this constructor runs.)</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(params string[] relativePaths) => Skip = SharedData.MissingReason(relativePaths);
}

/// <summary>A theory that reads files under ../shared: skipped, with the reason, when one is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(params string[] relativePaths) => Skip = SharedData.MissingReason(relativePaths);
}

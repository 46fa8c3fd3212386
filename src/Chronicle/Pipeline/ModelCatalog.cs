namespace Chronicle.Pipeline;

/// <summary>
/// Finds model files by name (spaCy loads models by name the same way). The folder is
/// <c>CHRONICLE_MODELS</c> when set, else the <c>models/</c> folder of the checkout the program
/// runs from (found by walking up from the executable), so a Release build needs no copy of them.
/// </summary>
public sealed class ModelCatalog(string directory)
{
    public static ModelCatalog Default { get; } = new(Locate());

    public string Directory { get; } = directory;

    /// <summary>Full path of a model file, or null when it is not there.</summary>
    public string? Find(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        return File.Exists(path) ? path : null;
    }

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CHRONICLE_MODELS");
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models");
            if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
                return candidate;
        }
        return Path.Combine(AppContext.BaseDirectory, "models");
    }
}

using System.Diagnostics;
using System.Text;

namespace Chronicle.Tests.Support;

/// <summary>Runs the real CLI (the built Chronicle.Cli.dll next to the tests) as a child process.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result RunWithInput(string? stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Chronicle.Cli.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Paths.RepoRoot,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["CHRONICLE_MODELS"] = Path.Combine(Paths.RepoRoot, "models");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException("chronicle did not finish"); }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Result Run(params string[] args) => RunWithInput(null, args);
}

/// <summary>Where the repository and the shared data sets are.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = SharedData.RepoRoot;
    public static string Shared => SharedData.Root;
    public static string Golden(string file) => Path.Combine(Shared, "golden", file);

    /// <summary>A fresh temporary directory, removed when disposed.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("chronicle-test-").FullName;
        public string File(string name) => System.IO.Path.Combine(Path, name);
        public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
    }
}

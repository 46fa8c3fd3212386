using BenchmarkDotNet.Running;

namespace Chronicle.Bench;

/// <summary>
/// Micro-benchmarks of Chronicle's hot loops (BenchmarkDotNet). Run in Release:
/// <c>dotnet run -c Release --project bench/Chronicle.Bench -- --filter '*'</c>.
/// Whole-stage throughput on a corpus is <c>chronicle bench</c>; this project isolates the loops
/// behind it. Other stages (parser, pipeline) add a class with [Benchmark] methods here.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

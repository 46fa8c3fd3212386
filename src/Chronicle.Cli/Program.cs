using System.CommandLine;
using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand(
            "Chronicle turns news articles into a structured, queryable record of world events: who did what to whom, " +
            "where and when; who said what; which numbers were claimed; how the story was framed. Every item points back, " +
            "by character offsets, to the words it came from.\n\n" +
            "Start with:  chronicle analyze examples/demo-article.txt --published 2024-03-15");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(PipelineCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        foreach (var reserved in ReservedCommands.Create()) root.Subcommands.Add(reserved);
        return root.Parse(args).Invoke();
    }
}

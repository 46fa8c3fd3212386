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
            "Start with:  chronicle analyze examples/demo-article.txt --published 2024-03-14")
        {
            HelpName = "chronicle",
        };
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(PipelineCommand.Create());
        root.Subcommands.Add(ArticleCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StoreCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(EnqueueCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(ClusterCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(NerCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        return root.Parse(args).Invoke();
    }
}

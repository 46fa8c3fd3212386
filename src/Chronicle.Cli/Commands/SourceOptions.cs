using System.CommandLine;
using Chronicle.Ingest.Sources;
using Chronicle.Input;

namespace Chronicle.Cli.Commands;

/// <summary>What <c>ingest</c> and <c>enqueue</c> both read: the paths and how sources are fetched,
/// so both verbs take the same inputs the same way.</summary>
public sealed class SourceOptions
{
    public Argument<string[]> Paths { get; } = new("path")
    {
        Description = "Files (.txt .html .htm .json .jsonl .xml .rss .atom, optionally .gz), folders (recursive), feed or page URLs.",
        Arity = ArgumentArity.OneOrMore,
    };
    public Option<long> MaxSize { get; } = new("--max-size") { Description = "Largest file, download or expanded .gz accepted, in bytes.", DefaultValueFactory = _ => TextInput.DefaultMaxBytes, HelpName = "BYTES" };
    public Option<bool> NoFetch { get; } = new("--no-fetch") { Description = "Do not fetch URLs (feed items then use the text the feed carries: its full content, else its description or summary)." };
    public Option<int> Timeout { get; } = new("--timeout") { Description = "Seconds to wait for a URL.", DefaultValueFactory = _ => 20 };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        foreach (var option in new Option[] { MaxSize, NoFetch, Timeout }) command.Options.Add(option);
    }

    /// <summary>The source units (folders expanded) and a reader for them; dispose the fetcher when done.</summary>
    public (IReadOnlyList<string> Units, SourceReader Reader, PageFetcher? Fetcher) Open(ParseResult parse)
    {
        long max = parse.GetValue(MaxSize);
        var fetcher = parse.GetValue(NoFetch) ? null : new PageFetcher(TimeSpan.FromSeconds(parse.GetValue(Timeout)), max);
        return (SourceReader.Units(parse.GetValue(Paths)!), new SourceReader(max, fetcher), fetcher);
    }
}

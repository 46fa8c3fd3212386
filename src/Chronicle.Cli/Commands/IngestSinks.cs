using System.CommandLine;
using Chronicle.Ingest.Sinks;
using Chronicle.Serialization;

namespace Chronicle.Cli.Commands;

/// <summary>Where <c>ingest</c> stores its analyses. Each store target is one option here and one
/// branch in <see cref="Open"/>; the ingest loop only sees <see cref="IAnalysisSink"/>.</summary>
public sealed class IngestSinks
{
    public Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = "Write Analysis JSON Lines to OUT (- = standard output, the default); duplicates are listed in OUT.duplicates.jsonl.",
        HelpName = "OUT.jsonl",
    };

    public IEnumerable<Option> Options => [Out];

    public IAnalysisSink Open(ParseResult parse) => JsonlAnalysisSink.Open(parse.GetValue(Out));
}

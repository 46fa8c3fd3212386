using System.CommandLine;
using Chronicle.Ingest.Sinks;
using Chronicle.Input;
using Chronicle.Serialization;

namespace Chronicle.Cli.Commands;

/// <summary>Where <c>ingest</c> stores its analyses: a JSON Lines file (--out), the SQLite store
/// (--db) or PostgreSQL (--pg). The ingest loop only sees <see cref="IAnalysisSink"/>.</summary>
public sealed class IngestSinks
{
    private readonly StoreOptions _store = new();

    public Option<string?> Out { get; } = new("--out", "-o")
    {
        Description = "Write Analysis JSON Lines to OUT (- = standard output, the default without --db/--pg); duplicates are listed in OUT.duplicates.jsonl.",
        HelpName = "OUT.jsonl",
    };

    public IEnumerable<Option> Options => [Out, _store.Db, _store.Pg];

    public IAnalysisSink Open(ParseResult parse)
    {
        int targets = (parse.GetValue(Out) is null ? 0 : 1) + (parse.GetValue(_store.Db) is null ? 0 : 1) + (parse.GetValue(_store.Pg) is null ? 0 : 1);
        if (targets > 1) throw new InputException("ingest", "give one of --out, --db or --pg");
        if (parse.GetValue(_store.Db) is not null || parse.GetValue(_store.Pg) is not null) return _store.Open(parse);
        return JsonlAnalysisSink.Open(parse.GetValue(Out));
    }
}

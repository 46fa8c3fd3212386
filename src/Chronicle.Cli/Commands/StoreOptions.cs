using System.CommandLine;
using Chronicle.Input;
using Chronicle.Store;

namespace Chronicle.Cli.Commands;

/// <summary>The options every store verb shares: where the store is (--db / --pg) and the event
/// filters (the same names as the API's query parameters).</summary>
public sealed class StoreOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "SQLite store file (created when missing).", HelpName = "FILE" };
    public Option<string?> Pg { get; } = new("--pg") { Description = "PostgreSQL connection string instead of --db (\"Host=...;Username=...;Database=...\").", HelpName = "CONNSTRING" };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Pg);
    }

    public IEventStore Open(ParseResult parse)
    {
        try
        {
            return StoreSinks.Open(parse.GetValue(Db), parse.GetValue(Pg));
        }
        catch (StoreException e)
        {
            throw new InputException(parse.GetValue(Pg) is null ? "--db" : "--pg", e.Message);
        }
    }
}

public sealed class EventFilterOptions
{
    private readonly Option<string?> actor = new("--actor") { Description = "Actor code prefix, as source or target (FRA, IRQGOV, IGOUNO).", HelpName = "CODE" };
    private readonly Option<string?> source = new("--source") { Description = "Source (acting) actor code prefix.", HelpName = "CODE" };
    private readonly Option<string?> target = new("--target") { Description = "Target actor code prefix.", HelpName = "CODE" };
    private readonly Option<string?> country = new("--country") { Description = "Country (alpha-3) of the source or target actor.", HelpName = "ISO3" };
    private readonly Option<string?> cameo = new("--cameo") { Description = "CAMEO event code or prefix (04, 0334).", HelpName = "CODE" };
    private readonly Option<string?> root = new("--root") { Description = "CAMEO root code, two digits (01-20).", HelpName = "NN" };
    private readonly Option<string?> quad = new("--quad") { Description = "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.", HelpName = "1-4" };
    private readonly Option<string?> plover = new("--plover") { Description = "PLOVER category (ASSAULT, AID, ...).", HelpName = "NAME" };
    private readonly Option<string?> from = new("--from") { Description = "Events on or after this date.", HelpName = "YYYY-MM-DD" };
    private readonly Option<string?> to = new("--to") { Description = "Events on or before this date.", HelpName = "YYYY-MM-DD" };
    private readonly Option<string?> place = new("--place") { Description = "Place name (part of it) or the location's country code.", HelpName = "NAME" };
    private readonly Option<string?> near = new("--near") { Description = "Events located within KM kilometres of LAT,LON (e.g. 48.85,2.35,50).", HelpName = "LAT,LON,KM" };
    private readonly Option<string?> article = new("--article") { Description = "Only events of this article id.", HelpName = "ID" };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { actor, source, target, country, cameo, root, quad, plover, from, to, place, near, article })
            command.Options.Add(option);
    }

    /// <summary>The filter, checked the way the API checks it; a bad value is a one-line error.</summary>
    public EventFilter Bind(ParseResult parse)
    {
        if (!FilterValidation.TryQuad(parse.GetValue(quad), out int? quadClass))
            throw new InputException("--quad", "quad class is 1-4");
        var filter = new EventFilter
        {
            Actor = parse.GetValue(actor), SourceActor = parse.GetValue(source), TargetActor = parse.GetValue(target),
            Country = parse.GetValue(country), Cameo = parse.GetValue(cameo), Root = parse.GetValue(root), QuadClass = quadClass,
            Plover = parse.GetValue(plover), From = parse.GetValue(from), To = parse.GetValue(to), Place = parse.GetValue(place),
            Near = parse.GetValue(near), ArticleId = parse.GetValue(article),
        };
        foreach (var (name, problems) in FilterValidation.Problems(filter))
            throw new InputException("--" + name, problems[0]);
        return filter;
    }
}

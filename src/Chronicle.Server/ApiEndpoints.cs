using System.Globalization;
using Chronicle.Serialization;
using Chronicle.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Chronicle.Server;

/// <summary>Query parameters of the event endpoints; all strings so that a bad value is answered
/// with a problem-details body naming the parameter, not a bare 400.</summary>
public sealed class EventParameters
{
    public string? Actor { get; set; }
    public string? Source { get; set; }
    public string? Target { get; set; }
    public string? Country { get; set; }
    public string? Cameo { get; set; }
    public string? Root { get; set; }
    public string? Quad { get; set; }
    public string? Plover { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Place { get; set; }
    public string? Near { get; set; }
    public string? Article { get; set; }
    public string? Cursor { get; set; }
    public string? Limit { get; set; }
}

/// <summary>The REST API: read endpoints over the store, one guarded write endpoint, health.</summary>
public static class ApiEndpoints
{
    public const int MaxLimit = 1000;

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/events", (IEventStore store, [AsParameters] EventParameters p) =>
            WithFilter(p, 100, (filter, limit) => Results.Ok(store.QueryEvents(filter, p.Cursor, limit))))
            .WithSummary("Events matching every filter given (actor/source/target code prefixes, country, CAMEO code prefix, root, quad 1-4, PLOVER, from/to dates, place, near=LAT,LON,KM, article), in storage order, with cursor pagination (no cap on the total).");
        api.MapGet("/actors", (IEventStore store, [AsParameters] EventParameters p) =>
            WithFilter(p, 100, (filter, limit) => Results.Ok(store.Actors(filter, limit))))
            .WithSummary("Actor codes in the matching events with their counts as source and target, most active first.");
        api.MapGet("/timeline", (IEventStore store, [AsParameters] EventParameters p, string? by) =>
            by is null or "day" or "month"
                ? WithFilter(p, 100, (filter, _) => Results.Ok(store.Timeline(filter, by == "month")))
                : Invalid("by", "by is day or month"))
            .WithSummary("Matching events counted by day (or month) and quad class.");
        api.MapGet("/network", (IEventStore store, [AsParameters] EventParameters p) =>
            WithFilter(p, 200, (filter, limit) => Results.Ok(store.Network(filter, limit))))
            .WithSummary("Who acts on whom: source and target actor codes with event counts and mean Goldstein score.");
        api.MapGet("/places", (IEventStore store, [AsParameters] EventParameters p) =>
            WithFilter(p, 500, (filter, limit) => Results.Ok(store.Places(filter, limit))))
            .WithSummary("Event locations with coordinates and event counts.");
        api.MapGet("/stories", (IEventStore store, [AsParameters] EventParameters p, string? q) =>
            WithFilter(p, 100, (filter, limit) => Results.Ok(store.QueryStories(new StoryFilter { Events = filter, Query = q }, p.Cursor, limit))))
            .WithSummary("Stories (articles about one developing happening, not merged away) with an event matching every event filter given and, with q, an article matching the words; newest last publication first, with cursor pagination.");
        api.MapGet("/stories/{id}", (IEventStore store, string id) =>
            long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long storyId) && store.GetStory(storyId) is { } story
                ? Results.Ok(story)
                : Results.Problem(statusCode: 404, title: "No such story", detail: $"no story with id \"{id}\" is stored"))
            .WithSummary("One story: its articles in publication order, its global events with every mention (outlet, trigger, loaded terms), the figures its articles disagree on and its merges. A merged-away id gives the story it went into.");
        api.MapGet("/quotes", (IEventStore store, string? speaker, string? speaker_code, string? q, string? article, string? cursor, string? limit) =>
        {
            if (ParseLimit(limit, 100) is not { } size) return LimitProblem();
            var filter = new QuoteFilter { Speaker = speaker, SpeakerCode = speaker_code, Text = q, ArticleId = article };
            return Guard(() => Results.Ok(store.QueryQuotes(filter, cursor, size)));
        }).WithSummary("Quotes with their speakers, by speaker name (substring), speaker code prefix, words (q, full text) or article.");
        api.MapGet("/search", (IEventStore store, string? q, string? limit, string? offset) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return Invalid("q", "give the words to search for: /api/search?q=...");
            if (ParseLimit(limit, 20) is not { } size) return LimitProblem();
            int skip = 0;
            if (offset is not null && !int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out skip)) return Invalid("offset", "offset is a whole number");
            return Results.Ok(store.SearchArticles(q, size, skip));
        }).WithSummary("Full-text search over article titles and text, best match first, with snippets whose matching words are marked.");
        api.MapGet("/articles", (IEventStore store, string? cursor, string? limit) =>
            ParseLimit(limit, 100) is { } size ? Guard(() => Results.Ok(store.ListArticles(cursor, size))) : LimitProblem())
            .WithSummary("Stored articles (id, title, dates, event and quote counts) in storage order, with cursor pagination.");
        // Catch-all so that ids with slashes (URLs, paths) work; Kestrel leaves %2F encoded, hence the unescape.
        api.MapGet("/articles/{**id}", (IEventStore store, string id) =>
            store.GetArticle(Uri.UnescapeDataString(id)) is { } analysis
                ? Results.Text(AnalysisJson.Serialize(analysis), "application/json; charset=utf-8")
                : Results.Problem(statusCode: 404, title: "No such article", detail: $"no article with id \"{id}\" is stored"))
            .WithSummary("One article: its text and every annotation (the Analysis JSON of DESIGN.md section 3).");
        api.MapPost("/articles", (HttpContext context, ApiKeyCheck key, ArticleAnalyzer analyzer) => Submit(context, key, analyzer))
            .WithSummary("Analyze one article and store it (replacing one with the same id). Body: {\"id\", \"text\" or \"html\", \"published\", \"title\", \"source\", \"url\"}. Needs the X-Api-Key header.");
        api.MapGet("/stats", (IEventStore store) => Results.Ok(store.Counts())).WithSummary("How many articles, events, quotes, entities and duplicates the store holds.");
        app.MapGet("/health", (IEventStore store) =>
        {
            var counts = store.Counts(); // touches the database: a broken store is not healthy
            return Results.Ok(new { Status = "ok", Store = store.Kind, Schema = store.SchemaVersion, counts.Articles, counts.Events });
        }).WithSummary("Liveness and store reachability.");
    }

    private static async Task<IResult> Submit(HttpContext context, ApiKeyCheck key, ArticleAnalyzer analyzer)
    {
        if (!key.Allows(context.Request.Headers["X-Api-Key"]))
            return Results.Problem(statusCode: 401, title: "API key required",
                detail: key.Configured ? "send the server's API key in the X-Api-Key header" : "this server has no API key configured (Chronicle__ApiKey), so it accepts no articles");
        var body = await ReadBody(context.Request);
        if (body is null) return Results.Problem(statusCode: 413, title: "Article too large", detail: $"the request body is over {ArticleAnalyzer.MaxBytes} bytes");
        var outcome = analyzer.AnalyzeAndStore(body);
        if (outcome.Problem is { } problem) return Invalid("body", problem);
        var a = outcome.Analysis!;
        return Results.Created($"/api/articles/{Uri.EscapeDataString(a.Id!)}",
            new { a.Id, Entities = a.Entities.Count, Quotes = a.Quotes.Count, Dates = a.Dates.Count, Events = a.Events.Count });
    }

    private static async Task<string?> ReadBody(HttpRequest request)
    {
        if (request.ContentLength > ArticleAnalyzer.MaxBytes) return null;
        using var reader = new StreamReader(request.Body);
        var buffer = new char[ArticleAnalyzer.MaxBytes + 1];
        int total = 0, read;
        while (total < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(total))) > 0) total += read;
        return total > ArticleAnalyzer.MaxBytes ? null : new string(buffer, 0, total);
    }

    private static IResult WithFilter(EventParameters p, int defaultLimit, Func<EventFilter, int, IResult> run)
    {
        if (!FilterValidation.TryQuad(p.Quad, out int? quad)) return Invalid("quad", "quad class is a number, 1-4");
        if (ParseLimit(p.Limit, defaultLimit) is not { } limit) return LimitProblem();
        var filter = new EventFilter
        {
            Actor = p.Actor, SourceActor = p.Source, TargetActor = p.Target, Country = p.Country, Cameo = p.Cameo, Root = p.Root,
            QuadClass = quad, Plover = p.Plover, From = p.From, To = p.To, Place = p.Place, Near = p.Near, ArticleId = p.Article,
        };
        var problems = FilterValidation.Problems(filter);
        if (problems.Count > 0) return Results.ValidationProblem(problems, title: "Bad query parameters");
        return Guard(() => run(filter, limit));
    }

    /// <summary>A bad cursor surfaces from the store as a StoreException; it is the caller's mistake.</summary>
    private static IResult Guard(Func<IResult> run)
    {
        try
        {
            return run();
        }
        catch (StoreException e)
        {
            return Invalid("cursor", e.Message);
        }
    }

    private static int? ParseLimit(string? text, int fallback) =>
        text is null ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= MaxLimit ? n : null;

    private static IResult LimitProblem() => Invalid("limit", $"limit is a whole number from 1 to {MaxLimit} (page on with the cursor)");

    private static IResult Invalid(string parameter, string problem) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [problem] }, title: "Bad request");
}

using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Serialization;

/// <summary>The Analysis JSON of DESIGN.md section 3, property order as in the contract.</summary>
public sealed class Analysis
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    /// <summary>Which part of a feed item the text is (<see cref="DocumentMetadata.TextSource"/>); omitted for other inputs.</summary>
    public string? TextSource { get; set; }
    public required string Language { get; set; }
    public required SortedDictionary<string, string> Models { get; set; }
    public required string Text { get; set; }
    public required List<SentenceJson> Sentences { get; set; }
    public required List<Entity> Entities { get; set; }
    public required List<Quote> Quotes { get; set; }
    public required List<TimeExpression> Dates { get; set; }
    public required List<Quantity> Quantities { get; set; }
    public required List<EventRecord> Events { get; set; }
    public required Framing Framing { get; set; }
    /// <summary>Tokens with their tags and dependency parse; only with <c>--with-parse</c>.</summary>
    public List<TokenJson>? Tokens { get; set; }
    /// <summary>Components that failed on this article (their layers are empty or partial); absent when none did.</summary>
    public List<ComponentError>? Errors { get; set; }
    /// <summary>What ingest analyzed this from (<see cref="Chronicle.Input.ContentHash"/>); kept by the store beside
    /// the article, not part of the Analysis JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ContentHash { get; set; }

    public static Analysis From(Document doc, bool withTokens = false)
    {
        var m = doc.Metadata;
        var analysis = new Analysis
        {
            Id = m.Id,
            Title = m.Title,
            Source = m.Source,
            Url = m.Url,
            Published = m.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TextSource = m.TextSource,
            Language = doc.Language,
            Models = doc.Models,
            Text = doc.Text,
            Sentences = doc.Sentences.Select(s => new SentenceJson(s.Start, s.End)).ToList(),
            Entities = doc.Entities,
            Quotes = doc.Quotes,
            Dates = doc.Dates,
            Quantities = doc.Quantities,
            Events = doc.Events,
            Framing = doc.Framing,
            Errors = doc.Errors.Count > 0 ? doc.Errors : null,
        };
        if (withTokens) analysis.Tokens = TokensOf(doc);
        return analysis;
    }

    private static List<TokenJson> TokensOf(Document doc)
    {
        var list = new List<TokenJson>(doc.Tokens.Length);
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            var t = doc.Tokens[i];
            list.Add(new TokenJson(t.Start, t.End, doc.TokenText(i), doc.PartOfSpeech?[i], doc.Chunks?[i],
                doc.NamedEntityTags?[i], doc.Heads?[i], doc.DependencyRelations?[i]));
        }
        return list;
    }
}

public sealed record SentenceJson(int Start, int End);

public sealed record TokenJson(int Start, int End, string Text, string? Pos, string? Chunk, string? Ner, int? Head, string? Deprel);

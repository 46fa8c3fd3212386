using System.Text;
using System.Text.Json;
using Chronicle.Input;

namespace Chronicle.Ingest.Sources;

/// <summary>
/// Turns the paths given to <c>ingest</c> into articles: files (.txt .html .htm .json .jsonl
/// .xml .rss .atom, each optionally .gz), folders (recursively, in ordinal name order so runs are
/// repeatable), RSS/Atom feeds (files or URLs) and web pages by URL. Every problem becomes a failed
/// item with its reason; nothing here stops the batch.
/// </summary>
public sealed class SourceReader(long maxBytes, PageFetcher? fetcher)
{
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".xml", ".rss", ".atom"];

    /// <summary>Expands folders into their files; URLs and files stay as they are.</summary>
    public static IReadOnlyList<string> Units(IEnumerable<string> paths)
    {
        var units = new List<string>();
        foreach (var path in paths)
        {
            if (!PageFetcher.IsUrl(path) && Directory.Exists(path))
                units.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsSupported).Order(StringComparer.Ordinal));
            else
                units.Add(path);
        }
        return units;
    }

    public static bool IsSupported(string file)
    {
        var name = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file;
        return Extensions.Contains(Path.GetExtension(name).ToLowerInvariant());
    }

    /// <summary>The articles of one unit (a file or a URL).</summary>
    public IEnumerable<IngestItem> Read(string unit)
    {
        IReadOnlyList<IngestItem> items;
        try
        {
            items = PageFetcher.IsUrl(unit) ? ReadUrl(unit) : ReadFile(unit);
        }
        catch (InputException e)
        {
            items = [IngestItem.Failed(unit, e.Input, e.Problem)];
        }
        return items;
    }

    private IReadOnlyList<IngestItem> ReadUrl(string url)
    {
        if (fetcher is null) throw new InputException(url, "fetching URLs is turned off (--no-fetch)");
        var (bytes, charset, mediaType) = fetcher.Fetch(url);
        if (GzipInput.IsGzip(bytes)) bytes = GzipInput.Expand(url, bytes, maxBytes);
        var text = TextDecoding.Decode(url, bytes, charset);
        if (mediaType is not null && (mediaType.Contains("rss") || mediaType.Contains("atom")) || FeedSource.LooksLikeFeed(text))
            return FeedSource.Read(url, text, FetchPage);
        return [new IngestItem(url, url) { Content = text, IsHtml = HtmlSniffer.LooksLikeHtml(text) || mediaType is "text/html", Url = url }];
    }

    private IngestItem FetchPage(string url)
    {
        try
        {
            var items = ReadUrl(url);
            return items.Count == 1 ? items[0] : IngestItem.Failed(url, url, "feed link leads to another feed, not an article");
        }
        catch (InputException e)
        {
            return IngestItem.Failed(url, e.Input, e.Problem);
        }
    }

    private IReadOnlyList<IngestItem> ReadFile(string path)
    {
        var bytes = TextInput.ReadFileBytes(path, maxBytes);
        var name = path;
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || GzipInput.IsGzip(bytes))
        {
            bytes = GzipInput.Expand(path, bytes, maxBytes);
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        }
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var id = Path.ChangeExtension(name, null); // the path names the article uniquely within a run
        if (extension is ".jsonl" or ".json") return ReadJson(path, bytes);
        var text = TextDecoding.Decode(path, bytes);
        if (extension is ".xml" or ".rss" or ".atom" || FeedSource.LooksLikeFeed(text))
            return FeedSource.Read(path, text, fetcher is null ? null : FetchPage);
        bool isHtml = extension is ".html" or ".htm" or ".xhtml" || HtmlSniffer.LooksLikeHtml(text);
        return [new IngestItem(id, path) { Content = text, IsHtml = isHtml }];
    }

    /// <summary>JSON Lines (one record a line), or a .json file holding one record or an array of them.</summary>
    private static IReadOnlyList<IngestItem> ReadJson(string path, byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(path, $"invalid UTF-8 at byte {e.Index} (JSON must be UTF-8)");
        }
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var lines = new List<(string Where, string Json)>();
        if (trimmed.StartsWith('['))
        {
            try
            {
                using var array = JsonDocument.Parse(trimmed);
                int n = 0;
                foreach (var element in array.RootElement.EnumerateArray()) lines.Add(($"{path} record {++n}", element.GetRawText()));
            }
            catch (JsonException e)
            {
                throw new InputException(path, $"malformed JSON array ({e.Message.Split(". ")[0]})");
            }
        }
        else
        {
            int n = 0;
            foreach (var line in trimmed.Split('\n'))
            {
                n++;
                if (!string.IsNullOrWhiteSpace(line)) lines.Add(($"{path} line {n}", line));
            }
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && lines.Count > 1 && trimmed.StartsWith('{') && !trimmed.Split('\n')[0].TrimEnd().EndsWith('}'))
                lines = [($"{path}", trimmed)]; // one pretty-printed JSON object
        }
        var items = new List<IngestItem>(lines.Count);
        foreach (var (where, json) in lines)
        {
            try
            {
                items.Add(IngestItem.From(JsonlRecord.Parse(where, json), where));
            }
            catch (InputException e)
            {
                items.Add(IngestItem.Failed(where, e.Input, e.Problem));
            }
        }
        return items;
    }
}

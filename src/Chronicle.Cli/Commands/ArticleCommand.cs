using System.CommandLine;
using System.Text;
using Chronicle.Ingest.Html;
using Chronicle.Ingest.Sources;
using Chronicle.Input;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle article</c>: main-content extraction, one page or JSON Lines of pages.</summary>
public static class ArticleCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "HTML page (any encoding: BOM, <meta charset> or detection). Use - for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Read JSON Lines ({\"id\", \"html\", \"url\"} per line; - = stdin) and write one {\"id\",\"title\",\"text\",\"published\",\"author\",\"site\"} object per line.",
            HelpName = "IN",
        };
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the output (default: standard output).", HelpName = "OUT" };
        var url = new Option<string?>("--url") { Description = "The page's address (helps find the date and site name)." };
        var method = new Option<ExtractionMethod>("--method") { Description = "Extraction algorithm: Chronicle (default) or SmartReader (Readability port), for comparison." };
        var maxSize = new Option<long>("--max-size") { Description = "Largest page accepted, in bytes.", DefaultValueFactory = _ => TextInput.DefaultMaxBytes, HelpName = "BYTES" };
        var command = new Command("article",
            "Find the article in an HTML page: title, text (one paragraph a line), published date, author, site.\n\n" +
            "Examples:\n  chronicle article page.html\n  chronicle article --jsonl pages.jsonl --out articles.jsonl")
        {
            file, jsonl, output, url, method, maxSize,
        };
        command.SetAction(parse =>
        {
            var extractor = new ArticleExtractor(parse.GetValue(method));
            try
            {
                if (parse.GetValue(jsonl) is { } jsonlPath)
                {
                    if (parse.GetValue(file) is { } both) throw new InputException(both, "give either FILE or --jsonl IN, not both");
                    return RunJsonl(jsonlPath, parse.GetValue(output), extractor, parse.GetValue(maxSize));
                }
                var path = parse.GetValue(file) ?? throw new InputException("article", "no input: give FILE, - for standard input, or --jsonl IN");
                var bytes = path == "-" ? ReadAll(Console.OpenStandardInput(), parse.GetValue(maxSize)) : TextInput.ReadFileBytes(path, parse.GetValue(maxSize));
                var article = extractor.Extract(TextDecoding.Decode(path, bytes), parse.GetValue(url));
                if (article.Text.Length == 0) throw new InputException(path, "no article text found in the HTML page");
                using var writer = OutputWriter.Open(parse.GetValue(output));
                writer.WriteLine(ArticleJson.Serialize(ArticleJsonObject.From(path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path), article), indented: true));
                return 0;
            }
            catch (InputException e)
            {
                return CliErrors.Report(e);
            }
        });
        return command;
    }

    /// <summary>One output line per input line, in order; a page without an article is reported and
    /// written with empty text so that ids stay aligned.</summary>
    private static int RunJsonl(string inputPath, string? outputPath, ArticleExtractor extractor, long maxBytes)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        if (inputPath != "-" && !File.Exists(inputPath)) throw new InputException(inputPath, "no such file");
        using var reader = inputPath == "-" ? new StreamReader(Console.OpenStandardInput(), strict) : new StreamReader(inputPath, strict);
        using var writer = OutputWriter.Open(outputPath);
        int lineNumber = 0, failed = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = $"{inputPath} line {lineNumber}";
            try
            {
                if (line.Length > maxBytes) throw new InputException(where, $"record is over the {maxBytes} byte limit (see --max-size)");
                var record = JsonlRecord.Parse(where, line);
                if (record.Html is null) throw new InputException(where, $"record \"{record.Id}\" has no \"html\"");
                var article = extractor.Extract(record.Html, record.Url);
                if (article.Text.Length == 0) { CliErrors.Report(new InputException(where, $"record \"{record.Id}\": no article text found in the HTML page")); failed++; }
                writer.WriteLine(ArticleJson.Serialize(ArticleJsonObject.From(record.Id, article)));
            }
            catch (InputException e)
            {
                CliErrors.Report(e);
                failed++;
            }
        }
        writer.Flush();
        if (failed > 0) Console.Error.WriteLine($"chronicle: {inputPath}: {failed} of {lineNumber} lines failed");
        return failed > 0 ? CliErrors.BadInput : 0;
    }

    internal static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        for (int read; (read = stream.Read(chunk, 0, chunk.Length)) > 0;)
        {
            if (buffer.Length + read > maxBytes) throw new InputException("-", $"standard input is over the {maxBytes} byte limit (see --max-size)");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

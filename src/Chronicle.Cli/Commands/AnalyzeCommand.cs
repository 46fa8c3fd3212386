using System.CommandLine;
using System.Text;
using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle analyze</c>: one article to one Analysis JSON, or JSON Lines to JSON Lines.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file")
        {
            Description = "Article to analyze: plain text or an HTML page (decided by its content). Use - for standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Read JSON Lines instead ({\"id\", \"text\" or \"html\", \"published\", \"title\", \"source\", \"url\"} per line; - = stdin) " +
                          "and write one Analysis JSON object per line, in the same order with the same id.",
            HelpName = "IN",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Where to write the output (default: standard output; - = standard output).",
            HelpName = "OUT",
        };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (YYYY-MM-DD). Relative dates (\"Saturday\", \"last month\") are resolved against it.",
            HelpName = "YYYY-MM-DD",
        };
        var title = new Option<string?>("--title") { Description = "Article title, kept in the output.", HelpName = "T" };
        var id = new Option<string?>("--id") { Description = "Document id for the output (default: the file name without extension)." };
        var offsets = new Option<string>("--offsets")
        {
            Description = "Unit of every start/end: utf16 (code units, the default; C#, Java, JavaScript) or codepoint (Unicode code points; Python).",
            DefaultValueFactory = _ => "utf16",
            HelpName = "utf16|codepoint",
        };
        offsets.AcceptOnlyFromAmong("utf16", "codepoint");
        var withParse = new Option<bool>("--with-parse") { Description = "Also write every token with its tags and dependency head (\"tokens\")." };
        var maxSize = new Option<long>("--max-size")
        {
            Description = "Largest input accepted, in bytes (a bigger file is refused with an error).",
            DefaultValueFactory = _ => TextInput.DefaultMaxBytes,
            HelpName = "BYTES",
        };

        var actors = new Option<string[]>("--actors")
        {
            Description = "Actor dictionaries in PETRARCH2's format (phrases, synonyms, date-bounded codes), loaded on top of Chronicle's own actor phrases.",
            HelpName = "FILE", AllowMultipleArgumentsPerToken = true,
        };
        var agents = new Option<string[]>("--agents")
        {
            Description = "Agent dictionaries in PETRARCH2's format (role nouns such as MINISTER [~GOV]), loaded on top of Chronicle's own.",
            HelpName = "FILE", AllowMultipleArgumentsPerToken = true,
        };
        var verbs = new Option<string?>("--verbs")
        {
            Description = "A verb dictionary in PETRARCH2's format (verb blocks, synsets, patterns); its verbs take precedence over Chronicle's event lexicon.",
            HelpName = "FILE",
        };

        var command = new Command("analyze",
            "Analyze news articles: sentences, entities with actor codes, quotes and speakers, dates, quantities, " +
            "CAMEO events and framing, as Analysis JSON (DESIGN.md section 3) with character offsets into the text.\n\n" +
            "Examples:\n" +
            "  chronicle analyze article.txt --published 2021-08-29\n" +
            "  chronicle analyze --jsonl articles.jsonl --out analyses.jsonl\n" +
            "  cat articles.jsonl | chronicle analyze --jsonl - > analyses.jsonl")
        {
            file, jsonl, output, published, title, id, withParse, offsets, maxSize, actors, agents, verbs,
        };

        command.SetAction(parse =>
        {
            var jsonlPath = parse.GetValue(jsonl);
            var filePath = parse.GetValue(file);
            try
            {
                var settings = new AnalyzeSettings(parse.GetValue(output), parse.GetValue(withParse), parse.GetValue(maxSize),
                    EventDictionaries.Load(parse.GetValue(actors), parse.GetValue(agents), parse.GetValue(verbs)),
                    parse.GetValue(offsets) == "codepoint");
                if (jsonlPath is not null)
                {
                    if (filePath is not null) throw new InputException(filePath, "give either FILE or --jsonl IN, not both");
                    return JsonlAnalysis.Run(jsonlPath, settings);
                }
                if (filePath is null) throw new InputException("analyze", "no input: give FILE, - for standard input, or --jsonl IN");
                var metadata = new DocumentMetadata
                {
                    Id = parse.GetValue(id) ?? (filePath == "-" ? "stdin" : Path.GetFileNameWithoutExtension(filePath)),
                    Title = parse.GetValue(title),
                    Published = parse.GetValue(published) is { } p ? JsonlRecord.ParsePublished("--published", p) : null,
                };
                return AnalyzeOne(filePath, metadata, settings);
            }
            catch (InputException e)
            {
                return CliErrors.Report(e);
            }
        });
        return command;
    }

    private static int AnalyzeOne(string path, DocumentMetadata metadata, AnalyzeSettings settings)
    {
        string content = path == "-" ? ReadStdin(settings.MaxBytes) : ReadFile(path, settings.MaxBytes);
        var analyzer = new Analyzer(ChroniclePipeline.CreateDefault(eventResources: settings.EventResources), new Chronicle.Ingest.Html.HtmlAnalysis());
        var document = analyzer.Analyze(path, content, metadata);
        bool failed = CliErrors.ReportDiagnostics(path, document);
        var analysis = Analysis.From(document, settings.WithParse);
        using var writer = OutputWriter.Open(settings.Output);
        settings.WriteLine(writer, analysis, indented: true);
        return failed ? CliErrors.ComponentFailed : 0;
    }

    /// <summary>Plain text must be UTF-8; an HTML page is decoded by its declared or detected
    /// charset, as a browser would (pages in Windows-1252 are common).</summary>
    private static string ReadFile(string path, long maxBytes)
    {
        var bytes = TextInput.ReadFileBytes(path, maxBytes);
        var head = System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        return HtmlSniffer.LooksLikeHtml(head) ? Chronicle.Ingest.Sources.TextDecoding.Decode(path, bytes) : TextInput.DecodeText(path, bytes);
    }

    private static string ReadStdin(long maxBytes)
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stdin.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new InputException("-", $"standard input is over the {maxBytes} byte limit (see --max-size)");
            buffer.Write(chunk, 0, read);
        }
        return TextInput.DecodeText("-", buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}

public sealed record AnalyzeSettings(string? Output, bool WithParse, long MaxBytes, Chronicle.Events.EventResources? EventResources = null,
    bool CodePointOffsets = false)
{
    /// <summary>Analysis JSON in the offset unit asked for (docs/contracts.md).</summary>
    public string Serialize(Analysis analysis, bool indented)
    {
        var json = AnalysisJson.Serialize(analysis, indented);
        return CodePointOffsets ? Chronicle.Serialization.CodePointOffsets.Convert(json, analysis.Text, indented) : json;
    }

    /// <summary>The analysis and a newline. Streamed to the output's bytes unless offsets are converted
    /// (that rewrite needs the whole JSON text).</summary>
    public void WriteLine(StreamWriter writer, Analysis analysis, bool indented)
    {
        if (CodePointOffsets)
        {
            writer.WriteLine(Serialize(analysis, indented));
            return;
        }
        writer.Flush();
        AnalysisJson.Write(writer.BaseStream, analysis, indented);
        writer.WriteLine();
    }
}

/// <summary>Opens the output named by --out (stdout when absent or -), UTF-8 without BOM.</summary>
public static class OutputWriter
{
    public static StreamWriter Open(string? path)
    {
        var encoding = new UTF8Encoding(false);
        if (path is null or "-")
            return new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16) { AutoFlush = false, NewLine = "\n" };
        try
        {
            return new StreamWriter(path, append: false, encoding, 1 << 16) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new InputException(path, $"cannot write output ({e.Message})");
        }
    }
}

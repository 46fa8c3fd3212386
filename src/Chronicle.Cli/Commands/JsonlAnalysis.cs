using System.Text;
using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Text;

namespace Chronicle.Cli.Commands;

/// <summary>Streams JSON Lines through the pipeline one record at a time (bounded memory): a bad
/// line is reported with its number and the batch goes on; the exit code says whether any failed.</summary>
public static class JsonlAnalysis
{
    public static int Run(string inputPath, AnalyzeSettings settings)
    {
        using var reader = OpenInput(inputPath);
        using var writer = OutputWriter.Open(settings.Output);
        var analyzer = new Analyzer(ChroniclePipeline.CreateDefault(eventResources: settings.EventResources), new Chronicle.Ingest.Html.HtmlAnalysis());
        int lineNumber = 0, failed = 0, withErrors = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException e)
            {
                CliErrors.Report(new InputException(inputPath, $"line {lineNumber + 1}: invalid UTF-8 at byte {e.Index}; the rest of the file was not read"));
                return CliErrors.BadInput;
            }
            if (line is null) break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = $"{inputPath} line {lineNumber}";
            try
            {
                if (line.Length > settings.MaxBytes) throw new InputException(where, $"record is over the {settings.MaxBytes} byte limit (see --max-size)");
                var record = JsonlRecord.Parse(where, line);
                var metadata = new DocumentMetadata
                {
                    Id = record.Id, Title = record.Title, Source = record.Source, Url = record.Url, Published = record.Published,
                };
                bool isHtml = record.Text is null;
                var content = record.Text ?? record.Html!;
                if (string.IsNullOrWhiteSpace(content)) throw new InputException(where, $"record \"{record.Id}\" has empty text");
                var document = analyzer.Analyze(where, content, metadata, isHtml);
                if (CliErrors.ReportDiagnostics(where, document)) withErrors++;
                settings.WriteLine(writer, Analysis.From(document, settings.WithParse), indented: false);
            }
            catch (InputException e)
            {
                CliErrors.Report(e);
                failed++;
            }
        }
        writer.Flush();
        if (failed > 0) Console.Error.WriteLine($"chronicle: {inputPath}: {failed} of {lineNumber} lines failed");
        if (withErrors > 0) Console.Error.WriteLine($"chronicle: {inputPath}: {withErrors} of {lineNumber} lines written with component errors");
        return CliErrors.BatchExitCode(failed, withErrors);
    }

    private static StreamReader OpenInput(string path)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        if (path == "-") return new StreamReader(Console.OpenStandardInput(), strict, detectEncodingFromByteOrderMarks: true);
        if (Directory.Exists(path)) throw new InputException(path, "is a directory, not a file");
        if (!File.Exists(path)) throw new InputException(path, "no such file");
        return new StreamReader(path, strict, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
    }
}

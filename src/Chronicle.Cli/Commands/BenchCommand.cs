using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Chronicle.Input;
using Chronicle.Pipeline;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle bench</c>: single-thread throughput of each stage on a corpus, model load time and
/// peak memory. Each row is a <see cref="BenchRow"/>: a stage that later components (parser, the
/// whole pipeline) add by appending one row in <see cref="Rows"/>.
/// </summary>
public static class BenchCommand
{
    /// <summary>One measured stage: prepares documents (untimed), then runs on them (timed).</summary>
    public sealed record BenchRow(string Name, Action<Document> Prepare, Action<Document> Run);

    private const double WarmUpSeconds = 1.0;
    private const string WholePipeline = "whole pipeline";

    /// <summary>Runs of non-white-space characters: the words of the speed targets (spaCy's and the issue's words/s).</summary>
    private static long WhitespaceWords(string text)
    {
        long words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    public static Command Create()
    {
        var file = new Argument<string?>("file")
        {
            Description = "Corpus: a plain-text file (one document), a folder (one document per file), or a .jsonl file of {\"text\": ...} lines "
                + "(one document per line); default: the text of ../shared/data/conll2003/eng.testa rejoined, one document per -DOCSTART-.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var seconds = new Option<double>("--seconds") { Description = "Minimum timed seconds per row.", DefaultValueFactory = _ => 2.0 };
        var command = new Command("bench", "Throughput (tokens/s, one thread) of tokenization, POS, chunks, NER, parsing and the whole pipeline; model load time; peak memory. "
            + "'bench stories' times story assignment and event linking instead.") { file, seconds };
        command.Subcommands.Add(BenchStoriesCommand.Create());
        command.SetAction(parse =>
        {
            try
            {
                var texts = LoadCorpus(parse.GetValue(file));
                if (texts.Count == 0) throw new InputException(parse.GetValue(file) ?? "corpus", "no documents to measure (a folder is read one file per document, without subfolders)");
                Run(texts, parse.GetValue(seconds));
                return 0;
            }
            catch (InputException e) { return CliErrors.Report(e); }
        });
        return command;
    }

    private static List<string> LoadCorpus(string? path)
    {
        if (path is not null && Directory.Exists(path))
            return Directory.GetFiles(path).Order(StringComparer.Ordinal).Select(f => TextInput.ReadFile(f)).ToList();
        if (path is not null && path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            return File.ReadLines(path).Where(l => l.Length > 0).Select((line, i) => TextOfLine(path, line, i + 1)).ToList();
        if (path is not null) return [TextInput.ReadFile(path)];
        const string defaultCorpus = "../shared/data/conll2003/eng.testa";
        if (!File.Exists(defaultCorpus)) throw new InputException(defaultCorpus, "default corpus not found; give a FILE");
        // Rejoin tokens with spaces and sentences with newlines: the tokenizer then works on real text.
        return ConllFile.Read(defaultCorpus).Documents.Select(d => d.Document.Text).ToList();
    }

    private static string TextOfLine(string path, string line, int number)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            if (json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.RootElement.TryGetProperty("text", out var text) && text.ValueKind == System.Text.Json.JsonValueKind.String)
                return text.GetString()!;
        }
        catch (System.Text.Json.JsonException) { }
        throw new InputException($"{path} line {number}", "not a JSON object with a \"text\" string");
    }

    private static IEnumerable<BenchRow> Rows(TaggingStack stack)
    {
        yield return new BenchRow("tokenize+sentences", _ => { }, d =>
        {
            d.SetTokens(Tokenizer.Tokenize(d.Text));
            d.SetSentences(SentenceSplitter.Split(d.Text, d.Tokens));
        });
        yield return new BenchRow("pos", _ => { }, d => stack.PartOfSpeech.Tag(d, d.PartOfSpeech!));
        yield return new BenchRow("chunks", d => stack.PartOfSpeech.Tag(d, d.PartOfSpeech!), d => stack.Chunks.Tag(d, d.Chunks!));
        yield return new BenchRow("ner", d => { stack.PartOfSpeech.Tag(d, d.PartOfSpeech!); stack.Chunks.Tag(d, d.Chunks!); },
                                  d => stack.NamedEntities.Tag(d, d.NamedEntityTags!));
        yield return new BenchRow("pos+chunks+ner", _ => { }, stack.Tag);
        if (Chronicle.Parsing.DependencyParserComponent.TryCreate(ModelCatalog.Default) is { } parser)
            yield return new BenchRow("parse", stack.Tag, parser.Process);
        // The whole default pipeline on fresh documents: every stage, as `analyze` runs it.
        var pipeline = ChroniclePipeline.CreateDefault();
        yield return new BenchRow(WholePipeline, _ => { }, d => pipeline.Process(new Document(d.Text)));
    }

    /// <summary>The whole pipeline again, timed component by component: which stage to make faster.</summary>
    private static string ComponentShares(List<string> texts, double minSeconds)
    {
        var pipeline = ChroniclePipeline.CreateDefault();
        var ticks = new long[pipeline.Components.Count];
        var bytes = new long[pipeline.Components.Count];
        var warm = Stopwatch.StartNew();
        do foreach (var t in texts) pipeline.Process(new Document(t));
        while (warm.Elapsed.TotalSeconds < WarmUpSeconds);
        var watch = Stopwatch.StartNew();
        long done = 0;
        while (watch.Elapsed.TotalSeconds < minSeconds)
            foreach (var t in texts) done += pipeline.Process(new Document(t), ticks, bytes).Tokens.Length;
        long total = ticks.Sum();
        var output = new StringBuilder($"whole pipeline by component (wall time, {done} tokens):\n");
        for (int i = 0; i < ticks.Length; i++)
        {
            double micros = ticks[i] * 1e6 / Stopwatch.Frequency / done;
            output.AppendLine($"  {pipeline.Components[i].Name,-18} {micros,8:F2} µs/token {100.0 * ticks[i] / total,6:F1}% {bytes[i] / (double)done,8:F0} bytes/token allocated");
        }
        return output.ToString();
    }

    private static void Run(List<string> texts, double minSeconds)
    {
        using var me = Process.GetCurrentProcess();
        var loadCpu = me.TotalProcessorTime;
        var load = Stopwatch.StartNew();
        TaggingStack stack;
        try { stack = TaggingStack.Load(ModelCatalog.Default); }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException) { throw new InputException("models", e.Message); }
        load.Stop();
        me.Refresh();
        loadCpu = me.TotalProcessorTime - loadCpu;
        var parserLoad = Stopwatch.StartNew();
        var parserModel = Chronicle.Parsing.DependencyParserComponent.TryCreate(ModelCatalog.Default);
        parserModel?.Process(new Document("Load.") { Language = "en" }); // the model loads on first use
        parserLoad.Stop();

        var documents = texts.Select(t =>
        {
            var d = new Document(t) { Language = "en" };
            d.SetTokens(Tokenizer.Tokenize(t));
            d.SetSentences(SentenceSplitter.Split(t, d.Tokens));
            d.PartOfSpeech = new string[d.Tokens.Length];
            d.Chunks = new string[d.Tokens.Length];
            d.NamedEntityTags = new string[d.Tokens.Length];
            return d;
        }).ToList();
        long tokens = documents.Sum(d => (long)d.Tokens.Length);
        long words = texts.Sum(WhitespaceWords);
        if (tokens == 0) throw new InputException("corpus", "its documents hold no tokens to measure");
        var output = new StringBuilder();
        output.AppendLine($"corpus: {documents.Count} documents, {tokens} tokens, {words} words (as `wc -w` counts them); one thread; {Environment.ProcessorCount} cores visible");
        output.AppendLine($"model load (pos, chunks, ner): {load.Elapsed.TotalMilliseconds:F0} ms wall, {loadCpu.TotalMilliseconds:F0} ms CPU; "
            + $"parser {(parserModel is null ? "absent" : $"{parserLoad.Elapsed.TotalMilliseconds:F0} ms wall")}");
        // CPU seconds as well as wall seconds: on a shared machine the wall clock also counts the
        // time other processes held the core; tokens per CPU second is this code's own speed.
        output.AppendLine($"{"stage",-20} {"tokens/s wall",14} {"tokens/s CPU",14} {"µs/token CPU",14}");
        foreach (var row in Rows(stack))
        {
            foreach (var d in documents) row.Prepare(d);
            // Warm-up for at least a second: tiered JIT replaces first-pass code only after a few hundred
            // milliseconds of calls, and a row measured before that reports the compiler, not the code.
            var warm = Stopwatch.StartNew();
            do foreach (var d in documents) row.Run(d);
            while (warm.Elapsed.TotalSeconds < WarmUpSeconds);
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            long done = 0;
            while (watch.Elapsed.TotalSeconds < minSeconds)
                foreach (var d in documents) { row.Run(d); done += d.Tokens.Length; }
            double wall = done / watch.Elapsed.TotalSeconds;
            self.Refresh();
            double cpu = done / (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            output.AppendLine($"{row.Name,-20} {wall,14:N0} {cpu,14:N0} {1000_000.0 / cpu,14:F2}");
            if (row.Name == WholePipeline)
                output.AppendLine($"{"  in words/s",-20} {wall * words / tokens,14:N0} {cpu * words / tokens,14:N0}");
        }
        output.Append(ComponentShares(texts, minSeconds));
        using var process = Process.GetCurrentProcess();
        output.AppendLine($"peak memory (working set): {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");
        Console.Write(output.ToString());
    }
}

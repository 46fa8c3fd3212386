using System.Text.RegularExpressions;
using Chronicle.Annotations;
using Chronicle.Evaluation;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Quotes.Evaluation;

/// <summary>One quotation's candidates as training sees them: feature rows, which are right, which one the cascade gave.</summary>
/// <param name="CascadeRight">Whether the cascade's own answer is right (also for quotations it does not rank: scare quotes).</param>
public sealed record SpeakerExample(int[][] Features, bool[] Correct, int Cascade, int Article, bool CascadeRight);

/// <summary>
/// Trains and measures <see cref="SpeakerRanker"/> on the PolNeAR attribution corpus (brat standoff, as
/// ../shared/data/quote-attribution/README.md describes). Gold as <c>score_attribution.py</c> reads it: the first
/// annotator's file, the quoted text inside each Content span, the Source span of its relation. A quotation Chronicle
/// finds is matched to a gold one (overlap of half the shorter); each candidate is right by the scorer's rule: its
/// mention or any mention of its entity overlaps the gold source, or its name is the source's. Training is the
/// averaged perceptron as a ranker (the best right candidate against the best-scoring wrong one), over the examples in
/// a fixed order shuffled with a fixed seed, so the same data gives the same bytes.
/// </summary>
public static class SpeakerTrainer
{
    private static readonly Regex Quoted = new("[“\"]([^”\"]{2,})[”\"]", RegexOptions.Compiled);
    private static readonly Regex Date = new(@"_(\d{4}-\d\d-\d\d)_", RegexOptions.Compiled);

    private readonly record struct GoldQuote(int Start, int End, (int Start, int End)[] Source, string SourceText);

    /// <summary>The examples of one split folder (text/ and attributions/), in file-name order.</summary>
    public static List<SpeakerExample> Collect(string splitDir, DocumentPipeline pipeline, TextWriter? log = null)
    {
        var examples = new List<SpeakerExample>();
        var observing = new QuoteAttributor(ranker: null) { Observer = (doc, quote, candidates) => Pending.Add((quote, candidates)) };
        var annotations = Directory.GetFiles(Path.Combine(splitDir, "attributions"), "*.ann").Order(StringComparer.Ordinal)
            .GroupBy(p => { var n = Path.GetFileNameWithoutExtension(p); return n[..n.LastIndexOf('_')]; }).ToDictionary(g => g.Key, g => g.First());
        int articles = 0;
        foreach (var textPath in Directory.GetFiles(Path.Combine(splitDir, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(textPath);
            if (!annotations.TryGetValue(id, out var annPath)) continue;
            var text = File.ReadAllText(textPath);
            var meta = new DocumentMetadata { Id = id };
            if (Date.Match(id) is { Success: true } m) meta.Published = DateOnly.Parse(m.Groups[1].Value);
            var doc = pipeline.Process(new Document(text, meta));
            if (doc.IsKnownNonEnglish) continue;
            doc.Quotes.Clear();
            Pending.Clear();
            observing.Process(doc);
            var byQuote = Pending.ToDictionary(p => p.Quote, p => p.Candidates);
            var used = new HashSet<Quote>();
            foreach (var g in ReadGold(text, annPath))
            {
                var hit = doc.Quotes.FirstOrDefault(q => !used.Contains(q) && Overlap(g.Start, g.End, q.Start, q.End) is var ov && ov > 0
                                                         && ov >= 0.5 * Math.Min(g.End - g.Start, q.End - q.Start));
                if (hit is null) continue;
                used.Add(hit);
                if (g.Source.Length == 0) continue;
                var candidates = byQuote.GetValueOrDefault(hit) ?? [];
                var correct = candidates.Select(c => IsRight(doc, c.Output, g)).ToArray();
                int cascade = candidates.FindIndex(c => (c.Sources & SpeakerSource.Cascade) != 0);
                examples.Add(new SpeakerExample(candidates.Select(c => c.Features).ToArray(), correct, cascade, articles, IsRight(doc, SpeakerOutput.Of(hit), g)));
            }
            if (++articles % 100 == 0) log?.WriteLine($"  {articles} articles, {examples.Count} quotes with a source");
        }
        return examples;
    }

    [ThreadStatic] private static List<(Quote Quote, List<SpeakerCandidate> Candidates)>? _pending;
    private static List<(Quote Quote, List<SpeakerCandidate> Candidates)> Pending => _pending ??= [];

    /// <summary>Models trained on three shuffles (seeds <paramref name="seed"/> .. +2), averaged weight by weight: one model
    /// at run time, less dependent on the order of one shuffle.</summary>
    public static SpeakerRanker Train(IReadOnlyList<SpeakerExample> examples, int epochs, int seed = 1, int seeds = 3) =>
        MarginModel.AverageOfShuffles(s => TrainOne(examples, epochs, s), seed, seeds);

    private static SpeakerRanker TrainOne(IReadOnlyList<SpeakerExample> examples, int epochs, int seed)
    {
        var ranker = SpeakerRanker.NewForTraining();
        var perceptron = ranker.Perceptron;
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                var x = examples[i];
                if (!x.Correct.Contains(true)) continue; // no candidate is right: nothing to learn
                perceptron.Tick();
                int guess = Best(ranker, x, _ => true), truth = Best(ranker, x, k => x.Correct[k]);
                if (x.Correct[guess]) continue;
                perceptron.Update(x.Features[truth], SpeakerRanker.Speaker, SpeakerRanker.Other);
                perceptron.Update(x.Features[guess], SpeakerRanker.Other, SpeakerRanker.Speaker);
            }
        }
        perceptron.Average();
        return ranker;
    }

    /// <summary>Accuracy of the ranker, of the cascade alone, and of the best candidate (the ceiling), over all quotes with a source.</summary>
    public static (double Ranker, double Cascade, double Oracle, int Quotes) Score(SpeakerRanker ranker, IReadOnlyList<SpeakerExample> examples)
    {
        int right = 0, cascade = 0, oracle = 0;
        foreach (var x in examples)
        {
            // a quotation without candidates keeps the cascade's answer
            if (x.Features.Length > 0 ? x.Correct[Best(ranker, x, _ => true)] : x.CascadeRight) right++;
            if (x.CascadeRight) cascade++;
            if (x.CascadeRight || x.Correct.Contains(true)) oracle++;
        }
        double n = Math.Max(1, examples.Count);
        return (right / n, cascade / n, oracle / n, examples.Count);
    }

    private static int Best(SpeakerRanker ranker, SpeakerExample x, Func<int, bool> allowed)
    {
        int best = -1;
        float bestMargin = float.NegativeInfinity;
        for (int k = 0; k < x.Features.Length; k++)
        {
            if (!allowed(k)) continue;
            float m = ranker.Margin(x.Features[k]);
            if (best < 0 || m > bestMargin) (best, bestMargin) = (k, m);
        }
        return best;
    }

    private static bool IsRight(Document doc, SpeakerOutput o, GoldQuote g)
    {
        if (o.Mention is { } m && g.Source.Any(s => Overlap(m.Start, m.End, s.Start, s.End) > 0)) return true;
        if (o.Speaker is { } id && doc.Entities.FirstOrDefault(e => e.Id == id) is { } e
            && e.Mentions.Any(em => g.Source.Any(s => Overlap(em.Start, em.End, s.Start, s.End) > 0))) return true;
        return ScorerNames.SameName(g.SourceText, o.Name);
    }

    private static int Overlap(int a0, int a1, int b0, int b1) => Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));

    /// <summary>Gold direct quotes of one brat file: each quoted stretch of a Content span, with its relation's Source.</summary>
    private static List<GoldQuote> ReadGold(string text, string annPath)
    {
        var spans = new Dictionary<string, (int Start, int End)[]>(StringComparer.Ordinal);
        var relations = new List<Dictionary<string, string>>();
        foreach (var line in File.ReadLines(annPath))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            if (line.StartsWith('T'))
            {
                var head = parts[1].Split(' ', 2);
                if (head.Length < 2) continue;
                try
                {
                    spans[parts[0]] = head[1].Split(';').Select(p => p.Split(' ')).Select(p => (int.Parse(p[0]), int.Parse(p[1]))).ToArray();
                }
                catch (FormatException) { }
                catch (IndexOutOfRangeException) { }
            }
            else if (line.StartsWith('E'))
                relations.Add(parts[1].Split(' ').Where(a => a.Contains(':')).Select(a => a.Split(':', 2)).GroupBy(a => a[0]).ToDictionary(g => g.Key, g => g.First()[1]));
        }
        var gold = new List<GoldQuote>();
        foreach (var r in relations)
        {
            if (!r.TryGetValue("Content", out var cid) || !spans.TryGetValue(cid, out var content)) continue;
            if (r.TryGetValue("Content2", out var c2) && spans.TryGetValue(c2, out var second)) content = [.. content, .. second];
            var source = r.TryGetValue("Source", out var sid) && spans.TryGetValue(sid, out var s) ? s : [];
            var sourceText = string.Join(' ', source.Select(x => text[x.Start..Math.Min(text.Length, x.End)]));
            foreach (var (a, b) in content)
            {
                if (a < 0 || b > text.Length || a >= b) continue;
                foreach (Match m in Quoted.Matches(text[a..b]))
                    gold.Add(new GoldQuote(a + m.Groups[1].Index, a + m.Groups[1].Index + m.Groups[1].Length, source, sourceText));
            }
        }
        return gold;
    }
}

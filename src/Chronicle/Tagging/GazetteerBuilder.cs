using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>Collects the names of labelled documents into a <see cref="Gazetteer"/>, and each
/// document's own names, which training subtracts while it tags that document.</summary>
public static class GazetteerBuilder
{
    public static (Gazetteer Names, Dictionary<Document, Dictionary<ulong, int[]>> PerDocument) FromTraining(IEnumerable<TrainingDocument> data)
    {
        var names = new Gazetteer();
        var perDocument = new Dictionary<Document, Dictionary<ulong, int[]>>(ReferenceEqualityComparer.Instance);
        foreach (var d in data)
        {
            var own = new Dictionary<ulong, int[]>();
            foreach (var s in d.Document.Sentences)
            {
                foreach (var (start, end, type) in TagEvaluation.Phrases(d.Gold, s))
                {
                    int cls = Gazetteer.ClassIndex(type);
                    if (cls < 0 || end - start > Gazetteer.MaxPhraseTokens) continue;
                    ulong h = Gazetteer.Start;
                    for (int t = start; t < end; t++) h = Gazetteer.Extend(h, d.Document.TokenSpan(t));
                    names.Add(h, cls);
                    if (!own.TryGetValue(h, out var counts)) own[h] = counts = new int[Gazetteer.Classes.Length];
                    counts[cls]++;
                }
            }
            perDocument[d.Document] = own;
        }
        return (names, perDocument);
    }

    /// <summary>Adds a list of names (one a line, e.g. countries) under one class; multi-word names
    /// are split like the tokenizer would split them.</summary>
    public static int AddList(Gazetteer names, IEnumerable<string> lines, int classIndex)
    {
        int added = 0;
        foreach (var line in lines)
        {
            var name = line.Trim();
            if (name.Length == 0) continue;
            var tokens = Tokenizer.Tokenize(name);
            if (tokens.Length == 0 || tokens.Length > Gazetteer.MaxPhraseTokens) continue;
            ulong h = Gazetteer.Start;
            foreach (var t in tokens) h = Gazetteer.Extend(h, name.AsSpan(t.Start, t.Length));
            names.Add(h, classIndex);
            added++;
        }
        return added;
    }
}

using Chronicle.Input;

namespace Chronicle.Parsing;

/// <summary>
/// One CoNLL-U sentence: the syntactic words (integer IDs) the parser works on, plus every raw line
/// (comments, multiword ranges <c>1-2</c>, empty nodes <c>8.1</c>) so that it can be written back
/// unchanged except for the columns a prediction replaces.
/// </summary>
public sealed class ConlluSentence
{
    internal ConlluSentence(List<string> lines, int[] wordLines, string[] forms, string[] lemmas, string[] upos,
        string[] xpos, int[] heads, string[] relations)
    {
        Lines = lines;
        WordLines = wordLines;
        Forms = forms;
        Lemmas = lemmas;
        UniversalTags = upos;
        Tags = xpos;
        Heads = heads;
        Relations = relations;
    }

    /// <summary>Every line of the sentence in input order, without the blank line that ends it.</summary>
    public IReadOnlyList<string> Lines { get; }
    /// <summary>For each word, the index of its line in <see cref="Lines"/>.</summary>
    public int[] WordLines { get; }
    public int Count => Forms.Length;
    public string[] Forms { get; }
    public string[] Lemmas { get; }
    public string[] UniversalTags { get; }
    /// <summary>XPOS column (Penn Treebank tags in the English treebanks).</summary>
    public string[] Tags { get; }
    /// <summary>Gold head per word as a 0-based word index, -1 for the root or when HEAD is <c>_</c>.</summary>
    public int[] Heads { get; }
    public string[] Relations { get; }

    /// <summary>True when every word has a head in the file (a treebank sentence, usable for training).</summary>
    public bool HasTree
    {
        get
        {
            int roots = 0;
            foreach (int h in Heads) if (h < 0) roots++;
            return roots == 1 && Array.IndexOf(Relations, "_") < 0;
        }
    }
}

/// <summary>Reads and writes CoNLL-U (universaldependencies.org/format.html).</summary>
public static class Conllu
{
    /// <summary>Parses CoNLL-U text; malformed lines throw <see cref="InputException"/> naming the line.</summary>
    public static List<ConlluSentence> Parse(string text, string input)
    {
        var sentences = new List<ConlluSentence>();
        var lines = new List<string>();
        var words = new List<(int Line, string[] Columns)>();
        int lineNumber = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            string line = text[start..end].TrimEnd('\r');
            lineNumber++;
            start = end + 1;
            if (line.Length == 0)
            {
                if (lines.Count > 0) sentences.Add(Build(lines, words, input, lineNumber));
                lines = [];
                words.Clear();
                if (end == text.Length) break;
                continue;
            }
            lines.Add(line);
            if (line[0] == '#') continue;
            var columns = line.Split('\t');
            if (columns.Length != 10) throw new InputException(input, $"line {lineNumber}: expected 10 tab-separated columns, found {columns.Length}");
            string id = columns[0];
            if (id.Contains('-') || id.Contains('.')) continue; // multiword range or empty node: kept as a raw line only
            if (!int.TryParse(id, out int n) || n != words.Count + 1)
                throw new InputException(input, $"line {lineNumber}: word ID '{id}' out of sequence (expected {words.Count + 1})");
            words.Add((lines.Count - 1, columns));
        }
        if (lines.Count > 0) sentences.Add(Build(lines, words, input, lineNumber));
        return sentences;
    }

    private static ConlluSentence Build(List<string> lines, List<(int Line, string[] Columns)> words, string input, int lineNumber)
    {
        if (words.Count == 0) throw new InputException(input, $"line {lineNumber}: sentence without words");
        int n = words.Count;
        var wordLines = new int[n];
        var forms = new string[n];
        var lemmas = new string[n];
        var upos = new string[n];
        var xpos = new string[n];
        var heads = new int[n];
        var relations = new string[n];
        for (int i = 0; i < n; i++)
        {
            var c = words[i].Columns;
            wordLines[i] = words[i].Line;
            forms[i] = c[1];
            lemmas[i] = c[2];
            upos[i] = c[3];
            xpos[i] = c[4];
            relations[i] = c[7];
            if (c[6] == "_") heads[i] = -1;
            else if (int.TryParse(c[6], out int h) && h >= 0 && h <= n) heads[i] = h - 1;
            else throw new InputException(input, $"sentence ending at line {lineNumber}: word {i + 1} has HEAD '{c[6]}' outside 0..{n}");
        }
        return new ConlluSentence(lines, wordLines, forms, lemmas, upos, xpos, heads, relations);
    }

    /// <summary>Writes the sentence back with HEAD and DEPREL replaced; every other line and column is unchanged.</summary>
    public static void Write(TextWriter writer, ConlluSentence sentence, ReadOnlySpan<int> heads, IReadOnlyList<string> relations)
    {
        int word = 0;
        for (int i = 0; i < sentence.Lines.Count; i++)
        {
            string line = sentence.Lines[i];
            if (word < sentence.Count && sentence.WordLines[word] == i)
            {
                var c = line.Split('\t');
                c[6] = (heads[word] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                c[7] = relations[word];
                line = string.Join('\t', c);
                word++;
            }
            writer.Write(line);
            writer.Write('\n');
        }
        writer.Write('\n');
    }
}

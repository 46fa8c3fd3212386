using System.Text;
using Chronicle.Input;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>One document of a CoNLL file as a Chronicle <see cref="Document"/> (tokens joined by
/// spaces, sentences by newlines) plus where each token's line is, to write the file back.</summary>
public sealed class ConllDocument(Document document, int[] lineOfToken, string[][] columns)
{
    public Document Document { get; } = document;
    /// <summary>Index in <see cref="ConllFile.Lines"/> of each token's line.</summary>
    public int[] LineOfToken { get; } = lineOfToken;
    /// <summary>Per token, the columns after the word (POS, chunk, NER ... as far as present).</summary>
    public string[][] Columns { get; } = columns;

    /// <summary>Column <paramref name="index"/> (1 = the column after the word) of every token, or null when absent.</summary>
    public string[]? Column(int index)
    {
        var result = new string[Columns.Length];
        for (int t = 0; t < Columns.Length; t++)
        {
            if (Columns[t].Length < index) return null;
            result[t] = Columns[t][index - 1];
        }
        return result;
    }
}

/// <summary>
/// Reads CoNLL-2000 and CoNLL-2003 column files: one token a line (word first, then tags separated
/// by spaces), blank lines between sentences, <c>-DOCSTART-</c> lines between documents. Lines are
/// kept as they are so that <c>chronicle ner</c> can append a column without changing anything else.
/// </summary>
public sealed class ConllFile
{
    public required string[] Lines { get; init; }
    public required List<ConllDocument> Documents { get; init; }

    public static ConllFile Read(string path, bool documentPerSentence = false)
    {
        var content = TextInput.ReadFile(path, 1L << 30);
        return Parse(path, content, documentPerSentence);
    }

    public static bool IsDocumentStart(string line) => line.StartsWith("-DOCSTART-", StringComparison.Ordinal);

    public static ConllFile Parse(string input, string content, bool documentPerSentence = false)
    {
        var lines = content.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0) lines = lines[..^1]; // the final newline ends the last line
        for (int i = 0; i < lines.Length; i++) if (lines[i].EndsWith('\r')) throw new InputException(input, $"line {i + 1}: CR LF line ending (CoNLL files use LF)");
        var documents = new List<ConllDocument>();
        var builder = new DocumentBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (IsDocumentStart(line)) { builder.Flush(documents); continue; }
            if (line.Trim().Length == 0)
            {
                builder.EndSentence();
                if (documentPerSentence) builder.Flush(documents);
                continue;
            }
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.Contains('\t')) throw new InputException(input, $"line {i + 1}: columns must be separated by spaces, not tabs");
            builder.AddToken(fields[0], fields[1..], i);
        }
        builder.Flush(documents);
        return new ConllFile { Lines = lines, Documents = documents };
    }

    private sealed class DocumentBuilder
    {
        private readonly StringBuilder _text = new();
        private readonly List<Token> _tokens = [];
        private readonly List<Sentence> _sentences = [];
        private readonly List<int> _lines = [];
        private readonly List<string[]> _columns = [];
        private int _sentenceStart;

        public void AddToken(string word, string[] columns, int line)
        {
            if (_tokens.Count > _sentenceStart) _text.Append(' ');
            int start = _text.Length;
            _text.Append(word);
            _tokens.Add(new Token(start, _text.Length, TokenKind.Word));
            _lines.Add(line);
            _columns.Add(columns);
        }

        public void EndSentence()
        {
            int count = _tokens.Count - _sentenceStart;
            if (count == 0) return;
            _sentences.Add(new Sentence(_tokens[_sentenceStart].Start, _tokens[^1].End, _sentenceStart, count));
            _text.Append('\n');
            _sentenceStart = _tokens.Count;
        }

        public void Flush(List<ConllDocument> documents)
        {
            EndSentence();
            if (_tokens.Count > 0)
            {
                var document = new Document(_text.ToString()) { Language = "en" };
                document.SetTokens(_tokens.ToArray());
                document.SetSentences(_sentences.ToArray());
                documents.Add(new ConllDocument(document, _lines.ToArray(), _columns.ToArray()));
            }
            _text.Clear(); _tokens.Clear(); _sentences.Clear(); _lines.Clear(); _columns.Clear();
            _sentenceStart = 0;
        }
    }
}

/// <summary>Tag scheme conversions.</summary>
public static class IobScheme
{
    /// <summary>IOB2 to BILOU: a phrase's last token becomes L-, a one-token phrase U-.</summary>
    public static string[] ToBilou(string[] iob2, IReadOnlyList<Sentence> sentences)
    {
        var result = (string[])iob2.Clone();
        foreach (var s in sentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (result[t] == "O") continue;
                bool continues = t + 1 < s.EndToken && iob2[t + 1].StartsWith("I-", StringComparison.Ordinal)
                                 && iob2[t + 1].AsSpan(2).SequenceEqual(iob2[t].AsSpan(2));
                if (continues) continue;
                result[t] = string.Concat(iob2[t][0] == 'B' ? "U-" : "L-", iob2[t].AsSpan(2));
            }
        }
        return result;
    }

    /// <summary>The IOB2 spelling of a BILOU (or IOB2) label: U- is B-, L- is I-.</summary>
    public static string ToIob2(string label) => label.Length > 2 && label[1] == '-' && label[0] is 'U' or 'L'
        ? string.Concat(label[0] == 'U' ? "B-" : "I-", label.AsSpan(2))
        : label;

    /// <summary>IOB1 (B- only between two phrases of one type) to IOB2 (every phrase starts with B-).</summary>
    public static string[] ToIob2(string[] tags, IReadOnlyList<Sentence> sentences)
    {
        var result = (string[])tags.Clone();
        foreach (var s in sentences)
        {
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (!result[t].StartsWith("I-", StringComparison.Ordinal)) continue;
                string? previous = t == s.FirstToken ? null : result[t - 1];
                if (previous is null || previous == "O" || !previous.AsSpan(2).SequenceEqual(result[t].AsSpan(2)))
                    result[t] = string.Concat("B-", result[t].AsSpan(2));
            }
        }
        return result;
    }
}

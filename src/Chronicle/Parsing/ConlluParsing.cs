namespace Chronicle.Parsing;

/// <summary>Parses CoNLL-U sentences on their gold tokenization (the <c>chronicle parse</c> contract).</summary>
public static class ConlluParsing
{
    /// <summary>
    /// Predicts HEAD and DEPREL for one sentence. Tags are predicted by the parser's own tagger unless
    /// <paramref name="useFileTags"/> (then the XPOS column is used, for measuring the tagger's share of errors).
    /// </summary>
    public static (int[] Heads, string[] Relations) Parse(DependencyParser parser, ConlluSentence sentence, bool useFileTags = false)
    {
        int n = sentence.Count;
        var words = ParserTrainer.WordsOf(sentence, parser.Clusters);
        var tags = new int[n];
        var heads = new int[n];
        var relationIds = new int[n];
        if (useFileTags)
        {
            for (int i = 0; i < n; i++) tags[i] = parser.TagId(sentence.Tags[i]);
            parser.Parse(words, tags, heads, relationIds);
        }
        else parser.TagAndParse(words, tags, heads, relationIds);
        var relations = new string[n];
        for (int i = 0; i < n; i++) relations[i] = parser.RelationLabels[relationIds[i]];
        return (heads, relations);
    }

    /// <summary>Writes every sentence back with predicted HEAD and DEPREL, all other lines and columns as read.</summary>
    public static void ParseAll(DependencyParser parser, IEnumerable<ConlluSentence> sentences, TextWriter output, bool useFileTags = false)
    {
        foreach (var sentence in sentences)
        {
            var (heads, relations) = Parse(parser, sentence, useFileTags);
            Conllu.Write(output, sentence, heads, relations);
        }
    }
}

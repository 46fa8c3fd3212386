using Chronicle.Text;

namespace Chronicle.Tests.Parsing;

/// <summary>Builds documents with hand-written parses, so the syntax helpers are tested apart from the parser.</summary>
internal static class ParsedDocuments
{
    /// <summary>
    /// One sentence, tokenized by Chronicle's tokenizer; <paramref name="tree"/> gives per token
    /// "HEAD RELATION TAG" with 1-based heads (0 = root), as in CoNLL-U.
    /// </summary>
    public static Document Build(string text, params string[] tree)
    {
        var doc = new Document(text) { Language = "en" };
        doc.SetTokens(Tokenizer.Tokenize(text));
        Assert.Equal(doc.Tokens.Length, tree.Length);
        doc.SetSentences([new Sentence(0, text.Length, 0, doc.Tokens.Length)]);
        doc.Heads = new int[tree.Length];
        doc.DependencyRelations = new string[tree.Length];
        doc.PartOfSpeech = new string[tree.Length];
        for (int i = 0; i < tree.Length; i++)
        {
            var parts = tree[i].Split(' ');
            doc.Heads[i] = int.Parse(parts[0]) - 1;
            doc.DependencyRelations[i] = parts[1];
            doc.PartOfSpeech[i] = parts[2];
        }
        return doc;
    }

    public static int Token(Document doc, string word)
    {
        for (int i = 0; i < doc.Tokens.Length; i++) if (doc.TokenText(i) == word) return i;
        throw new ArgumentException($"no token '{word}'");
    }
}

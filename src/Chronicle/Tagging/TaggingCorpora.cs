namespace Chronicle.Tagging;

/// <summary>
/// Training and evaluation documents for the three taggers from the CoNLL files of ../shared/data.
/// POS and chunk data are one document per sentence (shuffled sentence by sentence); NER data keeps
/// the <c>-DOCSTART-</c> documents because its document-level features need them.
/// </summary>
public static class TaggingCorpora
{
    /// <summary>Word + Penn tag (column 1) of every file, e.g. conll2000/train.txt and conll2003/eng.train.</summary>
    public static List<TrainingDocument> PartOfSpeech(IEnumerable<string> files, int maxDocuments = int.MaxValue) =>
        files.SelectMany(f => ConllFile.Read(f, documentPerSentence: true).Documents.Take(maxDocuments))
             .Select(d => new TrainingDocument(d.Document, Required(d.Column(1), "POS")))
             .ToList();

    /// <summary>CoNLL-2000: POS (column 1) as input, chunk tags (column 2, IOB2) as gold.</summary>
    public static List<TrainingDocument> Chunks(string file, int maxDocuments = int.MaxValue) =>
        ConllFile.Read(file, documentPerSentence: true).Documents.Take(maxDocuments).Select(d =>
        {
            d.Document.PartOfSpeech = Required(d.Column(1), "POS");
            return new TrainingDocument(d.Document, IobScheme.ToIob2(Required(d.Column(2), "chunk"), d.Document.Sentences));
        }).ToList();

    /// <summary>CoNLL-2003: POS and chunks (columns 1, 2) as input, NER (column 3, to IOB2) as gold.</summary>
    public static List<TrainingDocument> NamedEntities(string file, int maxDocuments = int.MaxValue) =>
        ConllFile.Read(file).Documents.Take(maxDocuments).Select(d =>
        {
            d.Document.PartOfSpeech = Required(d.Column(1), "POS");
            d.Document.Chunks = IobScheme.ToIob2(Required(d.Column(2), "chunk"), d.Document.Sentences);
            return new TrainingDocument(d.Document, IobScheme.ToIob2(Required(d.Column(3), "NER"), d.Document.Sentences));
        }).ToList();

    private static string[] Required(string[]? column, string what) =>
        column ?? throw new InvalidDataException($"a token line has no {what} column");
}

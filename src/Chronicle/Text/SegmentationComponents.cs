using Chronicle.Pipeline;

namespace Chronicle.Text;

/// <summary>Pipeline component that fills <see cref="Document.Tokens"/>.</summary>
public sealed class TokenizerComponent : IDocumentComponent
{
    public string Name => "tokenizer";
    public PipelineStage Stage => PipelineStage.Segmentation;
    public bool EnglishOnly => false;
    public void Process(Document document) => document.SetTokens(Tokenizer.Tokenize(document.Text));
}

/// <summary>Pipeline component that fills <see cref="Document.Sentences"/> from the tokens.</summary>
public sealed class SentenceSplitterComponent : IDocumentComponent
{
    public string Name => "sentences";
    public PipelineStage Stage => PipelineStage.Segmentation;
    public bool EnglishOnly => false;
    public void Process(Document document) => document.SetSentences(SentenceSplitter.Split(document.Text, document.Tokens));
}

namespace Chronicle.Tagging;

/// <summary>Rebuilds a template set from the name stored in a model file.</summary>
public static class TaggerFeatureSets
{
    public static TaggerFeatures Create(string name) => name switch
    {
        "pos-v1" => new PosFeatures(),
        "chunk-v1" => new ChunkFeatures(),
        "ner-v1" => new NerFeatures(),
        _ => throw new InvalidDataException($"unknown tagger feature set '{name}'"),
    };
}

using Chronicle.Annotations;

namespace Chronicle.Tagging;

/// <summary>
/// CoNLL-2003 classes to the Analysis entity types (DESIGN.md section 3), as a first guess for the
/// entity layer: PER -> PERSON, ORG -> ORG, MISC -> MISC, LOC -> LOC. LOC is only a default: the
/// knowledge layer decides GPE (countries, cities, states) and NORP (demonyms and groups), which
/// CoNLL does not separate (it tags "Iraq" LOC and "French" MISC).
/// </summary>
public static class EntityClasses
{
    public static EntityKind ToEntityKind(ReadOnlySpan<char> conllClass) => conllClass switch
    {
        "PER" => EntityKind.Person,
        "ORG" => EntityKind.Org,
        "LOC" => EntityKind.Loc,
        _ => EntityKind.Misc,
    };

    /// <summary>Entity spans of a document's IOB2 tags: (first token, end token exclusive, CoNLL class).</summary>
    public static IEnumerable<(int Start, int End, string Class)> Spans(Text.Document document)
    {
        if (document.NamedEntityTags is not { } tags) yield break;
        foreach (var sentence in document.Sentences)
            foreach (var phrase in TagEvaluation.Phrases(tags, sentence).OrderBy(p => p.Start))
                yield return phrase;
    }
}

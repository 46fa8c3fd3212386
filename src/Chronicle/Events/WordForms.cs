namespace Chronicle.Events;

/// <summary>
/// Regular English inflection, used to expand lexicon lemmas into every form once at load time so
/// that matching is a plain dictionary lookup by token span (no lemmatizing per token). Irregular
/// forms are listed in the lexicon itself ("fight {fought}").
/// </summary>
public static class WordForms
{
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Third person singular, past, present participle of a regular verb.</summary>
    public static IEnumerable<string> VerbForms(string lemma)
    {
        yield return lemma;
        yield return Plural(lemma);
        int n = lemma.Length;
        if (n < 2) yield break;
        char last = lemma[n - 1];
        if (last == 'e')
        {
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
            if (lemma.EndsWith("ee")) yield return lemma + "ing";
        }
        else if (last == 'y' && !IsVowel(lemma[n - 2]))
        {
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
        }
        else
        {
            yield return lemma + "ed";
            yield return lemma + "ing";
            // Consonant doubling (ban -> banned, plan -> planned); both spellings are harmless to index.
            if (n >= 3 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(lemma[n - 2]) && !IsVowel(lemma[n - 3]))
            {
                yield return lemma + last + "ed";
                yield return lemma + last + "ing";
            }
        }
    }

    /// <summary>Regular plural (also the third person singular of verbs).</summary>
    public static string Plural(string noun)
    {
        int n = noun.Length;
        if (n == 0) return noun;
        if (noun.EndsWith("s") || noun.EndsWith("x") || noun.EndsWith("z") || noun.EndsWith("ch") || noun.EndsWith("sh")) return noun + "es";
        if (noun[n - 1] == 'y' && n > 1 && !IsVowel(noun[n - 2])) return noun[..^1] + "ies";
        return noun + "s";
    }
}

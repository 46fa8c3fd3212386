using Chronicle.Knowledge;
using Chronicle.Text;

namespace Chronicle.Entities;

/// <summary>
/// "Patriotic Union of Kurdistan (PUK)": news introduces an organisation's short form in brackets right after
/// its full name, then uses the short form alone. The short form must spell the initials of the name's words
/// (with or without its small function words), so that a bracketed aside that is not an abbreviation
/// ("the party (ruling since 1990)") links nothing.
/// </summary>
public static class Acronyms
{
    private static readonly WordSet FunctionWords = new("of for and the on in de du des la le al");

    /// <summary>The bracketed short form after tokens [first, end) of the name, when it spells their initials.</summary>
    public static string? After(Document doc, int first, int end)
    {
        if (end + 2 >= doc.Tokens.Length || !doc.TokenSpan(end).SequenceEqual("(") || !doc.TokenSpan(end + 2).SequenceEqual(")")) return null;
        var shortForm = doc.TokenSpan(end + 1);
        if (shortForm.Length is < 2 or > 8 || !IsUpperLetters(shortForm)) return null;
        return Spells(doc, first, end, shortForm, skipFunctionWords: true) || Spells(doc, first, end, shortForm, skipFunctionWords: false)
            ? shortForm.ToString() : null;
    }

    /// <summary>For a short form at token <paramref name="shortForm"/> standing in brackets, the first token of the
    /// capitalized words just before the bracket whose initials it spells ("Kurdistan Democratic Party (KDP)"), or -1.
    /// Reads the words the mention detector split or missed.</summary>
    public static int FullNameStart(Document doc, int shortForm)
    {
        if (shortForm < 2 || shortForm + 1 >= doc.Tokens.Length || !doc.TokenSpan(shortForm - 1).SequenceEqual("(")
            || !doc.TokenSpan(shortForm + 1).SequenceEqual(")")) return -1;
        var letters = doc.TokenSpan(shortForm);
        if (letters.Length is < 2 or > 8 || !IsUpperLetters(letters)) return -1;
        int remaining = letters.Length;
        for (int i = shortForm - 2; i >= 0; i--)
        {
            var word = doc.TokenSpan(i);
            if (FunctionWords.Contains(word) && remaining < letters.Length) continue;
            if (!char.IsUpper(word[0]) || char.ToUpperInvariant(word[0]) != letters[remaining - 1]) return -1;
            if (--remaining == 0) return i;
        }
        return -1;
    }

    private static bool Spells(Document doc, int first, int end, ReadOnlySpan<char> shortForm, bool skipFunctionWords)
    {
        int letter = 0;
        for (int i = first; i < end; i++)
        {
            var word = doc.TokenSpan(i);
            if (!char.IsLetter(word[0])) continue;
            if (skipFunctionWords && FunctionWords.Contains(word)) continue;
            if (letter >= shortForm.Length || char.ToUpperInvariant(word[0]) != shortForm[letter]) return false;
            letter++;
        }
        return letter == shortForm.Length;
    }

    private static bool IsUpperLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsUpper(c)) return false;
        return true;
    }
}

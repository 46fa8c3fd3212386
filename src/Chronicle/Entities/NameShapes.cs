using Chronicle.Annotations;
using Chronicle.Knowledge;
using Chronicle.Lexicon;
using Chronicle.Text;

namespace Chronicle.Entities;

/// <summary>Word lists and token shapes used to find names in text without (or besides) an NER model.</summary>
internal static class NameShapes
{
    /// <summary>Capitalized words that start sentences but are not names: the sentence starters, and other function
    /// words, days, months, titles and page furniture.</summary>
    public static readonly WordSet NotNames = new(
        EnglishSentenceOpeners.Starters + " " +
        "Or My Here What Who Whom Whose Why How Where Since From With By To Of Not Yes Then Also Last Next All Both Each Every " +
        "Other Such One Two Three Four Five First Second Third Despite Although Though Because Unless Until During Under Over " +
        "Among Between Without Within Even Just Only Now Today Tonight Yesterday Tomorrow Once Instead Indeed Thus Hence " +
        "Moreover Furthermore Asked Speaking According Amid Following Like Unlike Than Let Please Thank Thanks Well Oh OK Okay " +
        "Sources Officials Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July " +
        "August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Is Are Was " +
        "Were Do Does Did Has Have Had Will Would Can Could Should Must Might Shall Be Been Being Don't Can't It's We're I'm " +
        "Read More See Watch Photo Click Share Follow Subscribe Advertisement Related Update Breaking Exclusive Opinion " +
        "Abstract Full Text Video Image Getty Associated Press");

    /// <summary>Honorifics before a person's name, with the gender they mark.</summary>
    public static char HonorificGender(ReadOnlySpan<char> word) => word switch
    {
        "Mr." or "Mr" or "Sir" or "Lord" or "Messrs." => 'm',
        "Mrs." or "Mrs" or "Ms." or "Ms" or "Miss" or "Lady" or "Dame" or "Mme" or "Mme." => 'f',
        "Dr." or "Dr" or "Prof." or "Sheikh" or "Rev." or "Hon." => '?',
        _ => '\0',
    };

    /// <summary>Lower-case words that may sit inside a name ("bin" in Mohammed bin Salman, "of" in Council of Europe).</summary>
    /// <summary>Particles that may open a surname used alone ("von der Leyen", "de Gaulle").</summary>
    public static readonly WordSet SurnameParticles = new("von van de der den del della di da du le la dos");

    public static readonly WordSet NameConnectors = new("bin ibn bint de da di del della der van von la le du dos of al el abu");

    private static readonly WordSet EventWords = new(
        "War Summit Olympics Games Conference Revolution Crisis Election Elections Festival Cup Convention Debate Uprising " +
        "Spring Offensive Massacre Accord Accords Agreement Treaty Talks Forum Expo Championship Attack Attacks Invasion");

    private static readonly WordSet LocationWords = new(
        "River Mountains Mount Mountain Sea Ocean Lake Gulf Desert Valley Island Islands Peninsula Strait Bay Canal Coast " +
        "Plain Plateau Basin Border Heights");

    private static readonly WordSet PlaceWords = new("Province County City State Region District Governorate Oblast Township Square Street");

    /// <summary>True for a word that can be part of a name: capitalized, or an Arabic-article name (al-Kadhimi).</summary>
    public static bool IsNameWord(Document doc, int i)
    {
        var t = doc.Tokens[i];
        if (t.Kind != TokenKind.Word) return false;
        var w = doc.TokenSpan(i);
        if (char.IsUpper(w[0])) return true;
        return w.Length > 3 && (w.StartsWith("al-") || w.StartsWith("el-")) && char.IsUpper(w[3]);
    }

    /// <summary>Words that open an event or place name ("Operation Desert Storm", "Lake Chad"); taggers often leave them out.</summary>
    public static bool IsNamePrefix(ReadOnlySpan<char> word) => word is "Operation" or "Mount" or "Lake" or "Gulf";

    /// <summary>A word that heads or marks an organisation's name ("Ministry", "League", "Front").</summary>
    public static bool IsOrganizationWord(ReadOnlySpan<char> word) => EnglishOrganisationNouns.NameWords.Contains(word);

    /// <summary>Entity type of an unknown name from its words (ORG for "... Party", EVENT for "Operation ...").</summary>
    public static EntityKind? TypeFromWords(Document doc, int first, int end)
    {
        var firstWord = doc.TokenSpan(first);
        var lastWord = doc.TokenSpan(end - 1);
        if (firstWord is "Operation" && end - first >= 2) return EntityKind.Event;
        for (int k = first; k < end; k++)
            if (EnglishOrganisationNouns.NameWords.Contains(doc.TokenSpan(k))) return EntityKind.Org;
        if (EventWords.Contains(lastWord)) return EntityKind.Event;
        if (LocationWords.Contains(lastWord) || firstWord is "Mount" or "Lake" or "Gulf") return EntityKind.Loc;
        if (PlaceWords.Contains(lastWord)) return EntityKind.Gpe;
        return null;
    }

    /// <summary>True when most words of the sentence are capitalized (a headline): capitalization says nothing there.</summary>
    public static bool IsTitleCase(Document doc, Sentence s)
    {
        int words = 0, capitalized = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (doc.Tokens[i].Kind != TokenKind.Word) continue;
            var w = doc.TokenSpan(i);
            if (w.Length <= 3 && char.IsLower(w[0])) continue; // of, to, the, a, in
            words++;
            if (char.IsUpper(w[0])) capitalized++;
        }
        return words >= 3 && capitalized >= 0.75 * words;
    }
}

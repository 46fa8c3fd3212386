
namespace Chronicle.Geo;

/// <summary>
/// The form place names are compared in: lower case, Latin diacritics removed ("São Paulo" = "sao paulo",
/// GeoNames' "Murbaḩ" = "murbah"), apostrophes, full stops and transliteration marks dropped ("Sana'a" = "Sanaa", "St. Louis" = "St Louis"),
/// hyphens as spaces ("Al-Hasakah" = "Al Hasakah"), a leading "the" dropped. The same fold serves the
/// gazetteer's keys and the spans looked up, so a lookup is one dictionary probe on a stack buffer.
/// </summary>
public static class GeoKey
{
    public const int MaxLength = 96;

    // Latin-1 Supplement to Latin Extended-B and Latin Extended Additional, folded once through Unicode decomposition.
    private const char FirstFolded = '\u00C0', LastFolded = '\u1EFF';

    /// <summary>Writes the key of <paramref name="name"/> into <paramref name="buffer"/>; returns its length
    /// (0 when the name is empty or longer than <see cref="MaxLength"/>).</summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> buffer)
    {
        name = name.Trim();
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) name = name[4..].TrimStart();
        if (name.Length == 0 || name.Length > buffer.Length) return 0;
        int n = 0;
        bool space = false;
        foreach (char raw in name)
        {
            char c = raw;
            if (c < 128)
            {
                if (c is '\'' or '`' or '.') continue;
                if (c is '-' or ' ' or '\t' or '\n' or '\r') { space = n > 0; continue; }
                if (c is >= 'A' and <= 'Z') c = (char)(c + 32);
            }
            else if (c is '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF') continue;
            else if (c is '\u2010' or '\u2011' or '\u2013' or '\u00A0') { space = n > 0; continue; }
            else if (c is >= FirstFolded and <= LastFolded) c = Folded[c - FirstFolded];
            else c = char.ToLowerInvariant(c);
            if (c == '\0') continue;
            if (space) { buffer[n++] = ' '; space = false; }
            buffer[n++] = c;
        }
        return n;
    }

    /// <summary>The key as a string (build time and tests).</summary>
    public static string Of(string name)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Fold(name, buffer)]);
    }

    // Each row: an ASCII letter, then the accented Latin letters that fold to it (written out because the
    // build runs with invariant globalization, where string.Normalize does not decompose).
    private static readonly string[] AccentedLetters =
    [
        "aÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ",
        "bḂḃḄḅḆḇ",
        "cÇçĆćĈĉĊċČčḈḉ",
        "dĎďḊḋḌḍḎḏḐḑḒḓđĐ",
        "eÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ",
        "fḞḟ",
        "gĜĝĞğĠġĢģǦǧǴǵḠḡ",
        "hĤĥȞȟḢḣḤḥḦḧḨḩḪḫẖħĦ",
        "iÌÍÎÏìíîïĨĩĪīĬĭĮįİǏǐȈȉȊȋḬḭḮḯỈỉỊịı",
        "jĴĵǰ",
        "kĶķǨǩḰḱḲḳḴḵ",
        "lĹĺĻļĽľḶḷḸḹḺḻḼḽłŁ",
        "mḾḿṀṁṂṃ",
        "nÑñŃńŅņŇňǸǹṄṅṆṇṈṉṊṋ",
        "oÒÓÔÕÖòóôõöŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợøØ",
        "pṔṕṖṗ",
        "rŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ",
        "sŚśŜŝŞşŠšȘșṠṡṢṣṤṥṦṧṨṩ",
        "tŢţŤťȚțṪṫṬṭṮṯṰṱẗŧŦ",
        "uÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự",
        "vṼṽṾṿ",
        "wŴŵẀẁẂẃẄẅẆẇẈẉẘ",
        "xẊẋẌẍ",
        "yÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ",
        "zŹźŻżŽžẐẑẒẓẔẕ",
    ];

    // declared after the rows it is built from (static fields initialize in text order)
    private static readonly char[] Folded = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[LastFolded - FirstFolded + 1];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)(FirstFolded + i);
            // combining marks (U+0300-U+036F) vanish; other letters are only lower-cased
            table[i] = c is >= '\u0300' and <= '\u036F' ? '\0' : char.ToLowerInvariant(c);
        }
        foreach (var row in AccentedLetters)
            for (int k = 1; k < row.Length; k++) table[row[k] - FirstFolded] = row[0];
        return table;
    }
}

using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Ingest.Html;

/// <summary>Cheap text measurements and rendering over the DOM. Whitespace is collapsed the way a
/// browser shows it; block elements and &lt;br&gt; end a line.</summary>
internal static class DomText
{
    public static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD",
        "BLOCKQUOTE", "PRE", "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "TD", "TH", "CAPTION", "FIGURE", "FIGCAPTION", "HEADER",
        "FOOTER", "ASIDE", "NAV", "ADDRESS", "HR", "FORM", "FIELDSET", "CENTER", "DETAILS", "SUMMARY", "HGROUP", "MENU",
    };

    public static bool IsBlock(IElement e) => BlockTags.Contains(e.TagName);

    /// <summary>Length of the text with runs of whitespace counted as one character.</summary>
    public static int CollapsedLength(string text)
    {
        int n = 0;
        bool space = true;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space) { n++; space = true; }
            }
            else { n++; space = false; }
        }
        return space && n > 0 ? n - 1 : n;
    }

    /// <summary>Collapsed length of the text inside links below <paramref name="element"/>.</summary>
    public static int LinkTextLength(IElement element)
    {
        int n = 0;
        foreach (var a in element.GetElementsByTagName("a")) n += CollapsedLength(a.TextContent);
        return n;
    }

    public static double LinkDensity(IElement element, int textLength) =>
        textLength == 0 ? 0 : Math.Min(1.0, LinkTextLength(element) / (double)textLength);

    public static int CountCommas(string text)
    {
        int n = 0;
        foreach (char c in text) if (c is ',' or '，' or '、' or '،') n++;
        return n;
    }

    /// <summary>Collapses whitespace to single spaces and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = true;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space) { sb.Append(' '); space = true; }
            }
            else { sb.Append(c); space = false; }
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }
}

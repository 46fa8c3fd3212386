using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Ingest.Html;

/// <summary>
/// Renders the chosen containers as text, one block (paragraph, heading, list item, quotation)
/// per line. On the way, when <c>dropFurniture</c> is set (a page), it drops what is still furniture
/// inside the article: containers that read like link lists, image galleries or forms (Readability's
/// conditional cleaning), headings with furniture names, captions, bylines, and lines that are mostly
/// link text. An article body given as such (a feed's content) keeps every block.
/// </summary>
internal sealed class BlockTextWriter(bool dropFurniture)
{
    private readonly List<string> _lines = [];
    private readonly StringBuilder _line = new();
    private int _linkChars;
    private bool _space = true;

    public static string Render(IEnumerable<IElement> containers, bool dropFurniture = true)
    {
        var writer = new BlockTextWriter(dropFurniture);
        foreach (var container in containers) writer.Visit(container, inLink: false);
        writer.EndLine();
        return string.Join('\n', writer._lines);
    }

    private void Visit(INode node, bool inLink)
    {
        if (node is IText text)
        {
            Append(text.Data, inLink);
            return;
        }
        if (node is not IElement element) return;
        if (element.TagName == "BR") { EndLine(); return; }
        bool block = DomText.IsBlock(element);
        if (dropFurniture && IsDropped(element, block)) return;
        if (block) EndLine();
        bool link = inLink || element.TagName == "A";
        foreach (var child in element.ChildNodes) Visit(child, link);
        if (block) EndLine();
    }

    private void Append(string data, bool inLink)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_space) continue;
                _line.Append(' ');
                _space = true;
            }
            else
            {
                _line.Append(c);
                _space = false;
            }
            if (inLink) _linkChars++;
        }
    }

    private void EndLine()
    {
        if (_line.Length > 0 && _line[^1] == ' ') _line.Length--;
        if (_line.Length > 0)
        {
            // A line that is (nearly) all link text is a "read more" or related-story link; a long
            // line that starts with a linked headline and goes on (a summary list item) is content.
            bool linkLine = dropFurniture && (_linkChars >= _line.Length * 0.8 || (_linkChars * 2 > _line.Length && _line.Length < 120));
            if (!linkLine) _lines.Add(_line.ToString());
        }
        _line.Clear();
        _linkChars = 0;
        _space = true;
    }

    private static bool IsDropped(IElement element, bool block) =>
        (block && IsFurniture(element))
        || element.TagName is "H1" or "FIGCAPTION" // the headline is the title; captions describe pictures
        || (block && IsCaptionOrByline(element));

    private static bool IsCaptionOrByline(IElement e)
    {
        var names = BoilerplateRules.ClassAndId(e);
        return names.Length > 1 && BoilerplateRules.CaptionOrByline().IsMatch(names) && DomText.CollapsedLength(e.TextContent) < 400;
    }

    /// <summary>Readability's conditional cleaning, applied to containers inside the article.</summary>
    private static bool IsFurniture(IElement e)
    {
        int weight = BoilerplateRules.ClassWeight(e);
        if (e.TagName is "H2" or "H3" or "H4" or "H5" or "H6") return weight < 0;
        if (e.TagName is not ("DIV" or "SECTION" or "UL" or "OL" or "TABLE" or "FIGURE" or "DL" or "HEADER" or "FORM")) return false;
        if (e.GetAttribute("itemprop") is "articleBody") return false;
        var text = e.TextContent;
        int length = DomText.CollapsedLength(text);
        if (weight < 0 && length < 2000) return e.GetElementsByTagName("blockquote").Length == 0; // embedded posts are quoted content
        if (DomText.CountCommas(text) >= 10) return false;
        int paragraphs = e.GetElementsByTagName("p").Length;
        int images = e.GetElementsByTagName("img").Length;
        int items = e.GetElementsByTagName("li").Length - 100;
        double links = DomText.LinkDensity(e, length);
        bool isList = e.TagName is "UL" or "OL";
        return (images > 1 && paragraphs / (double)images < 0.5 && length < 500)
               || (!isList && items > paragraphs)
               || (weight < 25 && links > 0.2 && length < 1000 && (!isList || links > 0.5))
               || (weight >= 25 && links > 0.5)
               || (length < 25 && images != 1 && e.TagName != "FIGURE");
    }
}

using System.Buffers;
using AngleSharp.Html.Parser;

namespace Chronicle.Ingest.Html;

/// <summary>
/// Text of HTML that is already an article body or a summary (a feed's content:encoded, Atom content,
/// an HTML description), not a page: there is no page furniture to find, so nothing is scored or dropped
/// as boilerplate and there is no minimum length. Only elements holding no readable text (scripts, media,
/// form controls) are removed; every paragraph, heading, list item and quotation becomes one line.
/// </summary>
public sealed class ArticleBodyText
{
    /// <summary>Element names that mark a text as HTML: the block elements and the common inline ones.</summary>
    private static readonly HashSet<string> HtmlTags = new(DomText.BlockTags.Concat(
    [
        "A", "ABBR", "B", "BDI", "BDO", "BIG", "BR", "CITE", "CODE", "DEL", "DFN", "EM", "FONT", "I", "IMG", "INS", "KBD",
        "MARK", "Q", "S", "SAMP", "SMALL", "SPAN", "STRIKE", "STRONG", "SUB", "SUP", "TIME", "TT", "U", "VAR", "WBR",
    ]), StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<char> MarkupStarts = SearchValues.Create("<&");
    private static readonly SearchValues<char> NameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    private static readonly SearchValues<char> DecimalDigits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public string Render(string html)
    {
        using var document = _parser.ParseDocument(html);
        if (document.Body is not { } body) return "";
        PageCleaner.RemoveTags(body, BoilerplateRules.NonTextTags);
        return BlockTextWriter.Render([body], dropFurniture: false);
    }

    /// <summary>Whether a field not declared as HTML still carries markup: an HTML tag (a known
    /// element name right after '&lt;' or '&lt;/'), a comment, or a character reference
    /// ("&amp;amp;", "&amp;#8217;") that the feed's XML escaping has left in the text. A bare '&lt;' or
    /// '&amp;' of prose ("3 &lt; 5", "AT&amp;T") is not markup.</summary>
    public static bool HasMarkup(string text)
    {
        var span = text.AsSpan();
        while (true)
        {
            int at = span.IndexOfAny(MarkupStarts);
            if (at < 0) return false;
            var rest = span[(at + 1)..];
            if (span[at] == '&' ? IsCharacterReference(rest) : rest.StartsWith("!--") || IsTag(rest)) return true;
            span = rest;
        }
    }

    /// <summary>"p>", "/p>", "br/>", "a href=..." (the text after the '&lt;').</summary>
    private static bool IsTag(ReadOnlySpan<char> rest)
    {
        if (rest.Length > 0 && rest[0] == '/') rest = rest[1..];
        int n = rest.IndexOfAnyExcept(NameChars);
        if (n <= 0 || rest[n] is not ('>' or '/' or ' ' or '\t' or '\r' or '\n')) return false;
        return HtmlTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest[..n]);
    }

    /// <summary>"amp;", "rsquo;", "#8217;", "#x2019;" (the text after the '&amp;').</summary>
    private static bool IsCharacterReference(ReadOnlySpan<char> rest)
    {
        int semicolon = rest.IndexOf(';');
        if (semicolon < 2 || semicolon > 10) return false;
        var name = rest[..semicolon];
        if (name[0] != '#') return char.IsAsciiLetter(name[0]) && !name.ContainsAnyExcept(NameChars);
        bool hex = name[1] is 'x' or 'X';
        var digits = name[(hex ? 2 : 1)..];
        return !digits.IsEmpty && !digits.ContainsAnyExcept(hex ? HexDigits : DecimalDigits);
    }
}

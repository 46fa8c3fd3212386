using AngleSharp.Dom;

namespace Chronicle.Ingest.Html;

/// <summary>Removes page furniture before the content is scored: script-like and form elements,
/// hidden elements, and containers whose class or id says navigation, sharing, comments, ads.
/// Containers that hold the article itself (article, main, itemprop=articleBody, or a class that
/// also says content) are kept whatever else their names say.</summary>
internal static class PageCleaner
{
    /// <summary>Development aid: receives one line per removed container when set.</summary>
    public static Action<string>? Trace { get; set; } = Environment.GetEnvironmentVariable("CHRONICLE_EXTRACT_TRACE") is "1" ? Console.Error.WriteLine : null;

    public static void Clean(IDocument document, IElement root)
    {
        RemoveTags(root, BoilerplateRules.JunkTags);
        foreach (var e in root.QuerySelectorAll("[role=navigation],[role=complementary],[role=contentinfo],[role=dialog],[role=alert]").ToArray())
            e.Remove();
        var removed = new HashSet<IElement>();
        foreach (var e in root.QuerySelectorAll("*").ToArray())
        {
            if (e.ParentElement is not { } parent || removed.Contains(parent)) { removed.Add(e); continue; } // gone with an ancestor
            if (BoilerplateRules.IsHidden(e) || IsUnlikely(e))
            {
                Trace?.Invoke($"removed {e.TagName} .{BoilerplateRules.ClassAndId(e)} ({DomText.CollapsedLength(e.TextContent)} chars)");
                removed.Add(e);
            }
        }
        foreach (var e in removed)
            if (e.ParentElement is { } parent && !removed.Contains(parent)) e.Remove();
        WrapInlineRuns(document, root);
    }

    /// <summary>Removes every element with one of the tag names below <paramref name="root"/>.</summary>
    public static void RemoveTags(IElement root, IEnumerable<string> tags)
    {
        foreach (var tag in tags)
            foreach (var e in root.GetElementsByTagName(tag).ToArray()) e.Remove();
    }

    private static bool IsUnlikely(IElement e)
    {
        if (e.TagName is "BODY" or "HTML" or "ARTICLE" or "MAIN" or "A") return false;
        var names = BoilerplateRules.ClassAndId(e);
        if (names.Length < 2 || !BoilerplateRules.Unlikely().IsMatch(names)) return false;
        if (BoilerplateRules.MaybeCandidate().IsMatch(names)) return false;
        // Embedded posts (a tweet quoted in the story) sit in "social" embeds but are content.
        if (e.QuerySelector("article,[itemprop=articleBody],blockquote") is not null) return false;
        return true;
    }

    /// <summary>Text and inline elements that sit directly in a container next to blocks become
    /// their own &lt;p&gt;, so every paragraph can be scored and rendered the same way.</summary>
    private static void WrapInlineRuns(IDocument document, IElement root)
    {
        foreach (var container in root.QuerySelectorAll("div,section,article,main,td,blockquote,li").ToArray())
        {
            bool hasBlock = false;
            foreach (var child in container.Children)
                if (DomText.IsBlock(child)) { hasBlock = true; break; }
            if (!hasBlock) continue;
            var run = new List<INode>();
            foreach (var node in container.ChildNodes.ToArray())
            {
                if (node is IElement el && DomText.IsBlock(el))
                {
                    Flush(document, container, run, el);
                    continue;
                }
                run.Add(node);
            }
            Flush(document, container, run, null);
        }
    }

    private static void Flush(IDocument document, IElement container, List<INode> run, INode? before)
    {
        if (run.Count == 0) return;
        bool hasText = false;
        foreach (var n in run)
            if (!string.IsNullOrWhiteSpace(n.TextContent)) { hasText = true; break; }
        if (hasText)
        {
            var p = document.CreateElement("p");
            container.InsertBefore(p, before ?? run[^1].NextSibling);
            foreach (var n in run) p.AppendChild(n);
        }
        run.Clear();
    }
}

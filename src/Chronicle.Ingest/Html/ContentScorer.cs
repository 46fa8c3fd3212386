using AngleSharp.Dom;

namespace Chronicle.Ingest.Html;

/// <summary>
/// Finds the element that holds the article: every paragraph-like block scores by its length and
/// commas, the score flows to its ancestors (fading with distance), containers start from their tag
/// and class/id weight, and link-heavy containers are discounted. The best container is widened to
/// a shared ancestor when the runners-up live under it, and its siblings that look like article text
/// join it (Readability's algorithm, with the scoring spread over more block kinds).
/// </summary>
internal sealed class ContentScorer
{
    private const int MinParagraphChars = 25;
    private readonly Dictionary<IElement, double> _scores = new();

    public IReadOnlyList<IElement> Select(IElement root)
    {
        foreach (var block in root.QuerySelectorAll("p,pre,td,blockquote,h2,h3,h4,h5,h6,li,div,section,dd"))
        {
            if (!IsParagraphLike(block)) continue;
            var text = block.TextContent;
            int length = DomText.CollapsedLength(text);
            if (length < MinParagraphChars) continue;
            double score = 1 + DomText.CountCommas(text) + Math.Min(length / 100, 3);
            var ancestor = block.ParentElement;
            for (int level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (ancestor.TagName is "HTML") break;
                if (!_scores.ContainsKey(ancestor)) _scores[ancestor] = InitialScore(ancestor);
                _scores[ancestor] += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
            }
        }
        if (_scores.Count == 0) return [];

        foreach (var element in _scores.Keys.ToArray())
            _scores[element] *= 1 - DomText.LinkDensity(element, DomText.CollapsedLength(element.TextContent));
        var ranked = _scores.Select(kv => (Element: kv.Key, Score: kv.Value)).OrderByDescending(c => c.Score).Take(8).ToList();
        foreach (var (element, score) in ranked) PageCleaner.Trace?.Invoke($"candidate {score:0.0} {element.TagName} .{BoilerplateRules.ClassAndId(element)}");
        var (top, topScore) = ranked[0];
        top = WidenToSharedAncestor(top, topScore, ranked);
        top = ClimbWhileParentScoresHigher(top);
        PageCleaner.Trace?.Invoke($"chosen {top.TagName} .{BoilerplateRules.ClassAndId(top)}");
        return WithSiblings(top);
    }

    /// <summary>Paragraphs, and containers that hold only inline content (a div used as a paragraph).</summary>
    private static bool IsParagraphLike(IElement e)
    {
        if (e.TagName is not ("DIV" or "SECTION" or "TD" or "LI" or "BLOCKQUOTE" or "DD")) return true;
        foreach (var child in e.Children)
            if (DomText.IsBlock(child)) return false;
        return true;
    }

    private static double InitialScore(IElement e)
    {
        double score = e.TagName switch
        {
            "DIV" or "ARTICLE" or "MAIN" or "SECTION" => 5,
            "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
            _ => 0,
        };
        if (e.TagName is "ARTICLE" || e.GetAttribute("itemprop") is "articleBody") score += 10;
        return score + BoilerplateRules.ClassWeight(e);
    }

    private double ScoreOf(IElement e) => _scores.TryGetValue(e, out var s) ? s : 0;

    /// <summary>When three of the runners-up (within 75% of the best) share an ancestor with the
    /// best, the article is split over several containers: take the ancestor.</summary>
    private IElement WidenToSharedAncestor(IElement top, double topScore, List<(IElement Element, double Score)> ranked)
    {
        var alternatives = ranked.Skip(1).Where(c => c.Score >= topScore * 0.75).Select(c => c.Element).ToList();
        if (alternatives.Count < 3) return top;
        for (var parent = top.ParentElement; parent is not null && parent.TagName != "BODY"; parent = parent.ParentElement)
        {
            int inside = alternatives.Count(a => parent.Contains(a));
            if (inside >= 3) return parent;
        }
        return top;
    }

    private IElement ClimbWhileParentScoresHigher(IElement top)
    {
        double last = ScoreOf(top), threshold = last / 3;
        for (var parent = top.ParentElement; parent is not null && parent.TagName != "BODY"; parent = parent.ParentElement)
        {
            if (!_scores.TryGetValue(parent, out var parentScore)) continue;
            if (parentScore < threshold) break;
            if (parentScore > last) { top = parent; break; }
            last = parentScore;
        }
        while (top.ParentElement is { } only && only.TagName != "BODY" && only.Children.Length == 1) top = only;
        return top;
    }

    /// <summary>Characters of paragraph text with few links below <paramref name="e"/>: how much article an
    /// unscored sibling (a wrapper too far above its paragraphs to receive their scores) holds.</summary>
    private static int ParagraphText(IElement e)
    {
        int total = 0;
        foreach (var p in e.GetElementsByTagName("p"))
        {
            int length = DomText.CollapsedLength(p.TextContent);
            if (length >= MinParagraphChars && DomText.LinkDensity(p, length) < 0.25) total += length;
        }
        return total;
    }

    /// <summary>The best container and those of its siblings that score well or read like paragraphs.</summary>
    private List<IElement> WithSiblings(IElement top)
    {
        var parent = top.ParentElement;
        if (parent is null) return [top];
        double topScore = ScoreOf(top), threshold = Math.Max(10, topScore * 0.2);
        var selected = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top) { selected.Add(sibling); continue; }
            double bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (_scores.TryGetValue(sibling, out var s) && s + bonus >= threshold) { selected.Add(sibling); continue; }
            if (sibling.TagName != "P")
            {
                if (!_scores.ContainsKey(sibling) && ParagraphText(sibling) >= Math.Max(300, ParagraphText(top) / 4)) selected.Add(sibling);
                continue;
            }
            var text = sibling.TextContent;
            int length = DomText.CollapsedLength(text);
            double links = DomText.LinkDensity(sibling, length);
            if ((length > 80 && links < 0.25) || (length > 0 && links == 0 && text.TrimEnd().EndsWith('.')))
                selected.Add(sibling);
        }
        return selected;
    }
}

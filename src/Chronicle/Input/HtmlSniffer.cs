namespace Chronicle.Input;

/// <summary>Decides by content whether input is an HTML page rather than plain text.</summary>
public static class HtmlSniffer
{
    private static readonly string[] Markers = ["<!doctype html", "<html", "<head", "<body", "<article", "<meta "];

    public static bool LooksLikeHtml(string content)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 2048)).TrimStart();
        if (head.Length == 0 || head[0] != '<') return false;
        foreach (var marker in Markers)
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}

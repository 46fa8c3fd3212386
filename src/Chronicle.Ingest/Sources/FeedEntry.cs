namespace Chronicle.Ingest.Sources;

/// <summary>One feed item as its feed gives it, the same for RSS 2.0, RSS 1.0 and Atom.</summary>
internal sealed record FeedEntry(string? Id, string? Link, string? Title, DateOnly? Published, FeedField? Content, FeedField? Summary);

/// <summary>A text field of a feed item with its declared type ("text", "html", "xhtml"; null where the
/// format declares none).</summary>
internal sealed record FeedField(string Text, string? Type);

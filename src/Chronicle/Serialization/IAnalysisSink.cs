namespace Chronicle.Serialization;

/// <summary>Where analyzed articles go: a JSON Lines file, the SQLite store or PostgreSQL. The
/// ingest command writes through this interface and does not know which one it has.</summary>
public interface IAnalysisSink : IDisposable
{
    /// <summary>Stores one analyzed article, replacing any earlier version with the same id, atomically.</summary>
    void Store(Analysis analysis);

    /// <summary>Records that an article duplicates an earlier one (kind: "exact" or "near") and was not analyzed again.</summary>
    void StoreDuplicate(string id, string duplicateOfId, string kind, string? url);

    /// <summary>The <see cref="Analysis.ContentHash"/> the article with this id was stored with, or null when the
    /// sink keeps none (a JSON Lines file) or has no such article: a re-run ingest skips an article whose hash is unchanged.</summary>
    string? StoredContentHash(string id) => null;
}

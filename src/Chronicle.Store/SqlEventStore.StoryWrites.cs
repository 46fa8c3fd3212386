using Chronicle.Serialization;
using Chronicle.Stories;

namespace Chronicle.Store;

public abstract partial class SqlEventStore
{
    /// <summary>Assigns stories and links events for analyses whose articles are stored elsewhere or not at
    /// all (the stories benchmark); one transaction and one lock per call. <see cref="Store"/> does this itself.</summary>
    public void AssignStories(IReadOnlyList<Analysis> analyses)
    {
        var batch = analyses.Select(a => (a, ArticleProfiler.Profile(a))).ToList();
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        Stories.Assign(connection, transaction, batch);
        transaction.Commit();
    }

    /// <summary>Clears the stories and assigns every stored article again in the order it was stored,
    /// which is the order they arrived in (a re-stored article counts from its last store). Returns the article count.</summary>
    public int RebuildStories(Action<int>? progress = null) =>
        Stories.Rebuild(OpenConnection, StoredAnalysesInArrivalOrder, progress);

    private IEnumerable<Analysis> StoredAnalysesInArrivalOrder()
    {
        using var connection = OpenConnection();
        using var command = Command(connection, null, "SELECT analysis FROM articles ORDER BY row_id", []);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var analysis = AnalysisJson.Deserialize(reader.GetString(0));
            if (analysis is not null) yield return analysis;
        }
    }
}

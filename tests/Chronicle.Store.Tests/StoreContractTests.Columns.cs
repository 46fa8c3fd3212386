using System.Data.Common;
using Chronicle.Annotations;

namespace Chronicle.Store.Tests;

/// <summary>Column values other programs read straight from the database (SQL users, exports), on both databases.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>A connection of the test's own to the store's database, for reading its rows as stored.</summary>
    protected abstract DbConnection Connect(IEventStore store);

    [Fact]
    public void EntityTypesAreStoredAsTheirContractLabels()
    {
        using var store = Create();
        var article = SyntheticCorpus.Article(2, 8);
        store.Store(article);
        using var connection = Connect(store);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type FROM entities";
        var stored = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) stored.Add(reader.GetString(0));
        var expected = article.Entities.Select(e => e.Type.Label()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stored.Order(StringComparer.Ordinal));
        Assert.Contains("GPE", stored);
    }
}

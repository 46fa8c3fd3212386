using System.Globalization;
using System.Text;

namespace Chronicle.Store;

/// <summary>Builds a WHERE clause from conditions and their named parameters. User values only
/// ever travel as parameters; the SQL text is made of fixed fragments.</summary>
internal sealed class SqlConditions
{
    private readonly List<string> conditions = [];
    private readonly List<(string Name, object? Value)> parameters = [];

    public IEnumerable<(string Name, object? Value)> Parameters => parameters;

    public string Sql => conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    /// <summary>The WHERE clause with one more fixed condition.</summary>
    public string And(string condition) => "WHERE " + string.Join(" AND ", conditions.Append(condition));

    public void Add(string condition, params (string Name, object? Value)[] values)
    {
        conditions.Add(condition);
        parameters.AddRange(values);
    }

    /// <summary>A prefix match written as a range, so that an ordinary index serves it in both databases.</summary>
    public void Prefix(string column, string name, string prefix)
    {
        var (low, high) = PrefixRange(prefix);
        Add($"({column} >= {name} AND {column} < {name}_end)", (name, low), (name + "_end", high));
    }

    /// <summary>Keyset pagination: only rows after the cursor (the last key of the previous page).</summary>
    public void After(string keyColumn, string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return;
        if (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out long after))
            throw new StoreException($"bad cursor \"{cursor}\" (use the \"next\" value of the previous page)");
        Add($"{keyColumn} > @after", ("@after", after));
    }

    /// <summary>[prefix, prefix with its last character raised by one): every string starting with prefix.</summary>
    public static (string Low, string High) PrefixRange(string prefix)
    {
        var high = new StringBuilder(prefix);
        high[^1] = (char)(high[^1] + 1);
        return (prefix, high.ToString());
    }

    /// <summary>A LIKE pattern for "contains", with the user's % _ and \ taken literally.</summary>
    public static string Contains(string value) =>
        "%" + value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}

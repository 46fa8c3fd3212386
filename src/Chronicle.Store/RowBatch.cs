using System.Data.Common;
using System.Text;

namespace Chronicle.Store;

/// <summary>The rows of one article, sent as one multi-row INSERT per table (chunked) when flushed,
/// instead of one statement per row: an article carries a few hundred rows (mentions, events,
/// quotes ...), and on PostgreSQL each statement is a network round trip that cost as much as the
/// analysis itself. Both SQLite and PostgreSQL accept <c>INSERT ... VALUES (...), (...)</c> and
/// coerce each value to its column's type. Tables are written in the order they were declared.</summary>
/// <remarks><paramref name="maxParameters"/>: bound parameters per statement, each database's
/// <see cref="SqlEventStore.MaxStatementParameters"/>.</remarks>
internal sealed class RowBatch(DbConnection connection, DbTransaction transaction, int maxParameters)
{

    private readonly List<BatchedTable> tables = [];

    public BatchedTable Table(string name, params string[] columns)
    {
        var table = new BatchedTable(name, columns);
        tables.Add(table);
        return table;
    }

    /// <summary>Inserts every row written so far, table by table.</summary>
    public void Flush()
    {
        foreach (var table in tables)
        {
            int rowsPerStatement = Math.Max(1, maxParameters / table.Columns.Length);
            for (int first = 0; first < table.Rows.Count; first += rowsPerStatement)
                Insert(table, first, Math.Min(rowsPerStatement, table.Rows.Count - first));
            table.Rows.Clear();
        }
    }

    private void Insert(BatchedTable table, int first, int count)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(64 + count * table.Columns.Length * 6);
        sql.Append("INSERT INTO ").Append(table.Name).Append(" (").AppendJoin(", ", table.Columns).Append(") VALUES ");
        int parameter = 0;
        for (int row = first; row < first + count; row++)
        {
            sql.Append(row == first ? "(" : ", (");
            var values = table.Rows[row];
            for (int column = 0; column < values.Length; column++, parameter++)
            {
                string name = "@p" + parameter;
                sql.Append(column == 0 ? "" : ", ").Append(name);
                var p = command.CreateParameter();
                p.ParameterName = name;
                p.Value = values[column] ?? DBNull.Value;
                command.Parameters.Add(p);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        command.ExecuteNonQuery();
    }
}

/// <summary>The rows waiting for one table of a <see cref="RowBatch"/>.</summary>
internal sealed class BatchedTable(string name, string[] columns)
{
    public string Name { get; } = name;
    public string[] Columns { get; } = columns;
    public List<object?[]> Rows { get; } = [];

    public void Write(params object?[] values)
    {
        if (values.Length != Columns.Length)
            throw new ArgumentException($"{Name}: {values.Length} values for {Columns.Length} columns", nameof(values));
        Rows.Add(values);
    }
}

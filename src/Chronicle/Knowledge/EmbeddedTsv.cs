namespace Chronicle.Knowledge;

/// <summary>Rows of a tab-separated list embedded in the Chronicle assembly ('#' lines are comments);
/// short rows are padded with empty fields to <c>columns</c>.</summary>
internal static class EmbeddedTsv
{
    public static IEnumerable<string[]> Rows(string resourceName, int columns)
    {
        using var stream = typeof(EmbeddedTsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"list {resourceName} is not embedded");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length < columns) Array.Resize(ref fields, columns);
            for (int i = 0; i < fields.Length; i++) fields[i] ??= "";
            yield return fields;
        }
    }
}

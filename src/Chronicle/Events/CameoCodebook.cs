using System.Reflection;

namespace Chronicle.Events;

/// <summary>One CAMEO event code's codebook entry: its facts and its PLOVER equivalent (the code itself is a
/// string here, as the codebook file and the event record write it; <see cref="CameoCode"/> is the coder's type).</summary>
public sealed record CameoEntry(string Code, string Name, int QuadClass, double Goldstein, string? Plover, string? PloverMode)
{
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
}

/// <summary>
/// The CAMEO codebook (every code with name, Goldstein value and quad class; generated from GDELT's
/// tables by scripts/gen-cameo-codebook.py) joined with Chronicle's CAMEO-to-PLOVER crosswalk
/// (Data/plover-map.tsv, longest prefix wins). Codes outside the codebook — user dictionaries may
/// define their own — still get a quad class and PLOVER type from their root.
/// </summary>
public sealed class CameoCodebook
{
    private readonly Dictionary<string, CameoEntry> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Type, string? Mode)> _plover = new(StringComparer.Ordinal);

    public static CameoCodebook Default { get; } = new(
        EmbeddedData.ReadLines("cameo-codebook.tsv"), EmbeddedData.ReadLines("plover-map.tsv"));

    public CameoCodebook(IEnumerable<string> codebookLines, IEnumerable<string> ploverLines)
    {
        foreach (var f in EmbeddedData.Rows(ploverLines, 3))
            _plover[f[0]] = (f[1] == "-" ? null : f[1], f[2] == "-" ? null : f[2]);
        foreach (var f in EmbeddedData.Rows(codebookLines, 4))
        {
            var (type, mode) = Plover(f[0]);
            _codes[f[0]] = new CameoEntry(f[0], f[3], int.Parse(f[1]), double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), type, mode);
        }
    }

    public int Count => _codes.Count;
    public IEnumerable<CameoEntry> Codes => _codes.Values;

    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>The codebook entry; for a code outside the codebook, one derived from its root.</summary>
    public CameoEntry Get(string code)
    {
        if (_codes.TryGetValue(code, out var known)) return known;
        var root = code.Length >= 2 ? code[..2] : code;
        var (type, mode) = Plover(code);
        if (_codes.TryGetValue(root, out var rootCode))
            return new CameoEntry(code, rootCode.Name, rootCode.QuadClass, rootCode.Goldstein, type, mode);
        return new CameoEntry(code, "user-defined code", 0, 0, null, null);
    }

    private (string? Type, string? Mode) Plover(string code)
    {
        for (int length = code.Length; length >= 2; length--)
            if (_plover.TryGetValue(code[..length], out var mapped)) return mapped;
        return (null, null);
    }
}

/// <summary>Reads the data files embedded under Events/Data.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Chronicle.Events.Data." + fileName)
            ?? throw new InvalidOperationException($"embedded event data '{fileName}' is missing from the build");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    /// <summary>Tab-separated rows with at least <paramref name="columns"/> fields; # comments and blanks skipped.</summary>
    public static IEnumerable<string[]> Rows(IEnumerable<string> lines, int columns)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length >= columns) yield return fields;
        }
    }
}

namespace Chronicle.Learning;

/// <summary>The classes of a model (tags or transitions), numbered in order of first appearance.</summary>
public sealed class LabelSet
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public LabelSet() { }
    public LabelSet(IEnumerable<string> names) { foreach (var n in names) GetOrAdd(n); }

    public int Count => _names.Count;
    public IReadOnlyList<string> Names => _names;
    public string this[int id] => _names[id];

    public int GetOrAdd(string name)
    {
        if (_ids.TryGetValue(name, out int id)) return id;
        id = _names.Count;
        _names.Add(name);
        _ids[name] = id;
        return id;
    }

    public int IdOf(string name) => _ids.TryGetValue(name, out int id) ? id : -1;
}

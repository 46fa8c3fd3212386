using System.Collections.Frozen;

namespace Chronicle.Knowledge;

/// <summary>A fixed set of words looked up by character span (no string allocated per lookup).</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(string spaceSeparated, bool ignoreCase = false)
    {
        var set = spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>The words as listed (to check one set against another; lookups go through <see cref="Contains"/>).</summary>
    public IReadOnlySet<string> Words => _lookup.Set;
}

namespace Chronicle.Text;

/// <summary>
/// Multi-word phrases looked up by token span (no per-token strings): phrases are indexed by their
/// first word, and the longest phrase starting at a token wins. Among equally long phrases the one
/// added last wins by default, so user dictionaries loaded later override built-in ones; with
/// <c>laterWins: false</c> the first one added does (lists whose order settles ambiguities).
/// A phrase whose last word is a stem (TABARI/PETRARCH convention: no trailing underscore) matches
/// any token starting with it ("BULGAR" matches "Bulgarian").
/// </summary>
public sealed class PhraseIndex<T>
{
    private sealed record Entry(string[] Words, bool StemLast, T Value, int Order);

    private readonly Dictionary<string, List<Entry>> _byFirst;
    private readonly Dictionary<string, List<Entry>> _stems;
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _byFirstSpan;
    /// <summary>Phrases of two words or more (the second one whole) by "first\u0001second": a common first word ("the",
    /// "United", "President" start hundreds of Phoenix phrases) then costs one lookup, not one comparison per phrase.</summary>
    private readonly Dictionary<string, List<Entry>> _byPair;
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _byPairSpan;
    private const char PairSeparator = '\u0001';
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _stemsSpan;
    /// <summary>The longest single-word stem under each three-letter start: a token whose start no stem has costs one
    /// lookup instead of one per prefix length (the Phoenix dictionaries hold stems of up to 25 letters).</summary>
    private readonly Dictionary<string, int> _stemReach;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stemReachSpan;
    private readonly StringComparison _comparison;
    private readonly bool _laterWins;
    private int _order;

    public PhraseIndex(bool ignoreCase = true, bool laterWins = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _laterWins = laterWins;
        _byFirst = new(comparer);
        _stems = new(comparer);
        _byFirstSpan = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _byPair = new(comparer);
        _byPairSpan = _byPair.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemsSpan = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemReach = new(comparer);
        _stemReachSpan = _stemReach.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _order;

    public void Add(IReadOnlyList<string> words, T value, bool stemLast = false)
    {
        if (words.Count == 0 || words[0].Length == 0) return;
        var entry = new Entry([.. words], stemLast, value, _order++);
        bool singleStem = stemLast && words.Count == 1;
        bool paired = words.Count > 2 || words.Count == 2 && !stemLast;
        var table = singleStem ? _stems : paired ? _byPair : _byFirst;
        var key = paired ? words[0] + PairSeparator + words[1] : words[0];
        if (!table.TryGetValue(key, out var list)) table[key] = list = [];
        list.Add(entry);
        if (singleStem && words[0].Length >= MinStem)
        {
            var start = words[0][..MinStem];
            _stemReach[start] = Math.Max(_stemReach.GetValueOrDefault(start), words[0].Length);
        }
    }

    private const int MinStem = 3;

    /// <summary>A stem shorter than this matches only itself, or itself with a plural "s" or a closing dot ("U.S" ->
    /// "U.S."): Phoenix's short acronyms would otherwise code ordinary words ("PLA" -> "plans", "AUC" -> "auction").</summary>
    private const int ShortStem = 5;

    private static bool StemCovers(ReadOnlySpan<char> token, int stemLength) =>
        stemLength >= ShortStem || token.Length == stemLength
        || token.Length == stemLength + 1 && token[^1] is 's' or 'S' or '.';

    /// <summary>The longest stem a token starting like <paramref name="word"/> could match, 0 for none.</summary>
    private int StemReach(ReadOnlySpan<char> word) =>
        word.Length >= MinStem && _stemReachSpan.TryGetValue(word[..MinStem], out int reach) ? Math.Min(reach, word.Length) : 0;

    /// <summary>Longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(Document document, int start, int limit, out int end, out T value)
    {
        end = start;
        value = default!;
        Entry? best = null;
        var first = document.TokenSpan(start);
        if (_byFirstSpan.TryGetValue(first, out var list))
            foreach (var entry in list)
                if (Matches(document, entry, start, limit) && Better(entry, best)) best = entry;
        if (start + 1 < limit && PairLookup(first, document.TokenSpan(start + 1)) is { } pairs)
            foreach (var entry in pairs)
                if (Matches(document, entry, start, limit) && Better(entry, best)) best = entry;
        best ??= LongestStem(first);
        if (best is null) return false;
        end = start + best.Words.Length;
        value = best.Value;
        return true;
    }

    /// <summary>A single word (a token or part of one) as a one-word phrase.</summary>
    public bool TryMatchWord(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        Entry? best = null;
        if (_byFirstSpan.TryGetValue(word, out var list))
            foreach (var entry in list)
                if (entry.Words.Length == 1 && Better(entry, best)) best = entry;
        best ??= LongestStem(word);
        if (best is null) return false;
        value = best.Value;
        return true;
    }

    /// <summary>The single-word stem entry for the longest prefix of <paramref name="word"/> (at least 3 characters)
    /// that has one, or null.</summary>
    private Entry? LongestStem(ReadOnlySpan<char> word)
    {
        for (int length = StemReach(word); length >= MinStem; length--)
            if (StemCovers(word, length) && _stemsSpan.TryGetValue(word[..length], out var stems))
                return _laterWins ? stems[^1] : stems[0];
        return null;
    }

    private List<Entry>? PairLookup(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (_byPair.Count == 0 || first.Length + second.Length > 255) return null;
        Span<char> key = stackalloc char[first.Length + 1 + second.Length];
        first.CopyTo(key);
        key[first.Length] = PairSeparator;
        second.CopyTo(key[(first.Length + 1)..]);
        return _byPairSpan.TryGetValue(key, out var list) ? list : null;
    }

    private bool Better(Entry candidate, Entry? best) =>
        best is null || candidate.Words.Length > best.Words.Length ||
        (candidate.Words.Length == best.Words.Length && (candidate.Order > best.Order) == _laterWins);

    /// <summary>The value of the longest phrase at <paramref name="start"/> (before <paramref name="limit"/>), else default.</summary>
    public T? LongestMatch(Document document, int start, int limit) =>
        TryMatch(document, start, limit, out _, out var value) ? value : default;

    private bool Matches(Document document, Entry entry, int start, int limit)
    {
        var words = entry.Words;
        if (start + words.Length > limit) return false;
        for (int k = 1; k < words.Length; k++)
        {
            var token = document.TokenSpan(start + k);
            bool ok = entry.StemLast && k == words.Length - 1
                ? token.StartsWith(words[k], _comparison) && StemCovers(token, words[k].Length)
                : token.Equals(words[k], _comparison);
            if (!ok) return false;
        }
        return true;
    }
}

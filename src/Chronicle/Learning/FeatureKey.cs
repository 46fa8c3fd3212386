namespace Chronicle.Learning;

/// <summary>
/// Builds the hash of one feature (a template number plus the values it combines) without
/// allocating a string: feature templates call <c>new FeatureKey(t).Add(word).Add(tag)</c> and the
/// model maps the hash to a weight row. Collisions are rare at the bucket counts used and cost a
/// little accuracy, never correctness.
/// </summary>
public readonly struct FeatureKey
{
    private const ulong Prime = 1099511628211UL;
    private readonly ulong _hash;

    public FeatureKey(int template) => _hash = (14695981039346656037UL ^ (ulong)(uint)template) * Prime;

    private FeatureKey(ulong hash) => _hash = hash;

    public FeatureKey Add(ReadOnlySpan<char> value)
    {
        ulong h = _hash;
        foreach (char c in value) h = (h ^ c) * Prime;
        return new FeatureKey((h ^ 0x1F) * Prime); // separator: ("ab","c") differs from ("a","bc")
    }

    /// <summary>Adds the value folded to lower case (ASCII and Latin letters), still without allocating.</summary>
    public FeatureKey AddLower(ReadOnlySpan<char> value)
    {
        ulong h = _hash;
        foreach (char c in value) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return new FeatureKey((h ^ 0x1F) * Prime);
    }

    public FeatureKey Add(int value) => new(((_hash ^ (ulong)(uint)value) * Prime ^ 0x2F) * Prime);

    /// <summary>Adds a precomputed 64-bit value, e.g. the <see cref="Hash"/> of a token's word
    /// computed once per sentence and reused by every window feature that mentions it.</summary>
    public FeatureKey Add(ulong value) => new(((_hash ^ value) * Prime ^ 0x4F) * Prime);

    /// <summary>The raw 64-bit hash, to store and combine later with <see cref="Add(ulong)"/>.</summary>
    public ulong Hash => _hash;

    public FeatureKey Add(char value) => new(((_hash ^ value) * Prime ^ 0x3F) * Prime);

    /// <summary>The bucket of this feature in a table of <paramref name="mask"/> + 1 rows (a power of two).</summary>
    public int Bucket(int mask)
    {
        ulong h = _hash;
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33; // finalizer: spread the low bits
        return (int)(h & (uint)mask);
    }
}

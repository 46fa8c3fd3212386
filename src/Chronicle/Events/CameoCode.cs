using System.Diagnostics.CodeAnalysis;

namespace Chronicle.Events;

/// <summary>
/// A CAMEO event code ("190", "0874"): a two-digit root (19 = fight) refined by a third and fourth digit.
/// The coder reasons about codes by their family ("every 087x is a de-escalation", "roots 14-20 are material
/// conflict"); this type says so in one place instead of <c>StartsWith("087")</c> string tests scattered
/// over the coder. It wraps the code's string unchanged, so writing it out (JSON, stores, exports) gives
/// the same text and wrapping one allocates nothing.
/// </summary>
/// <remarks>Codes are not validated on construction: user PETRARCH dictionaries may define codes of their
/// own, which the coder carries through as before. <see cref="Parse"/> and <see cref="TryParse"/> accept
/// only CAMEO's shape (two to four ASCII digits), for input that must be a codebook-style code.</remarks>
public readonly struct CameoCode : IEquatable<CameoCode>
{
    private readonly string? _value;

    /// <summary>Wraps a code as given (see the remarks: no validation).</summary>
    public CameoCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The code's text, exactly as it is written out ("" for the default value).</summary>
    public string Value => _value ?? "";

    public int Length => Value.Length;

    /// <summary>The two-digit root as text ("19" for 190 and 1951); a code shorter than two characters is its own root.</summary>
    public string Root => Value.Length >= 2 ? Value[..2] : Value;

    /// <summary>The root as a number (19 for 1951), or -1 when the code does not start with two digits.</summary>
    public int RootNumber => Value is { Length: >= 2 } v && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1]) ? (v[0] - '0') * 10 + (v[1] - '0') : -1;

    /// <summary>The third digit (the kind within the root: '4' in 084 and 0843), '0' when the code has none.</summary>
    public char Third => Value.Length >= 3 ? Value[2] : '0';

    /// <summary>Whether the code is <paramref name="family"/> or one of its refinements: "0874" is under "087" and "08";
    /// "087" is not under "0874".</summary>
    public bool IsUnder(string family) => Value.StartsWith(family, StringComparison.Ordinal);

    /// <inheritdoc cref="IsUnder(string)"/>
    public bool IsUnder(CameoCode family) => IsUnder(family.Value);

    /// <summary>Whether both codes have one root ("190" and "1951"), the unit of "one event per source, target and root".</summary>
    public bool SharesRootWith(CameoCode other) => Root.AsSpan().SequenceEqual(other.Root);

    /// <summary>Material conflict: roots 14 (protest) to 20 (mass violence).</summary>
    public bool IsConflict => RootNumber >= 14;

    /// <summary>Acts of speech: verbal cooperation (roots 01-05: statements, appeals, intents, consultation, engagement)
    /// and verbal conflict (10-13: demands, disapproval, rejection, threats).</summary>
    public bool IsVerbal => RootNumber is >= 1 and <= 5 or >= 10 and <= 13;

    /// <summary>Reads a code of CAMEO's shape: two to four ASCII digits.</summary>
    public static CameoCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a CAMEO code (two to four digits)");

    public static bool TryParse([NotNullWhen(true)] string? text, out CameoCode code)
    {
        code = default;
        if (text is not { Length: >= 2 and <= 4 }) return false;
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        code = new CameoCode(text);
        return true;
    }

    public bool Equals(CameoCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);
    public override bool Equals(object? obj) => obj is CameoCode other && Equals(other);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
    public static bool operator ==(CameoCode left, CameoCode right) => left.Equals(right);
    public static bool operator !=(CameoCode left, CameoCode right) => !left.Equals(right);

    /// <summary>The code's text, as written out.</summary>
    public override string ToString() => Value;
}

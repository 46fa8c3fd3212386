using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Server;

/// <summary>Compares the X-Api-Key header with the configured key in constant time.</summary>
public sealed class ApiKeyCheck(string? key)
{
    private readonly byte[]? expected = string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public bool Configured => expected is not null;

    public bool Allows(string? presented) =>
        expected is not null && presented is { Length: > 0 }
        && CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}

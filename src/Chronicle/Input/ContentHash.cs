using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Input;

/// <summary>
/// The fingerprint of what an article's analysis depends on besides the models: its text and its
/// publication date (relative dates resolve against it). Ingest stores it with the article and skips
/// an article whose id and fingerprint are already stored; <c>--force</c> re-analyzes (after a model change).
/// </summary>
public static class ContentHash
{
    public static string Of(string text, DateOnly? published)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(text));
        // a separator no text contains, so "…2021" + "" never equals "…" + "2021"
        sha.AppendData([0xFF]);
        if (published is { } p) sha.AppendData(Encoding.ASCII.GetBytes(p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Chronicle.Input;
using UtfUnknown;

namespace Chronicle.Ingest.Sources;

/// <summary>
/// Turns the bytes of a page or text file into a string. The encoding comes from, in order: a
/// byte-order mark, the HTTP Content-Type charset, the page's own &lt;meta charset&gt;, valid UTF-8,
/// and otherwise statistical detection (UTF.Unknown), falling back to Windows-1252 — which is what
/// browsers do with undeclared Latin-1 pages too.
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="httpCharset"/> is the charset of a
    /// Content-Type header where the bytes came over HTTP. Throws <see cref="InputException"/> for binary data.</summary>
    public static string Decode(string input, byte[] bytes, string? httpCharset = null)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return NotEmpty(input, Encoding.UTF8.GetString(span[3..]));
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return NotEmpty(input, Encoding.Unicode.GetString(span[2..]));
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return NotEmpty(input, Encoding.BigEndianUnicode.GetString(span[2..]));
        if (TextInput.LooksBinary(span)) throw new InputException(input, "binary data, not text or HTML");
        var declared = EncodingNamed(httpCharset) ?? EncodingNamed(MetaCharset(span));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage) return NotEmpty(input, declared.GetString(bytes));
        try
        {
            return NotEmpty(input, StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            // Declared (or assumed) UTF-8 that is not: detect instead of failing, as browsers do.
        }
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected?.Encoding;
        var encoding = detected is null || detected.CodePage == Encoding.UTF8.CodePage ? Encoding.GetEncoding(1252) : EncodingNamed(detected.WebName) ?? detected;
        return NotEmpty(input, encoding.GetString(bytes));
    }

    /// <summary>The charset a page declares in its first 4 KB (&lt;meta charset&gt; or http-equiv).</summary>
    public static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaCharsetPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1").</summary>
    public static string? CharsetOfContentType(string? contentType)
    {
        if (contentType is null) return null;
        var m = ContentTypeCharset().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? EncodingNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim().Trim('"', '\'');
        // Browsers read ISO-8859-1 and US-ASCII pages as Windows-1252 (WHATWG Encoding Standard).
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)) return Encoding.GetEncoding(1252);
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string NotEmpty(string input, string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new InputException(input, "empty input (no text to analyze)") : text;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypeCharset();
}

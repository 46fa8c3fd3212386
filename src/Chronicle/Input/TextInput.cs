using System.Text;

namespace Chronicle.Input;

/// <summary>
/// Reads input bytes into text with the checks every command shares: existence, size limit,
/// emptiness, binary content and strict UTF-8 (UTF-16 with a byte-order mark is accepted too).
/// </summary>
public static class TextInput
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole file as text; throws <see cref="InputException"/> for bad input.</summary>
    public static string ReadFile(string path, long maxBytes = DefaultMaxBytes)
    {
        var bytes = ReadFileBytes(path, maxBytes);
        return DecodeText(path, bytes);
    }

    /// <summary>Reads a whole file's bytes after the existence and size checks.</summary>
    public static byte[] ReadFileBytes(string path, long maxBytes = DefaultMaxBytes)
    {
        if (Directory.Exists(path)) throw new InputException(path, "is a directory, not a file");
        if (!File.Exists(path)) throw new InputException(path, "no such file");
        long length = new FileInfo(path).Length;
        if (length > maxBytes) throw new InputException(path, $"file is {Megabytes(length)}, over the {Megabytes(maxBytes)} limit (see --max-size)");
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"cannot be read ({e.Message})");
        }
    }

    /// <summary>Turns bytes into text, rejecting empty, binary and invalid UTF-8 input.</summary>
    public static string DecodeText(string input, ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            if (LooksBinary(bytes)) throw new InputException(input, "binary data, not text");
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                throw new InputException(input, $"invalid UTF-8 at byte {e.Index}{InvalidByteHint(e)}");
            }
        }
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(input, "empty input (no text to analyze)");
        return text;
    }

    /// <summary>NUL bytes, or many control characters, in the first 8 KB mean binary data.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0) return true;
        int control = 0;
        foreach (byte b in head)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        return head.Length > 0 && control * 10 > head.Length;
    }

    private static string InvalidByteHint(DecoderFallbackException e) =>
        e.BytesUnknown is { Length: > 0 } b ? $" (0x{b[0]:X2}); is it Windows-1252 or Latin-1?" : "";

    private static string Megabytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 10 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} B",
    };
}

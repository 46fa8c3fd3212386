using System.IO.Compression;
using Chronicle.Input;

namespace Chronicle.Ingest.Sources;

/// <summary>Expands .gz files with a ceiling on the expanded size, so that a small file that
/// expands to gigabytes (a "zip bomb") is refused instead of exhausting memory.</summary>
public static class GzipInput
{
    public static byte[] Expand(string input, byte[] compressed, long maxBytes)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            for (int read; (read = gzip.Read(chunk, 0, chunk.Length)) > 0;)
            {
                if (buffer.Length + read > maxBytes)
                    throw new InputException(input, $"gzip expands past the {maxBytes / (1024 * 1024.0):0.#} MB limit (see --max-size)");
                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new InputException(input, $"not a valid gzip file ({e.Message.TrimEnd('.')})");
        }
        return buffer.ToArray();
    }

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;
}

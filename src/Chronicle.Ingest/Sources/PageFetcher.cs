using System.Net.Http.Headers;
using Chronicle.Input;

namespace Chronicle.Ingest.Sources;

/// <summary>Fetches pages and feeds over HTTP(S) with a timeout and a size ceiling; returns the
/// bytes and the charset of the Content-Type header. Failures become <see cref="InputException"/>.</summary>
public sealed class PageFetcher(TimeSpan timeout, long maxBytes) : IDisposable
{
    private readonly HttpClient _client = CreateClient(timeout);

    private static HttpClient CreateClient(TimeSpan timeout)
    {
        var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All, ConnectTimeout = timeout }) { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Chronicle", "1.0"));
        return client;
    }

    public static bool IsUrl(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public (byte[] Bytes, string? Charset, string? MediaType) Fetch(string url)
    {
        try
        {
            using var response = _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode) throw new InputException(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > maxBytes) throw new InputException(url, $"response is over the {maxBytes} byte limit");
            using var stream = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            for (int read; (read = stream.Read(chunk, 0, chunk.Length)) > 0;)
            {
                if (buffer.Length + read > maxBytes) throw new InputException(url, $"response is over the {maxBytes} byte limit");
                buffer.Write(chunk, 0, read);
            }
            var type = response.Content.Headers.ContentType;
            return (buffer.ToArray(), type?.CharSet, type?.MediaType);
        }
        catch (HttpRequestException e)
        {
            throw new InputException(url, $"cannot fetch ({e.HttpRequestError}: {e.InnerException?.Message ?? e.Message})");
        }
        catch (TaskCanceledException)
        {
            throw new InputException(url, $"cannot fetch (no answer within {timeout.TotalSeconds:0} s)");
        }
    }

    public void Dispose() => _client.Dispose();
}

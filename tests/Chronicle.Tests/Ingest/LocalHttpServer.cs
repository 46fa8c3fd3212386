using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Tests.Ingest;

/// <summary>A tiny HTTP/1.1 server on a free port of 127.0.0.1 for fetch tests: each GET is answered by
/// <c>respond(path)</c> with a status and an HTML body, one request per connection. The paths asked
/// for are recorded.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, (int Status, string Body)> _respond;
    private readonly Task _loop;

    public LocalHttpServer(Func<string, (int Status, string Body)> respond)
    {
        _respond = respond;
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public ConcurrentQueue<string> Requested { get; } = new();

    /// <summary>A URL on 127.0.0.1 where nothing listens (a port opened, then closed).</summary>
    public static string UnreachableUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    private async Task Serve()
    {
        while (true)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { return; }
            using (client)
            {
                var stream = client.GetStream();
                var request = new byte[8192];
                int read = await stream.ReadAsync(request);
                var requestLine = Encoding.ASCII.GetString(request, 0, read).Split("\r\n")[0].Split(' ');
                var path = requestLine.Length > 1 ? requestLine[1] : "/";
                Requested.Enqueue(path);
                var (status, body) = _respond(path);
                var bytes = Encoding.UTF8.GetBytes(body);
                var header = $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Error")}\r\nContent-Type: text/html; charset=utf-8\r\n" +
                             $"Content-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(header));
                await stream.WriteAsync(bytes);
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Chronicle.Store.Tests;

/// <summary>A private NATS server with JetStream for one test: its own port on 127.0.0.1 and its own
/// storage folder, killed and deleted at the end (no state is shared between tests).</summary>
public sealed class NatsServer : IDisposable
{
    private readonly Process process;
    private readonly string directory = Directory.CreateTempSubdirectory("chronicle-nats-").FullName;

    public NatsServer()
    {
        string program = File.Exists("/usr/sbin/nats-server") ? "/usr/sbin/nats-server" : "nats-server";
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var ready = new TaskCompletionSource();
        var info = new ProcessStartInfo(program, ["-js", "-a", "127.0.0.1", "-p", port.ToString(), "-sd", directory])
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        };
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("nats-server is not installed; run scripts/setup.sh", e);
        }
        process.ErrorDataReceived += (_, line) => { if (line.Data?.Contains("Server is ready") == true) ready.TrySetResult(); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (!ready.Task.Wait(TimeSpan.FromSeconds(10))) throw new InvalidOperationException("nats-server did not start in 10 s");
        Url = $"nats://127.0.0.1:{port}";
    }

    public string Url { get; }

    public void Dispose()
    {
        process.Kill();
        process.WaitForExit();
        process.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}

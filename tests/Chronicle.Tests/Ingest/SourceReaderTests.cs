using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Chronicle.Ingest.Sources;

namespace Chronicle.Tests.Ingest;

public class SourceReaderTests
{
    private readonly SourceReader _reader = new(1024 * 1024, new PageFetcher(TimeSpan.FromSeconds(5), 1024 * 1024));
    private readonly string _dir = TestPages.TempDirectory();

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest)) gz.Write(data);
        return buffer.ToArray();
    }

    [Fact]
    public void TextAndHtmlFiles()
    {
        var txt = Assert.Single(_reader.Read(Write("a.txt", "Plain text article.")));
        Assert.False(txt.IsHtml);
        Assert.Equal("Plain text article.", txt.Content);
        var html = Assert.Single(_reader.Read(Write("b.htm", TestPages.NewsPage())));
        Assert.True(html.IsHtml);
        Assert.Null(html.Error);
    }

    [Fact]
    public void JsonLinesAndJsonArrays()
    {
        var jsonl = _reader.Read(Write("in.jsonl", "{\"id\":\"1\",\"text\":\"One.\",\"published\":\"2020-01-02\"}\n\n{\"id\":\"2\",\"html\":\"<p>Two</p>\"}\nnot json\n")).ToList();
        Assert.Equal(3, jsonl.Count);
        Assert.Equal(new DateOnly(2020, 1, 2), jsonl[0].Published);
        Assert.True(jsonl[1].IsHtml);
        Assert.Contains("malformed JSON", jsonl[2].Error);
        Assert.Contains("line 4", jsonl[2].Input);
        var array = _reader.Read(Write("in.json", "[{\"id\":\"x\",\"text\":\"X.\"},{\"id\":\"y\",\"text\":\"Y.\"}]")).ToList();
        Assert.Equal(["x", "y"], array.Select(i => i.Id));
        var single = Assert.Single(_reader.Read(Write("one.json", "{\n  \"id\": \"s\",\n  \"text\": \"Single.\"\n}\n")));
        Assert.Equal("s", single.Id);
    }

    [Fact]
    public void GzipFilesAreExpandedAndABombIsRefused()
    {
        var item = Assert.Single(_reader.Read(Write("page.html.gz", Gzip(Encoding.UTF8.GetBytes(TestPages.NewsPage())))));
        Assert.True(item.IsHtml);
        Assert.Contains(TestPages.FirstParagraph, item.Content);
        var bomb = Assert.Single(_reader.Read(Write("bomb.txt.gz", Gzip(new byte[3 * 1024 * 1024]))));
        Assert.Contains("gzip expands past", bomb.Error);
        var fake = Assert.Single(_reader.Read(Write("fake.txt.gz", Encoding.UTF8.GetBytes("not gzip at all"))));
        Assert.Contains("not a valid gzip", fake.Error);
    }

    [Fact]
    public void FoldersAreReadRecursivelyInNameOrder()
    {
        Write("z.txt", "Z.");
        Write("sub/deeper/a.html", TestPages.NewsPage());
        Write("sub/notes.pdf", "ignored: not a supported extension");
        var units = SourceReader.Units([_dir]);
        Assert.Equal([Path.Combine(_dir, "sub/deeper/a.html"), Path.Combine(_dir, "z.txt")], units);
    }

    [Fact]
    public void RssFeedWithFullContentAndLenientDates()
    {
        var body = $"<p>{TestPages.FirstParagraph}</p><p>{TestPages.SecondParagraph}</p><p>{TestPages.ThirdParagraph}</p>";
        var rss = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valdoria Courier</title><link>https://courier.example/</link><description>d</description>
            <item><title>Pier closes</title><link>https://courier.example/pier</link><guid>pier-1</guid><pubDate>Tue, 09 May 2023 08:15:00 GMT</pubDate>
              <content:encoded><![CDATA[{body}]]></content:encoded></item>
            <item><title>Odd date</title><guid>odd-2</guid><pubDate>2023-05-10 10:00</pubDate><description><![CDATA[{body}]]></description></item>
            </channel></rss>
            """;
        var items = _reader.Read(Write("feed.rss", rss)).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("pier-1", items[0].Id);
        Assert.Equal("Pier closes", items[0].Title);
        Assert.Equal("Valdoria Courier", items[0].Source);
        Assert.Equal(new DateOnly(2023, 5, 9), items[0].Published);
        Assert.Equal(new DateOnly(2023, 5, 10), items[1].Published);
        Assert.Contains(TestPages.SecondParagraph, items[0].Content);
    }

    [Fact]
    public void AtomFeed()
    {
        var atom = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>urn:c</id><updated>2023-05-09T08:00:00Z</updated>
            <entry><title>Pier</title><id>urn:c:1</id><updated>2023-05-09T08:00:00Z</updated><published>2023-05-08T08:00:00Z</published>
              <link href="https://courier.example/pier"/><content type="html">&lt;p&gt;{TestPages.FirstParagraph}&lt;/p&gt;</content></entry>
            </feed>
            """;
        var item = Assert.Single(_reader.Read(Write("feed.atom", atom)));
        Assert.Equal("urn:c:1", item.Id);
        Assert.Equal(new DateOnly(2023, 5, 8), item.Published);
        Assert.Equal("https://courier.example/pier", item.Url);
        Assert.Contains(TestPages.FirstParagraph, item.Content);
    }

    [Fact]
    public void FeedThatIsNotXml()
    {
        var item = Assert.Single(_reader.Read(Write("broken.rss", "<rss><channel><title>x</title><item>unclosed & bad</channel>")));
        Assert.Contains("not a valid RSS/Atom feed", item.Error);
        var notFeed = Assert.Single(_reader.Read(Write("other.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>")));
        Assert.Contains("not an RSS 2.0, RSS 1.0 or Atom feed", notFeed.Error);
    }

    [Fact]
    public void UnreachableUrlIsAnItemError()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // the port is now closed
        var item = Assert.Single(_reader.Read($"http://127.0.0.1:{port}/news/story.html"));
        Assert.Contains("cannot fetch", item.Error);
    }

    [Fact]
    public void FetchesAPageAndUsesTheHttpCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var body = Encoding.GetEncoding(1252).GetBytes(TestPages.NewsPage("", extraParagraph: "<p>Café Müller — 12 €.</p>"));
        var server = Task.Run(() =>
        {
            using var client = listener.AcceptTcpClient();
            using var stream = client.GetStream();
            var request = new byte[4096];
            _ = stream.Read(request);
            var header = $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            stream.Write(Encoding.ASCII.GetBytes(header));
            stream.Write(body);
        });
        var item = Assert.Single(_reader.Read($"http://127.0.0.1:{port}/pier"));
        server.Wait(TimeSpan.FromSeconds(10));
        listener.Stop();
        Assert.Null(item.Error);
        Assert.True(item.IsHtml);
        Assert.Contains("Café Müller — 12 €.", item.Content);
    }

    [Fact]
    public void MissingFileAndBinaryFile()
    {
        Assert.Contains("no such file", Assert.Single(_reader.Read(Path.Combine(_dir, "nope.txt"))).Error);
        var bytes = new byte[2048];
        new Random(3).NextBytes(bytes);
        Assert.Contains("binary data", Assert.Single(_reader.Read(Write("image.html", bytes))).Error);
    }
}

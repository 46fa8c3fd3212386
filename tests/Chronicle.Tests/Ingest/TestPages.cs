namespace Chronicle.Tests.Ingest;

/// <summary>Pages written for these tests: a news page with furniture around the article, in
/// several encodings, and helpers for temporary folders.</summary>
internal static class TestPages
{
    public const string FirstParagraph = "The harbour authority of Valdoria announced on Tuesday that the northern pier will close for repairs, a decision that fishermen, ferry operators and shop owners had feared for months.";
    public const string SecondParagraph = "Engineers found cracks in three of the pier's concrete supports during an inspection in the spring, according to a report published by the authority, which said the work would take at least eight weeks.";
    public const string ThirdParagraph = "Ferry services to the islands will move to the southern terminal, where temporary ticket offices are being built, and the authority promised to pay for extra buses between the two sites.";

    /// <summary>A news page: navigation, share bar, article with meta data, related links, comments, footer.</summary>
    public static string NewsPage(string charsetMeta = "<meta charset=\"utf-8\">", string extraParagraph = "", string headExtra = "") => $$"""
        <!DOCTYPE html>
        <html lang="en"><head>{{charsetMeta}}
        <title>Northern pier to close for repairs | Valdoria Courier</title>
        <meta property="og:site_name" content="Valdoria Courier">
        <meta name="author" content="Mara Lindqvist">
        {{headExtra}}
        </head><body>
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="page">
          <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this story to a friend</a></div>
          <article class="story">
            <h1>Northern pier to close for repairs</h1>
            <div class="story-body">
              <p>{{FirstParagraph}}</p>
              <p>{{SecondParagraph}}</p>
              <p>{{ThirdParagraph}}</p>
              {{extraParagraph}}
            </div>
          </article>
          <div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Harbour fees rise again, say traders</a></li><li><a href="/b">New ferry ordered for the island route</a></li></ul></div>
          <div id="comments"><p>Great article, thanks for sharing this with everyone in the town, very helpful indeed!</p></div>
        </div>
        <footer><p>Copyright Valdoria Courier. All rights reserved. Contact us, advertise, privacy policy.</p></footer>
        </body></html>
        """;

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "chronicle-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string SharedData(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", name);
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException($"../shared/data/{name} not found above {AppContext.BaseDirectory}");
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using Chronicle.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chronicle.Server;

/// <summary>How to run the server: the store it serves, where it listens, the key that guards
/// writes (null: writes are refused), and the folder with the web UI.</summary>
public sealed record ServerOptions(IEventStore Store, string Urls = "http://127.0.0.1:5000", string? ApiKey = null, string? WebRoot = null)
{
    /// <summary>Reads posted HTML pages (null: articles must come as text).</summary>
    public Chronicle.Input.IHtmlArticleReader? HtmlReader { get; init; }

    /// <summary>Configuration key of the API key (environment variable <c>Chronicle__ApiKey</c>).</summary>
    public const string ApiKeySetting = "Chronicle:ApiKey";
}

/// <summary>The REST API and the web UI in one ASP.NET Core app over one store.</summary>
public static class ChronicleServer
{
    public static WebApplication Build(ServerOptions options, string[]? args = null)
    {
        string webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options.Store);
        builder.Services.AddSingleton(new ApiKeyCheck(options.ApiKey ?? builder.Configuration[ServerOptions.ApiKeySetting]));
        builder.Services.AddSingleton(new ArticleAnalyzer(options.Store, options.HtmlReader));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Chronicle API";
            doc.Info.Description = "Events, quotes, actors and articles from the Chronicle store. Lists page with a cursor: pass the `next` of one page as `cursor` for the next.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping; // JSON data; the UI never parses it as HTML
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        if (Directory.Exists(webRoot))
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        return app;
    }

    /// <summary>Defense in depth for hostile article text: no inline script, nothing from
    /// elsewhere, no framing, no content-type guessing.</summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
                                             "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}

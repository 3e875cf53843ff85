using EventDesk.Web.Api;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.FileProviders;

namespace EventDesk.Web.Hosting;

/// <summary>Composes the web host: services, security headers, the embedded dashboard and the API. Stateless.</summary>
public static class DeskWebApp
{
    /// <summary>
    /// Builds the app. With <paramref name="options"/> null they are read from configuration when first
    /// needed (keys <c>db</c>, <c>api-key</c>), which lets WebApplicationFactory replace them in tests.
    /// </summary>
    public static WebApplication Build(DeskWebOptions? options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        if (options is not null)
        {
            builder.WebHost.UseUrls(options.Urls);
            builder.Services.AddSingleton(options);
            if (options.Quiet)
            {
                builder.Logging.ClearProviders();
            }
        }
        else
        {
            if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            {
                builder.WebHost.UseUrls(DeskWebOptions.DefaultUrls);
            }
            builder.Services.AddSingleton(sp =>
            {
                var config = sp.GetRequiredService<IConfiguration>();
                return new DeskWebOptions { DbPath = config["db"] ?? "eventdesk.db", ApiKey = NullIfEmpty(config["api-key"]) };
            });
        }
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(sp => new StoreAccess(sp.GetRequiredService<DeskWebOptions>().DbPath));
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddProblemDetails();
        builder.Services.Configure<JsonOptions>(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new() { Title = "EventDesk API", Version = "v1", Description = "Coded political events, quotes, actors and documents from the desk database." };
            // Generated for docs/openapi.json: the server address is the deployer's, not part of the contract.
            doc.Servers = [];
            return Task.CompletedTask;
        }));
        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.Use(QueryErrors);
        var files = new EmbeddedFileProvider(typeof(DeskWebApp).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapDeskApi();
        return app;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>News text is untrusted input: the dashboard builds DOM with textContent, and this policy forbids inline script anyway.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        return next(context);
    }

    /// <summary>A malformed full-text query is the caller's mistake: 400 with SQLite's message, not 500.</summary>
    private static async Task QueryErrors(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (SqliteException e) when (!context.Response.HasStarted && e.SqliteErrorCode == 1)
        {
            context.Response.Clear();
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The query failed",
                detail: $"{e.Message} (check the full-text query syntax: SQLite FTS5, e.g. ceasefire OR truce, \"peace talks\")").ExecuteAsync(context);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using EventDesk.Cli.Commands;

namespace EventDesk.Web.Tests;

/// <summary><c>eventdesk serve</c>: its options, and the real command serving the API and the dashboard on loopback.</summary>
[Collection(DeskCollection.Name)]
public sealed class ServeCommandTests(DeskDatabase desk)
{
    [Fact]
    public void Options_have_help_text_and_safe_defaults()
    {
        var command = ServeCommand.Create();
        foreach (var name in new[] { "--db", "--urls", "--api-key" })
        {
            var option = command.Options.Single(o => o.Name == name);
            Assert.False(string.IsNullOrWhiteSpace(option.Description), name);
        }
        var parsed = command.Parse([]);
        Assert.Empty(parsed.Errors);
        Assert.Equal("http://127.0.0.1:5080", parsed.GetValue<string>("--urls"));
        Assert.Null(parsed.GetValue<string?>("--api-key"));
    }

    [Fact]
    public async Task Serves_the_api_and_the_dashboard_read_only_without_a_key()
    {
        var db = desk.Copy("serve");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "eventdesk.dll"), "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}" })
        {
            info.ArgumentList.Add(a);
        }
        info.Environment.Remove("EVENTDESK_API_KEY");
        using var process = Process.Start(info)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            JsonElement? server = null;
            for (var i = 0; i < 100 && server is null && !process.HasExited; i++)
            {
                try
                {
                    server = JsonDocument.Parse(await http.GetStringAsync("/api/info")).RootElement;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }
            Assert.True(server is not null, "eventdesk serve did not answer: " + (process.HasExited ? await process.StandardError.ReadToEndAsync() : "still starting"));
            Assert.True(server.Value.GetProperty("readOnly").GetBoolean());
            var page = await http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("app.js", await page.Content.ReadAsStringAsync());
            var events = JsonDocument.Parse(await http.GetStringAsync("/api/events?limit=1")).RootElement;
            Assert.True(events.GetProperty("total").GetInt64() > 0);
            var write = await http.PostAsync("/api/ingest", new StringContent("{\"text\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}

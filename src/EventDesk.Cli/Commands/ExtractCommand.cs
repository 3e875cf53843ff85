using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using EventDesk.Ingest.Extraction;
using EventDesk.Ingest.Sources;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk extract</c>: the article found in an HTML page, as JSON.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An HTML file (or .html.gz)." };
        var url = new Option<string?>("--url") { Description = "The page's URL (helps date extraction)." };
        var command = new Command("extract", "Extract the article (text, title, author, date, language) from an HTML page and print it as JSON.") { file, url };
        command.SetAction(p => Run(p.GetValue(file)!, p.GetValue(url), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string path, string? url, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            stderr.WriteLine("error: extract needs an HTML file; an empty path was given");
            return ExitCodes.InputError;
        }
        string html;
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gz = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
                using var m = new MemoryStream();
                gz.CopyTo(m);
                bytes = m.ToArray();
            }
            var (text, _, error) = TextDecoder.Decode(bytes);
            if (error is not null)
            {
                stderr.WriteLine($"error: {path}: {error}");
                return ExitCodes.InputError;
            }
            html = text!;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: {path}: cannot be read: {e.Message}");
            return ExitCodes.InputError;
        }
        var article = new HtmlArticleExtractor().Extract(html, url);
        stdout.WriteLine(JsonSerializer.Serialize(new
        {
            source = path,
            title = article.Title,
            author = article.Author,
            date = article.Date?.ToString("yyyy-MM-dd"),
            date_source = article.DateSource,
            language = article.Language,
            url = article.Url,
            text = article.Text,
            offset_segments = article.Offsets.SegmentCount,
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return ExitCodes.Success;
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace EventDesk.Ingest.Web;

public enum FetchStatus
{
    Ok,
    NotModified,
    Failed,
}

/// <summary>The outcome of one HTTP GET. Immutable.</summary>
public sealed record FetchResult(FetchStatus Status, byte[] Body, string? ContentType, string? ETag, string? LastModified, string? Error)
{
    public static FetchResult Fail(string error) => new(FetchStatus.Failed, [], null, null, null, error);
}

/// <summary>
/// HTTP GET with a timeout, a response size limit, a User-Agent, conditional GET (ETag /
/// Last-Modified) and a per-host minimum interval between requests. Thread-safe.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastByHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;

    public WebFetcher(TimeSpan? timeout = null, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        _time = time ?? TimeProvider.System;
        _http = handler is null
            ? new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, MaxAutomaticRedirections = 5, ConnectTimeout = TimeSpan.FromSeconds(10) })
            : new HttpClient(handler);
        _http.Timeout = timeout ?? TimeSpan.FromSeconds(30);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    public const string UserAgent = "EventDesk/0.1 (news monitoring desk; +https://github.com/eventdesk/eventdesk)";

    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>The minimum time between two requests to the same host.</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    public static bool IsUrl(string s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var u) && u.Scheme is "http" or "https";

    public FetchResult Get(string url, string? etag = null, string? lastModified = null, CancellationToken cancel = default) =>
        GetAsync(url, etag, lastModified, cancel).GetAwaiter().GetResult();

    public async Task<FetchResult> GetAsync(string url, string? etag = null, string? lastModified = null, CancellationToken cancel = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return FetchResult.Fail("not an http(s) URL");
        }
        await WaitForHost(uri.Host, cancel).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        if (lastModified is not null && DateTimeOffset.TryParse(lastModified, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            var newEtag = response.Headers.ETag?.ToString();
            var newLastModified = response.Content.Headers.LastModified?.ToString("R");
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(FetchStatus.NotModified, [], null, newEtag ?? etag, newLastModified ?? lastModified, null);
            }
            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Fail($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return FetchResult.Fail($"the response is {response.Content.Headers.ContentLength:N0} bytes, over the limit of {MaxBytes:N0}");
            }
            await using var stream = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return FetchResult.Fail($"the response exceeds the limit of {MaxBytes:N0} bytes");
                }
                buffer.Write(chunk, 0, read);
            }
            return new FetchResult(FetchStatus.Ok, buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, newEtag, newLastModified, null);
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            return FetchResult.Fail($"timed out after {_http.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Fail(e.Message);
        }
    }

    private async Task WaitForHost(string host, CancellationToken cancel)
    {
        while (true)
        {
            var now = _time.GetUtcNow();
            var last = _lastByHost.GetOrAdd(host, DateTimeOffset.MinValue);
            var wait = last + PerHostInterval - now;
            if (wait <= TimeSpan.Zero)
            {
                if (_lastByHost.TryUpdate(host, now, last))
                {
                    return;
                }
                continue;
            }
            await Task.Delay(wait, _time, cancel).ConfigureAwait(false);
        }
    }

    public void Dispose() => _http.Dispose();
}

using System.Net;
using System.Net.Sockets;

namespace Introspect.Testing;

/// <summary>
/// Serves a folder over HTTP on 127.0.0.1 and a free port, as a static host (GitHub Pages, nginx) would: files with
/// their content type, a folder as its index.html, 404 for anything missing or outside the folder. Stopped on dispose.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> s_contentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".map"] = "application/json; charset=utf-8",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
    };

    private static readonly byte[] s_notFoundPage =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>"u8.ToArray();

    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly Task _serving;

    public StaticSiteServer(string folder)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"The site folder '{_root}' does not exist.");
        }

        (_listener, BaseAddress) = StartOnFreePort();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The site's root, ending in a slash, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The absolute address of a page given relative to the site's root, e.g. "jobs/index.html".</summary>
    public Uri UrlOf(string relativePath) => new(BaseAddress, relativePath.TrimStart('/'));

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener; its exception on close carries no information.
        }
    }

    private static (HttpListener Listener, Uri Address) StartOnFreePort()
    {
        // HttpListener cannot bind port 0, so ask the OS for a free port and retry if another process takes it first.
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();

            var address = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.ToString());
            try
            {
                listener.Start();
                return (listener, address);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // A browser opens several connections at once; answer each on its own.
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                response.StatusCode = (int)HttpStatusCode.MethodNotAllowed;
                return;
            }

            var path = request.Url!.AbsolutePath;
            var file = Resolve(path);
            if (file is null)
            {
                // With a body, as real hosts answer: Chromium shows its own error page for an empty 404.
                response.StatusCode = (int)HttpStatusCode.NotFound;
                response.ContentType = s_contentTypes[".html"];
                if (request.HttpMethod == "GET")
                {
                    await response.OutputStream.WriteAsync(s_notFoundPage).ConfigureAwait(false);
                }

                return;
            }

            if (Directory.Exists(file))
            {
                // As static hosts do: /jobs becomes /jobs/ so the index page's relative links resolve inside the folder.
                response.StatusCode = (int)HttpStatusCode.MovedPermanently;
                response.RedirectLocation = path + "/" + request.Url.Query;
                return;
            }

            response.StatusCode = (int)HttpStatusCode.OK;
            response.ContentType = s_contentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.Headers["Cache-Control"] = "no-store";
            var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
            response.ContentLength64 = bytes.Length;
            if (request.HttpMethod == "GET")
            {
                await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or HttpListenerException or ObjectDisposedException)
        {
            // The browser went away mid-response (navigation, closing); nothing to answer.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
            }
        }
    }

    /// <summary>The file (or folder, to redirect) the URL path names inside the root; null when missing or outside it.</summary>
    private string? Resolve(string urlPath)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(urlPath);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (decoded.Contains('\0', StringComparison.Ordinal) || decoded.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var relative = decoded.TrimStart('/');
        var candidate = Path.GetFullPath(Path.Combine(_root, relative));
        if (candidate != _root && !candidate.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (decoded.EndsWith('/') || relative.Length == 0)
        {
            var index = Path.Combine(candidate, "index.html");
            return File.Exists(index) ? index : null;
        }

        return File.Exists(candidate) || Directory.Exists(candidate) ? candidate : null;
    }
}

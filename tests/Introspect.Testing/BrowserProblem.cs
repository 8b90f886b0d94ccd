namespace Introspect.Testing;

/// <summary>What went wrong in the browser while a test drove a page, as <see cref="BrowserSession"/> records it.</summary>
public enum BrowserProblemKind
{
    /// <summary><c>console.error</c>, or the browser's own console error (e.g. "Failed to load resource").</summary>
    ConsoleError,

    /// <summary>An exception a script did not catch.</summary>
    PageError,

    /// <summary>A request that got no answer (connection refused, blocked, aborted).</summary>
    FailedRequest,

    /// <summary>A response with a 4xx or 5xx status.</summary>
    HttpError,
}

/// <param name="Kind">What went wrong.</param>
/// <param name="Url">The page (console and page errors) or the requested URL (requests).</param>
/// <param name="Message">The browser's text: the console message, the exception, the failure or the status.</param>
public sealed record BrowserProblem(BrowserProblemKind Kind, string Url, string Message)
{
    public override string ToString() => $"{Kind}: {Message} ({Url})";
}

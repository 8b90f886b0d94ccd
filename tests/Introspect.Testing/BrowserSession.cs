using Microsoft.Playwright;

namespace Introspect.Testing;

/// <summary>
/// A headless Chromium with one page, driven through Playwright for .NET, that records every console error, uncaught
/// script error, failed request and 4xx/5xx response while a test uses it, so the test can assert there were none.
/// Chromium is the machine's own (<see cref="ChromiumLocator"/>); Playwright's browser download is never used.
/// </summary>
/// <remarks>
/// Chromium asks every host for /favicon.ico unless the page declares an icon; a site without one gets that 404 recorded
/// as a console error (rightly: under a base path the browser would ask the host's root, which the site does not own).
/// The test project must reference Microsoft.Playwright itself: Introspect.Testing keeps it private so the other test
/// projects do not copy Playwright's driver (about 130 MB) into their output.
/// </remarks>
public sealed class BrowserSession : IAsyncDisposable
{
    private const float ExpectTimeoutMilliseconds = 20_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly List<BrowserProblem> _problems = [];
    private readonly Lock _problemsLock = new();

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page, string screenshotFolder)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        Page = page;
        ScreenshotFolder = screenshotFolder;
        // On the context, not the page, so a page the site opens (a link with target=_blank) is watched too.
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(BrowserProblemKind.ConsoleError, message.Location is { Length: > 0 } location ? location : message.Page?.Url ?? "", message.Text);
            }
        };
        context.WebError += (_, error) => Record(BrowserProblemKind.PageError, error.Page?.Url ?? "", error.Error);
        context.RequestFailed += (_, request) =>
        {
            // Aborted means the page moved on (a click away while images still load), not that anything is missing.
            if (request.Failure != "net::ERR_ABORTED")
            {
                Record(BrowserProblemKind.FailedRequest, request.Url, $"{request.Method} {request.Failure}");
            }
        };
        context.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record(BrowserProblemKind.HttpError, response.Url, $"{response.Request.Method} answered {response.Status} {response.StatusText}");
            }
        };
    }

    /// <summary>The page the test drives; use Playwright's API on it (Locator, ClickAsync, FillAsync, Assertions.Expect).</summary>
    public IPage Page { get; }

    /// <summary>Where <see cref="ScreenshotAsync"/> saves: INTROSPECT_SCREENSHOTS, else screenshots/ in the test's output folder.</summary>
    public string ScreenshotFolder { get; }

    /// <summary>Everything that went wrong so far, in the order the browser reported it.</summary>
    public IReadOnlyList<BrowserProblem> Problems
    {
        get
        {
            lock (_problemsLock)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>
    /// Starts Chromium from <paramref name="chromiumPath"/> (take it from <see cref="ChromiumLocator.FindOrFailInCi"/>)
    /// with a desktop-sized page. <paramref name="colorScheme"/> is what the page's prefers-color-scheme reports.
    /// </summary>
    public static async Task<BrowserSession> StartAsync(string chromiumPath, ColorScheme colorScheme = ColorScheme.Light)
    {
        // Playwright's 5 s default for Expect(...) is short for a CI machine that builds while the browser renders.
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMilliseconds);
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
            }).ConfigureAwait(false);
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
                ColorScheme = colorScheme,
                Locale = "en-US",
                TimezoneId = "UTC",
            }).ConfigureAwait(false);
            var page = await context.NewPageAsync().ConfigureAwait(false);
            var screenshots = Environment.GetEnvironmentVariable("INTROSPECT_SCREENSHOTS") is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : Path.Combine(AppContext.BaseDirectory, "screenshots");
            return new BrowserSession(playwright, browser, context, page, screenshots);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="url"/> (http: from a <see cref="StaticSiteServer"/>, or file: to check the folder works
    /// without a server) and waits until it has loaded and the network is idle; throws unless it answered 2xx.
    /// </summary>
    public async Task GotoAsync(Uri url)
    {
        var response = await Page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle }).ConfigureAwait(false);
        if (url.IsFile ? response is { Ok: false } : response is not { Ok: true })
        {
            throw new InvalidOperationException($"Opening {url} answered {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}.");
        }
    }

    /// <summary>Waits until the page has loaded and nothing has been requested for half a second (after a click that navigates).</summary>
    public Task WaitForQuietAsync() => Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

    /// <summary>Saves the whole page as ScreenshotFolder/<paramref name="name"/>.png and returns the file's path.</summary>
    public Task<string> ScreenshotAsync(string name) =>
        SaveScreenshotAsync(Path.Combine(ScreenshotFolder, name + ".png"));

    /// <summary>
    /// Saves the page as a PNG at <paramref name="path"/> (folders are created) and returns the full path: the whole
    /// page, or only what the 1280x900 window shows when <paramref name="fullPage"/> is false.
    /// </summary>
    public async Task<string> SaveScreenshotAsync(string path, bool fullPage = true)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = fullPath, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled }).ConfigureAwait(false);
        return fullPath;
    }

    /// <summary>Throws, listing every problem, when the browser reported any.</summary>
    public void AssertNoProblems()
    {
        var problems = Problems;
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The browser reported {problems.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync().ConfigureAwait(false);
        await _browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }

    private void Record(BrowserProblemKind kind, string url, string message)
    {
        lock (_problemsLock)
        {
            _problems.Add(new BrowserProblem(kind, url, message));
        }
    }
}

using Introspect.Testing;
using Microsoft.Playwright;

// Usage: Introspect.Screenshots [--full-page] <site-folder> <page> <png> [<page> <png>...]
// Serves <site-folder> on 127.0.0.1, opens each <page> (relative to the site's root, e.g. "index.html") in headless
// Chromium at 1280x900 in the light theme, and saves it as <png>. Fails, saving nothing more, when a page logs a
// console error, throws, or misses an asset: a screenshot of a broken page does not belong in the docs.
const string Usage = "usage: Introspect.Screenshots [--full-page] <site-folder> <page> <png> [<page> <png>...]";

var fullPage = args.Contains("--full-page");
var positional = args.Where(argument => argument != "--full-page").ToArray();
if (positional.Length < 3 || positional.Length % 2 == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var site = positional[0];
if (!Directory.Exists(site))
{
    Console.Error.WriteLine($"error: the site folder '{site}' does not exist.");
    return 2;
}

try
{
    var chromium = ChromiumLocator.Find() ?? throw new InvalidOperationException(ChromiumLocator.Missing);
    using var server = new StaticSiteServer(site);
    await using var browser = await BrowserSession.StartAsync(chromium);
    for (var index = 1; index < positional.Length; index += 2)
    {
        var (page, png) = (positional[index], positional[index + 1]);
        await browser.GotoAsync(server.UrlOf(page));
        browser.AssertNoProblems();
        var saved = await browser.SaveScreenshotAsync(png, fullPage);
        Console.WriteLine($"{page} -> {saved}");
    }

    return 0;
}
catch (Exception failure) when (failure is InvalidOperationException or PlaywrightException)
{
    Console.Error.WriteLine($"error: {failure.Message}");
    return 1;
}

using Introspect.Testing;
using Microsoft.Playwright;

namespace Introspect.Site.Tests;

/// <summary>The fixture sites copied next to the tests, and a browser that skips (locally) or fails (CI) without Chromium.</summary>
internal static class Fixtures
{
    /// <summary>A small site that works: relative links, a stylesheet, a script with a theme toggle and a filter, SVGs.</summary>
    public static string Site => Path.Combine(AppContext.BaseDirectory, "Fixtures", "site");

    /// <summary>Pages with one problem each: a console error, a script error, missing assets, broken links.</summary>
    public static string Broken => Path.Combine(AppContext.BaseDirectory, "Fixtures", "broken");

    public static async Task<BrowserSession> StartBrowserAsync(ColorScheme colorScheme = ColorScheme.Light)
    {
        var chromium = ChromiumLocator.FindOrFailInCi();
        Skip.If(chromium is null, ChromiumLocator.Missing);
        return await BrowserSession.StartAsync(chromium, colorScheme);
    }
}

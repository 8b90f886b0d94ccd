using Introspect.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Introspect.Site.Tests;

/// <summary>The harness used as the docs site test will use it: a person reading the fixture site in Chromium.</summary>
public sealed class FixtureSiteBrowserTests
{
    [SkippableFact]
    public async Task A_reader_follows_links_filters_the_jobs_and_switches_to_dark_mode_without_a_single_error()
    {
        using var server = new StaticSiteServer(Fixtures.Site);
        await using var browser = await Fixtures.StartBrowserAsync();
        var page = browser.Page;

        await browser.GotoAsync(server.BaseAddress);
        await Expect(page).ToHaveTitleAsync("Fixture Ops: at a glance");
        await Expect(page.Locator("img[alt^='The job chain']")).ToHaveJSPropertyAsync("naturalWidth", 360);
        var home = await browser.ScreenshotAsync("fixture-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Jobs", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(server.UrlOf("jobs/").ToString());
        await Expect(page.Locator("#job-list li:visible")).ToHaveCountAsync(3);

        await page.GetByLabel("Filter").FillAsync("clean");
        await Expect(page.Locator("#job-list li:visible")).ToHaveCountAsync(1);
        await Expect(page.Locator("#job-list li:visible")).ToContainTextAsync("Clean up old files");
        await Expect(page.Locator("#match-count")).ToHaveTextAsync("1 job");

        await page.GetByLabel("Filter").FillAsync("");
        await Expect(page.Locator("#job-list li:visible")).ToHaveCountAsync(3);

        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("data-theme", "light");
        var lightBackground = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        var darkBackground = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual(lightBackground, darkBackground);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nightly report" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Nightly report");
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark"); // the choice outlives the page
        var job = await browser.ScreenshotAsync("fixture-job-dark");

        await page.GetByRole(AriaRole.Link, new() { Name = "Other reports" }).ClickAsync();
        await Expect(page.GetByLabel("Filter")).ToHaveValueAsync("report");
        await Expect(page.Locator("#job-list li:visible")).ToHaveCountAsync(1);

        AssertIsPng(home);
        AssertIsPng(job);
        Assert.Empty(browser.Problems);
    }

    [SkippableFact]
    public async Task The_theme_follows_the_readers_dark_preference_until_toggled()
    {
        using var server = new StaticSiteServer(Fixtures.Site);
        await using var browser = await Fixtures.StartBrowserAsync(ColorScheme.Dark);

        await browser.GotoAsync(server.UrlOf("jobs/nightly-report.html"));
        await Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await browser.Page.Locator("#theme-toggle").ClickAsync();
        await Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        browser.AssertNoProblems();
    }

    [SkippableFact]
    public async Task The_folder_works_from_file_urls_without_a_server()
    {
        await using var browser = await Fixtures.StartBrowserAsync();
        var page = browser.Page;

        await browser.GotoAsync(new Uri(Path.Combine(Fixtures.Site, "index.html")));
        await Expect(page.Locator("img[alt^='The job chain']")).ToHaveJSPropertyAsync("naturalWidth", 360);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nightly report schedule" }).ClickAsync();
        await browser.WaitForQuietAsync();

        Assert.EndsWith("/jobs/nightly-report.html#schedule", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#theme-toggle")).ToBeVisibleAsync();
        await page.Locator("#theme-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        browser.AssertNoProblems();
    }

    private static void AssertIsPng(string path)
    {
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path} holds only {bytes.Length} bytes.");
        Assert.Equal(signature, bytes[..8]);
    }
}

using System.Text.RegularExpressions;
using Introspect.Core.Loading;
using Introspect.Diagrams.PlantUml;
using Introspect.Diagrams.Rendering;
using Introspect.Docs.Site;
using Introspect.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Introspect.Site.Tests;

/// <summary>
/// The OpsPlatform sample's site, built by the real pipeline (MSBuildWorkspace load, jobs, rules, migrations, diagrams
/// rendered by the PlantUML jar), served on 127.0.0.1 and read in headless Chromium the way an ops engineer would.
/// </summary>
public sealed class SampleSiteBrowserTests(SampleSiteBrowserTests.BuiltSite site) : IClassFixture<SampleSiteBrowserTests.BuiltSite>
{
    [Fact]
    public void Every_relative_link_and_asset_of_every_page_resolves_even_from_a_file_url()
    {
        Assert.Empty(LinkChecker.Check(site.Folder, mustWorkFromFile: true));
    }

    [SkippableFact]
    public async Task A_reader_goes_from_the_home_page_to_a_job_searches_filters_and_switches_to_dark_mode_without_an_error()
    {
        using var server = new StaticSiteServer(site.Folder);
        await using var browser = await Fixtures.StartBrowserAsync();
        var page = browser.Page;

        await browser.GotoAsync(server.BaseAddress);
        await Expect(page).ToHaveTitleAsync("OpsPlatform");
        await ExpectRenderedImageAsync(page.Locator("img[src$='diagrams/timeline.svg']"));
        await ExpectRenderedImageAsync(page.Locator("img[src$='diagrams/chain.svg']"));
        await browser.ScreenshotAsync("sample-home");

        // The catalogue: filter the jobs down to the snapshot ones, then open one.
        await page.Locator("header nav a[href$='jobs/index.html']").ClickAsync();
        var rows = page.Locator("table tbody tr:visible");
        var allJobs = await rows.CountAsync();
        Assert.True(allJobs >= 10, $"the catalogue lists {allJobs} jobs");
        await page.Locator("input.filter-text").FillAsync("snapshot");
        await Expect(rows).Not.ToHaveCountAsync(allJobs);
        Assert.All(await rows.AllInnerTextsAsync(), text => Assert.Contains("snapshot", text, StringComparison.OrdinalIgnoreCase));
        await page.Locator("input.filter-text").FillAsync("");
        await Expect(rows).ToHaveCountAsync(allJobs);

        await page.Locator("a[href$='opsplatform-worker-snapshots-snapshotjob-createasync.html']").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Snapshot");
        await ExpectRenderedImageAsync(page.Locator("img[src*='diagrams/activity.snapshotjob-createasync']"));
        await browser.ScreenshotAsync("sample-job");

        // Dark mode: the page and its diagrams switch, and the choice holds on the next page.
        var html = page.Locator("html");
        var lightBackground = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        await page.Locator("button.theme-toggle").ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        Assert.NotEqual(lightBackground, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await Expect(page.Locator("img[src*='diagrams/activity.snapshotjob-createasync']").First)
            .ToHaveAttributeAsync("src", new Regex(@"\.dark\.svg$"));

        // Search, from the search page, finds the job and a rule.
        await page.Locator("header nav a[href$='search.html']").ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        await page.Locator("input.search-box").FillAsync("snapshot");
        var results = page.Locator("ol.search-results li");
        await Expect(results.First).ToBeVisibleAsync();
        Assert.Contains(await results.AllInnerTextsAsync(), text => text.Contains("Snapshot", StringComparison.Ordinal));
        await page.Locator("input.search-box").FillAsync("INTR101");
        await Expect(results.First).ToContainTextAsync("INTR101");
        await results.First.Locator("a").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("INTR101");
        await browser.ScreenshotAsync("sample-rule-dark");

        browser.AssertNoProblems();
    }

    [SkippableFact]
    public async Task Every_page_of_the_site_opens_without_a_console_error_or_a_failed_request()
    {
        using var server = new StaticSiteServer(site.Folder);
        await using var browser = await Fixtures.StartBrowserAsync();
        var pages = Directory.GetFiles(site.Folder, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(site.Folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count > 20, $"{pages.Count} pages");

        foreach (var relative in pages)
        {
            await browser.GotoAsync(server.UrlOf(relative));
        }

        browser.AssertNoProblems();
    }

    private static async Task ExpectRenderedImageAsync(ILocator image)
    {
        await Expect(image.First).ToBeVisibleAsync();
        var width = await image.First.EvaluateAsync<int>("img => img.naturalWidth");
        Assert.True(width > 0, "the diagram image did not load");
    }

    /// <summary>The sample's site, built once for the class with the PlantUML jar (CI installs it) for a fixed day.</summary>
    public sealed class BuiltSite : IAsyncLifetime
    {
        private readonly TempFolder _folder = new("sample-site-browser");

        public string Folder => _folder.Combine("site");

        public async Task InitializeAsync()
        {
            var jar = PlantUmlJar.FindOrFailInCi();
            var renderer = jar is null
                ? null
                : new CachedRenderer(new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, jar, "test")), new RenderCache(_folder.Combine("cache")));
            using var loaded = await SolutionLoader.LoadAsync(RepositoryPaths.SampleSolution, new LoadOptions(), CancellationToken.None);
            var options = new SiteOptions { Day = new DateOnly(2026, 3, 1), Title = "OpsPlatform" };
            await DocsSite.GenerateAsync(loaded, options, Folder, renderer, CancellationToken.None);
        }

        public Task DisposeAsync()
        {
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }
}

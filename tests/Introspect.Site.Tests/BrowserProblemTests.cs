using Introspect.Testing;
using Microsoft.Playwright;

namespace Introspect.Site.Tests;

/// <summary>The harness catches what a reader would see go wrong: each broken fixture page must be recorded, by kind.</summary>
public sealed class BrowserProblemTests
{
    [SkippableFact]
    public async Task A_console_error_is_recorded()
    {
        using var server = new StaticSiteServer(Fixtures.Broken);
        await using var browser = await Fixtures.StartBrowserAsync();

        await browser.GotoAsync(server.UrlOf("console-error.html"));

        var problem = Assert.Single(browser.Problems);
        Assert.Equal(BrowserProblemKind.ConsoleError, problem.Kind);
        Assert.Equal("fixture: the chart data did not load", problem.Message);
        Assert.Contains("console-error.html", problem.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_console_error_in_a_page_opened_in_a_new_tab_is_recorded_too()
    {
        using var server = new StaticSiteServer(Fixtures.Broken);
        await using var browser = await Fixtures.StartBrowserAsync();
        await browser.GotoAsync(server.UrlOf("new-tab.html"));

        var newTab = await browser.Page.Context.RunAndWaitForPageAsync(() => browser.Page.GetByRole(AriaRole.Link).ClickAsync());
        await newTab.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var problem = Assert.Single(browser.Problems);
        Assert.Equal(BrowserProblemKind.ConsoleError, problem.Kind);
        Assert.Contains("console-error.html", problem.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_uncaught_script_error_is_recorded()
    {
        using var server = new StaticSiteServer(Fixtures.Broken);
        await using var browser = await Fixtures.StartBrowserAsync();

        await browser.GotoAsync(server.UrlOf("script-error.html"));

        var problem = Assert.Single(browser.Problems);
        Assert.Equal(BrowserProblemKind.PageError, problem.Kind);
        Assert.Contains("textContent", problem.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_missing_stylesheet_and_picture_are_recorded_as_failed_requests()
    {
        using var server = new StaticSiteServer(Fixtures.Broken);
        await using var browser = await Fixtures.StartBrowserAsync();

        await browser.GotoAsync(server.UrlOf("missing-asset.html"));

        var httpErrors = browser.Problems.Where(problem => problem.Kind == BrowserProblemKind.HttpError).Select(problem => problem.Url).Order(StringComparer.Ordinal);
        Assert.Equal([server.UrlOf("assets/missing.css").ToString(), server.UrlOf("assets/missing.png").ToString()], httpErrors);
        Assert.All(browser.Problems.Where(problem => problem.Kind == BrowserProblemKind.HttpError), problem => Assert.Contains("404", problem.Message, StringComparison.Ordinal));
        var failure = Assert.Throws<InvalidOperationException>(browser.AssertNoProblems);
        Assert.Contains("assets/missing.png", failure.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_request_that_gets_no_answer_is_recorded()
    {
        using var server = new StaticSiteServer(Fixtures.Broken);
        await using var browser = await Fixtures.StartBrowserAsync();

        await browser.GotoAsync(server.UrlOf("unreachable-asset.html"));

        var problem = Assert.Single(browser.Problems, problem => problem.Kind == BrowserProblemKind.FailedRequest);
        Assert.Equal("http://127.0.0.1:1/chart.png", problem.Url);
        Assert.Contains("ERR_", problem.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_page_that_is_not_there_fails_to_open()
    {
        using var server = new StaticSiteServer(Fixtures.Broken);
        await using var browser = await Fixtures.StartBrowserAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => browser.GotoAsync(server.UrlOf("no-such-page.html")));

        Assert.Contains("404", failure.Message, StringComparison.Ordinal);
    }
}

using Introspect.Testing;

namespace Introspect.Site.Tests;

public sealed class LinkCheckerTests
{
    [Fact]
    public void The_fixture_site_has_no_broken_links() =>
        Assert.Empty(LinkChecker.Check(Fixtures.Site));

    [Fact]
    public void The_broken_fixture_reports_its_missing_page_missing_section_and_missing_assets_and_nothing_else()
    {
        Assert.Equal(
            [
                new BrokenLink("links.html", "missing-page.html", "no such file"),
                new BrokenLink("links.html", "target.html#no-such-section", "no id 'no-such-section' in target.html"),
                new BrokenLink("missing-asset.html", "assets/missing.css", "no such file"),
                new BrokenLink("missing-asset.html", "assets/missing.png", "no such file"),
            ],
            LinkChecker.Check(Fixtures.Broken));
    }

    [Theory]
    [InlineData("https://example.com/missing.html")]
    [InlineData("HTTP://EXAMPLE.COM/")]
    [InlineData("//cdn.example.com/lib.js")]
    [InlineData("mailto:ops@example.com")]
    [InlineData("tel:+441234")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("javascript:void(0)")]
    [InlineData("")]
    [InlineData("#")]
    public void Links_that_are_not_the_sites_own_are_not_reported(string href)
    {
        using var site = new TempFolder("links");
        site.Write("index.html", Page($"""<a href="{href}">x</a>"""));

        Assert.Empty(LinkChecker.Check(site.Path));
    }

    [Theory]
    [InlineData("jobs/night%20report.html")]
    [InlineData("jobs/night%20report.html?tab=runs")]
    [InlineData("jobs/night%20report.html?tab=runs#runs")]
    [InlineData("jobs/night%20report.html#runs")]
    [InlineData("jobs/night%20report.html#caf%C3%A9")]
    [InlineData("jobs/")]
    [InlineData("jobs")]
    [InlineData("jobs/./index.html")]
    [InlineData("jobs/../index.html")]
    [InlineData("./")]
    [InlineData("#top")]
    [InlineData("?q=x#top")]
    [InlineData("diagram.svg#node-1")]
    [InlineData("notes.txt#anything")]
    public void Links_that_resolve_are_not_reported(string href)
    {
        using var site = new TempFolder("links");
        site.Write("index.html", Page($"""<h1 id="top">Home</h1><a href="{href}">x</a>"""));
        site.Write("jobs/index.html", Page("<h1>Jobs</h1>"));
        site.Write("jobs/night report.html", Page("""<h2 id="runs">Runs</h2><h2 id="café">Café</h2>"""));
        site.Write("diagram.svg", """<svg xmlns="http://www.w3.org/2000/svg"><rect id="node-1" width="1" height="1"/></svg>""");
        site.Write("notes.txt", "plain text");

        Assert.Empty(LinkChecker.Check(site.Path));
    }

    [Theory]
    [InlineData("jobs/night report.html", null)]
    [InlineData("jobs/night%2520report.html", "no such file")]
    [InlineData("jobs/Night%20Report.html", "no such file")]
    [InlineData("jobs/night%20report.html#missing", "no id 'missing' in jobs/night report.html")]
    [InlineData("jobs/night%20report.html/", "no such file")]
    [InlineData("#nowhere", "no id 'nowhere' in index.html")]
    [InlineData("empty/", "folder without index.html")]
    [InlineData("../outside.html", "points outside the site")]
    [InlineData("/jobs/index.html", "root-relative: breaks under a base path and from file://")]
    [InlineData("diagram.svg#no-node", "no id 'no-node' in diagram.svg")]
    [InlineData("bad%ZZescape.html", "no such file")]
    public void Links_that_do_not_resolve_are_reported_with_the_reason(string href, string? reason)
    {
        using var site = new TempFolder("links");
        site.Write("index.html", Page($"""<a href="{href}">x</a>"""));
        site.Write("jobs/night report.html", Page("""<h2 id="runs">Runs</h2>"""));
        site.Write("diagram.svg", """<svg xmlns="http://www.w3.org/2000/svg"><rect id="node-1" width="1" height="1"/></svg>""");
        Directory.CreateDirectory(site.Combine("empty"));

        var broken = LinkChecker.Check(site.Path);

        // A raw space is what browsers request as %20, so it resolves; the others must be reported exactly once.
        Assert.Equal(reason is null ? [] : [new BrokenLink("index.html", href, reason)], broken);
    }

    [Fact]
    public void Every_url_attribute_of_a_page_is_checked()
    {
        using var site = new TempFolder("links");
        site.Write("index.html", Page("""
            <link rel="stylesheet" href="missing.css">
            <script src="missing.js"></script>
            <img src="ok.png" srcset="ok.png 1x, missing-2x.png 2x" alt="">
            <picture><source srcset="missing.webp" type="image/webp"><img src="ok.png" alt=""></picture>
            <img srcset="data:image/png;base64,iVBOR,w0KGgo 1x, missing-3x.png 3x" alt="">
            <video poster="missing-poster.png"></video>
            <object data="missing.pdf"></object>
            <svg><use href="#missing-symbol"></use><use xlink:href="missing-sprite.svg#icon"></use></svg>
            <iframe src="missing-frame.html"></iframe>
            <style>.hero { background: url('missing-hero.png'); }</style>
            """));
        site.Write("ok.png", "");

        var targets = LinkChecker.Check(site.Path).Select(link => link.Target);

        Assert.Equal(
            [
                "#missing-symbol", "missing-2x.png", "missing-3x.png", "missing-frame.html", "missing-hero.png", "missing-poster.png",
                "missing-sprite.svg#icon", "missing.css", "missing.js", "missing.pdf", "missing.webp",
            ],
            targets);
    }

    [Fact]
    public void A_stylesheets_urls_resolve_from_the_stylesheets_folder()
    {
        using var site = new TempFolder("links");
        site.Write("index.html", Page("""<link rel="stylesheet" href="assets/site.css">"""));
        site.Write("assets/site.css", """
            @font-face { src: url(fonts/body.woff2) format("woff2"); }
            .logo { background: url("logo.svg"); }
            .gone { background: url( 'missing.png' ); }
            .inline { background: url(data:image/svg+xml;utf8,x); }
            """);
        site.Write("assets/fonts/body.woff2", "");
        site.Write("assets/logo.svg", """<svg xmlns="http://www.w3.org/2000/svg"/>""");

        Assert.Equal([new BrokenLink("assets/site.css", "missing.png", "no such file")], LinkChecker.Check(site.Path));
    }

    [Fact]
    public void A_site_that_must_work_from_file_urls_links_index_pages_not_folders()
    {
        using var site = new TempFolder("links");
        site.Write("index.html", Page("""<a href="jobs/">folder</a><a href="jobs/index.html">page</a><a href="jobs/night.html">job</a>"""));
        site.Write("jobs/index.html", Page("""<h1 id="top">Jobs</h1><a href="../">up</a><a href="../index.html">home</a>"""));
        site.Write("jobs/night.html", Page("""<a href="./#top">folder with fragment</a>"""));

        Assert.Empty(LinkChecker.Check(site.Path));
        Assert.Equal(
            [
                new BrokenLink("index.html", "jobs/", "folder link: from file:// the browser lists the folder; link its index.html"),
                new BrokenLink("jobs/index.html", "../", "folder link: from file:// the browser lists the folder; link its index.html"),
                new BrokenLink("jobs/night.html", "./#top", "folder link: from file:// the browser lists the folder; link its index.html"),
            ],
            LinkChecker.Check(site.Path, mustWorkFromFile: true));
    }

    [Fact]
    public void An_old_style_named_anchor_satisfies_a_fragment()
    {
        using var site = new TempFolder("links");
        site.Write("index.html", Page("""<a href="other.html#legacy">x</a>"""));
        site.Write("other.html", Page("""<a name="legacy"></a>"""));

        Assert.Empty(LinkChecker.Check(site.Path));
    }

    [Fact]
    public void A_missing_site_folder_is_a_clear_error()
    {
        var failure = Assert.Throws<DirectoryNotFoundException>(() => LinkChecker.Check("/no/such/site"));
        Assert.Contains("/no/such/site", failure.Message, StringComparison.Ordinal);
    }

    private static string Page(string body) =>
        $"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>{body}</body></html>""";
}

using AngleSharp.Dom;
using Introspect.Core.Loading;
using Introspect.Docs.Site;
using Introspect.Testing;

namespace Introspect.Docs.Tests.Site;

/// <summary>
/// A project whose strings, cron text, queue names and comments carry HTML, Markdown, PlantUML and Mermaid syntax, built
/// into a site through the real loader: nothing of it may become markup, and all of it must still be shown as text.
/// </summary>
public sealed class HostileSiteTests : IDisposable
{
    private const string Script = "<script>alert('x')</script>";
    private const string Image = "<img src=x onerror=alert(1)>";
    private const string Link = "[click](javascript:alert(1))";

    private const string Packages =
        "</PropertyGroup><ItemGroup><PackageReference Include=\"Hangfire.Core\" Version=\"1.8.25\" /></ItemGroup><PropertyGroup>";

    // Verbatim strings: each value reaches a page as a recurring job id, a cron expression, a queue or a comment.
    private const string Source = """
        using Hangfire;

        namespace Ops;

        public sealed class Evil_Job
        {
            // <script>alert('x')</script> | `tick` @enduml !include /etc/passwd [click](javascript:alert(1))
            [Queue("q`|<b>bold</b>")]
            public async void Run()
            {
                await System.Threading.Tasks.Task.Yield();
                BackgroundJob.Enqueue<Victim>(job => job.Take("\"quoted\" <i>x</i>"));
            }
        }

        public sealed class Victim
        {
            public void Take(string value) { }
        }

        public static class Setup
        {
            public static void Register()
            {
                RecurringJob.AddOrUpdate<Evil_Job>("<script>alert('x')</script>|@enduml", job => job.Run(), "<img src=x onerror=alert(1)> | [click](javascript:alert(1)) !include");
                RecurringJob.AddOrUpdate<Victim>("id\n%%{init}%% `x` **b**", job => job.Take("y"), "0 3 * * *");
            }
        }
        """;

    private readonly TempFolder _folder = new("docs-hostile");

    [Fact]
    public async Task HostileValues_AreShownAsText_AndNoneBecomesMarkup()
    {
        var project = _folder.WriteProject("Evil", new Dictionary<string, string> { ["Jobs.cs"] = Source }, Packages);
        using var loaded = await SolutionLoader.LoadAsync(project, new LoadOptions(), CancellationToken.None);
        var output = _folder.Combine("site");

        var (content, _) = await DocsSite.GenerateAsync(loaded, new SiteOptions { Day = new DateOnly(2026, 3, 1), Title = "Evil <b>site</b>" }, output, renderer: null, CancellationToken.None);

        Assert.True(content.Catalog.IsComplete, string.Join("\n", content.Catalog.LoadProblems));
        Assert.Contains(content.Report.Findings, finding => finding.RuleId == "INTR101");
        var pages = SiteFiles.Pages(output).ToList();
        Assert.NotEmpty(pages);
        foreach (var (path, document) in pages)
        {
            AssertNoInjectedMarkup(path, document);
        }

        var evil = content.Jobs.Single(job => job.TypeName == "Ops.Evil_Job");
        var page = SiteFiles.Page(output, $"jobs/{content.Slugs[evil.Id]}.html");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("<script>alert('x')</script>|@enduml", text, StringComparison.Ordinal);
        Assert.Contains(Image + " | " + Link + " !include", text, StringComparison.Ordinal);
        Assert.Contains("q`|<b>bold</b>", text, StringComparison.Ordinal);
        Assert.Contains("// <script>alert('x')</script> | `tick` @enduml !include /etc/passwd [click](javascript:alert(1))", text, StringComparison.Ordinal);
        Assert.Equal("Evil <b>site</b>", page.QuerySelector("header .site-title")!.TextContent);

        var catalogue = SiteFiles.Page(output, "jobs/index.html");
        var row = catalogue.QuerySelectorAll("main table tbody tr").Single(candidate => candidate.QuerySelector("a")!.TextContent == evil.DisplayName);
        Assert.Equal(9, row.Children.Length);
        Assert.Contains(Image + " | " + Link, row.Children[4].TextContent, StringComparison.Ordinal);

        var findings = SiteFiles.Page(output, "findings.html").QuerySelector("main")!.TextContent;
        Assert.Contains("public async void Run()", findings, StringComparison.Ordinal);
        var search = File.ReadAllText(Path.Combine(output, "assets", "search-index.js"));
        Assert.DoesNotContain("<script", search, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</", search, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a | b")]
    [InlineData("``double`` and `single`")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("**bold** _em_ ~~strike~~ # heading")]
    [InlineData("1. not a list")]
    [InlineData("- not a list")]
    [InlineData("&lt; &amp; entities")]
    [InlineData("\\ backslash \\| pipe")]
    [InlineData("line\nbreak\r\n===")]
    public void EveryWayOfWritingAValue_ShowsItAsText(string value)
    {
        var markdown = new Introspect.Docs.Markdown.MarkdownWriter()
            .Paragraph(Introspect.Docs.Markdown.MarkdownText.Escape(value))
            .List([Introspect.Docs.Markdown.MarkdownText.Escape(value)])
            .Table(["Text", "Code"], [[Introspect.Docs.Markdown.MarkdownText.Cell(value), Introspect.Docs.Markdown.MarkdownText.Code(value)]])
            .Paragraph(Introspect.Docs.Markdown.MarkdownText.Code(value))
            .CodeBlock(value)
            .ToString();
        var html = new Introspect.Docs.Html.PageHtml(new HashSet<string>()).Render(new SitePage("index", "Test", markdown));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<main>{html}</main>");
        var oneLine = value.ReplaceLineEndings(" ");

        Assert.Equal(["P", "UL", "TABLE", "P", "PRE"], document.QuerySelector("main")!.Children.Select(element => element.TagName));
        Assert.Equal(oneLine, document.QuerySelectorAll("main > p")[0].TextContent);
        Assert.Equal(oneLine, document.QuerySelector("main li")!.TextContent);
        Assert.Equal(oneLine, document.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal(oneLine, document.QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.Equal(oneLine.Trim(), document.QuerySelectorAll("main > p")[1].TextContent.Trim());
        Assert.Equal(value.ReplaceLineEndings("\n") + "\n", document.QuerySelector("pre")!.TextContent);
        AssertNoInjectedMarkup("index.html", document);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Only the elements and attributes the site itself writes; scripts and styles only from assets/.</summary>
    private static void AssertNoInjectedMarkup(string path, IDocument document)
    {
        string[] allowed =
        [
            "HTML", "HEAD", "BODY", "META", "TITLE", "LINK", "SCRIPT", "HEADER", "NAV", "BUTTON", "MAIN", "FOOTER",
            "H1", "H2", "H3", "H4", "P", "A", "UL", "OL", "LI", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD", "CODE", "PRE", "STRONG", "EM", "IMG", "BR", "INPUT",
        ];
        foreach (var element in document.All)
        {
            Assert.True(allowed.Contains(element.TagName), $"{path}: <{element.TagName.ToLowerInvariant()}> {element.OuterHtml}");
            Assert.DoesNotContain(element.Attributes, attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style");
            foreach (var attribute in element.Attributes.Where(attribute => attribute.Name is "href" or "src"))
            {
                Assert.False(attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase), $"{path}: {element.OuterHtml}");
            }

            if (element.TagName is "SCRIPT")
            {
                Assert.Matches("^(\\.\\./)*assets/[a-z-]+\\.js$", element.GetAttribute("src") ?? "inline script");
            }

            if (element.TagName is "IMG")
            {
                Assert.Matches("^(\\.\\./)*diagrams/[a-z0-9.-]+\\.svg$", element.GetAttribute("src") ?? string.Empty);
            }
        }
    }
}

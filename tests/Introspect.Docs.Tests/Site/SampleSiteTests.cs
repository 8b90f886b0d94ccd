using Introspect.Core.Jobs;
using Introspect.Docs.Output;
using Introspect.Docs.Site;
using Introspect.Testing;

namespace Introspect.Docs.Tests.Site;

/// <summary>The OpsPlatform sample's site, read back as HTML: its pages, links, counts, determinism and incremental writes.</summary>
public sealed class SampleSiteTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private SiteContent Content => sample.Content;

    [Fact]
    public void EveryJob_HasAPage_ThatTheCatalogueLinksTo()
    {
        Assert.True(Content.Jobs.Count >= 10, $"the sample has {Content.Jobs.Count} jobs");
        var catalogue = SiteFiles.Page(sample.First, "jobs/index.html");
        var links = catalogue.QuerySelectorAll("main table a").Select(link => link.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);

        foreach (var job in Content.Jobs)
        {
            var page = $"jobs/{Content.Slugs[job.Id]}.html";
            Assert.True(File.Exists(Path.Combine(sample.First, page)), page);
            Assert.True(File.Exists(Path.Combine(sample.First, $"jobs/{Content.Slugs[job.Id]}.md")), page);
            Assert.Contains($"{Content.Slugs[job.Id]}.html", links);
            Assert.Equal(job.DisplayName, SiteFiles.Page(sample.First, page).QuerySelector("main h1")!.TextContent);
        }

        // Grouped by host project: one table per host.
        Assert.Equal(Content.Jobs.Select(job => job.Project).Distinct().Count(), catalogue.QuerySelectorAll("main table").Length);
    }

    [Fact]
    public void JobPages_LinkTheJobsTheyStart_AndTheJobsThatStartThem()
    {
        Assert.NotEmpty(Content.Edges);
        foreach (var edge in Content.Edges.Where(edge => Content.JobsById.ContainsKey(edge.From) && Content.JobsById.ContainsKey(edge.To)))
        {
            var from = SiteFiles.Page(sample.First, $"jobs/{Content.Slugs[edge.From]}.html");
            var to = SiteFiles.Page(sample.First, $"jobs/{Content.Slugs[edge.To]}.html");

            Assert.Contains(from.QuerySelectorAll("main li a"), link => link.GetAttribute("href") == $"{Content.Slugs[edge.To]}.html");
            Assert.Contains(to.QuerySelectorAll("main li a"), link => link.GetAttribute("href") == $"{Content.Slugs[edge.From]}.html");
        }

        var snapshot = Content.Jobs.Single(job => job.TypeName == "OpsPlatform.Worker.Snapshots.SnapshotJob");
        var text = SiteFiles.Page(sample.First, $"jobs/{Content.Slugs[snapshot.Id]}.html").QuerySelector("main")!.TextContent;
        Assert.Contains("continues with Snapshot notifier", text, StringComparison.Ordinal);
        Assert.Contains("Nightly snapshot scheduler enqueues it", text, StringComparison.Ordinal);
        Assert.Contains("Thread.Sleep(settings.PollInterval);", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FindingCounts_MatchTheReport_OnEveryPageThatCountsThem()
    {
        var findings = Content.Report.Findings;
        Assert.NotEmpty(findings);

        var rows = SiteFiles.Page(sample.First, "findings.html").QuerySelectorAll("main table tbody tr");
        Assert.Equal(findings.Length, rows.Length);

        var rules = SiteFiles.Page(sample.First, "rules/index.html").QuerySelectorAll("main table tbody tr")
            .ToDictionary(row => row.Children[0].TextContent, row => int.Parse(row.Children[3].TextContent, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var rule in findings.GroupBy(finding => finding.RuleId))
        {
            Assert.Equal(rule.Count(), rules[rule.Key]);
        }

        var families = SiteFiles.Page(sample.First, "index.html").QuerySelectorAll("main table").ElementAt(1).QuerySelectorAll("tbody tr");
        Assert.Equal(findings.Length, families.Sum(row => int.Parse(row.Children[4].TextContent, System.Globalization.CultureInfo.InvariantCulture)));

        var perJob = Content.Jobs.Sum(job => Content.FindingsOf(job).Count);
        Assert.True(perJob > 0 && perJob < findings.Length, $"{perJob} findings sit in job types");
    }

    [Fact]
    public void EveryRelativeLinkAndAsset_ResolvesToAFileOfTheSite()
    {
        var pages = SiteFiles.Pages(sample.First).ToList();
        Assert.True(pages.Count > Content.Jobs.Count + Content.Rules.Count);

        // The same checker the browser tests use: fragments, folders (which a file:// reader cannot open) and assets too.
        var broken = LinkChecker.Check(sample.First, mustWorkFromFile: true);

        Assert.True(broken.Count == 0, string.Join("\n", broken));
        Assert.All(pages, page =>
        {
            Assert.EndsWith("assets/site.css", page.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Contains(page.Document.QuerySelectorAll("script"), script => script.GetAttribute("src")!.EndsWith("assets/site.js", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void TwoBuildsFromScratch_AreByteIdentical()
    {
        var first = SiteFiles.List(sample.First);

        Assert.Equal(first, SiteFiles.List(sample.Second));
        foreach (var file in first)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(sample.First, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(sample.Second, file))), file);
        }
    }

    [Fact]
    public void Rebuild_RewritesNothing_AndAChangedJobRewritesOnlyItsPages()
    {
        var folder = sample.Scratch("incremental");
        var first = DocsSite.Write(Content, folder);
        Assert.Equal(SiteBuilder.Build(Content).Count, first.Written.Count);
        var before = File.GetLastWriteTimeUtc(Path.Combine(folder, "index.html"));

        var again = DocsSite.Write(Content, folder);

        Assert.Empty(again.Written);
        Assert.Empty(again.Deleted);
        Assert.Equal(first.Written.Count, again.Unchanged);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(folder, "index.html")));

        var changed = Content.Jobs.First(job => job.Notes.IsEmpty);
        var edited = With(Content.Catalog.Jobs.Select(job => job.Id == changed.Id ? job with { Notes = ["A note added between two builds."] } : job));
        var afterEdit = DocsSite.Write(edited, folder);
        var slug = Content.Slugs[changed.Id];
        Assert.Equal([$"jobs/{slug}.html", $"jobs/{slug}.md"], afterEdit.Written.Order(StringComparer.Ordinal));

        var removed = Content.Jobs.First(job => !Content.Edges.Any(edge => edge.From == job.Id || edge.To == job.Id));
        var afterRemove = DocsSite.Write(With(Content.Catalog.Jobs.Where(job => job.Id != removed.Id)), folder);
        Assert.Equal([$"jobs/{Content.Slugs[removed.Id]}.html", $"jobs/{Content.Slugs[removed.Id]}.md"], afterRemove.Deleted.Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(folder, "jobs", Content.Slugs[removed.Id] + ".html")));
        Assert.True(File.Exists(Path.Combine(folder, SiteWriter.ManifestFile)));
    }

    [Fact]
    public void Diagrams_AreEmbeddedInBothThemes()
    {
        var home = SiteFiles.Page(sample.First, "index.html");
        var images = home.QuerySelectorAll("main img").Select(image => image.GetAttribute("src")).ToList();

        Assert.Contains("diagrams/timeline.svg", images);
        Assert.True(File.Exists(Path.Combine(sample.First, "diagrams", "timeline.dark.svg")));
        if (sample.HasPlantUml)
        {
            Assert.Contains("diagrams/chain.svg", images);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(sample.First, "diagrams", "chain.dark.svg")), StringComparison.Ordinal);
        }

        // The Mermaid block is for wikis: the Markdown has it, the HTML shows the SVG instead.
        Assert.Contains("```mermaid", File.ReadAllText(Path.Combine(sample.First, "index.md")), StringComparison.Ordinal);
        if (sample.HasPlantUml)
        {
            Assert.Empty(home.QuerySelectorAll("code.language-mermaid"));
        }
    }

    [Fact]
    public void MigrationsPage_ListsEveryMigrationInOrder_WithVerdictsAndSafeSequences()
    {
        Assert.True(Content.Migrations.Count >= 10, $"{Content.Migrations.Count} migrations");
        var page = SiteFiles.Page(sample.First, "migrations.html");
        var headings = page.QuerySelectorAll("main h2").Select(heading => heading.TextContent).ToList();
        var efCore = Content.Migrations.Where(migration => migration.Framework == "EfCore" && migration.Project == "OpsPlatform.Domain").ToList();

        Assert.Equal(efCore.Select(migration => migration.Name), headings.Where(efCore.Select(migration => migration.Name).Contains));
        Assert.Equal(efCore.Select(migration => migration.Id).Order(StringComparer.Ordinal), efCore.Select(migration => migration.Id));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("breaks the running version", text, StringComparison.Ordinal);
        Assert.Contains("long lock", text, StringComparison.Ordinal);
        Assert.Contains("Use instead:", text, StringComparison.Ordinal);

        var drop = page.QuerySelectorAll("main table tbody tr").First(row => row.Children[1].TextContent == "DropColumn" && row.Children[2].TextContent == "Servers.LegacyRackCode");
        Assert.Equal("breaks the running version", drop.Children[3].TextContent);
        Assert.Contains("INTR201", drop.Children[4].TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main table tbody tr"), row => row.Children[3].TextContent == "safe");
    }

    [Fact]
    public void RulePages_ComeFromTheRuleDocs_AndLinksOutOfTheRulesGoToTheRepository()
    {
        var docs = Directory.GetFiles(RepositoryPaths.RuleDocs, "INTR*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(docs, Content.Rules.Select(rule => rule.Id));
        foreach (var id in docs)
        {
            var page = SiteFiles.Page(sample.First, $"rules/{id}.html");
            Assert.StartsWith(id + ":", page.QuerySelector("main h1")!.TextContent, StringComparison.Ordinal);
        }

        var links = SiteFiles.Pages(sample.First).Where(page => page.Path.StartsWith("rules/", StringComparison.Ordinal))
            .SelectMany(page => page.Document.QuerySelectorAll("main a")).Select(link => link.GetAttribute("href")!).ToList();
        Assert.Contains("https://github.com/introspect-dev/introspect/blob/main/docs/migrations.md", links);
        Assert.Contains("INTR104.html", links);
        Assert.DoesNotContain(links, link => link.EndsWith(".md", StringComparison.Ordinal) && !link.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void BaseUrl_AddsCanonicalLinksAndASitemap_AndLinksStayRelative()
    {
        var published = new SiteContent(
            SampleSiteFixture.Options with { BaseUrl = new Uri("https://ops.example.com/site/") },
            Content.Catalog, Content.Report, Content.Rules, Content.Diagrams, Content.Migrations);

        var files = SiteBuilder.Build(published).ToDictionary(file => file.Path, file => System.Text.Encoding.UTF8.GetString(file.Content));

        Assert.Contains("<loc>https://ops.example.com/site/jobs/index.html</loc>", files["sitemap.xml"], StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://ops.example.com/site/findings.html\">", files["findings.html"], StringComparison.Ordinal);
        var catalogue = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(files["jobs/index.html"]);
        Assert.All(catalogue.QuerySelectorAll("a[href]"), link => Assert.DoesNotContain("://", link.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain(SiteBuilder.Build(Content), file => file.Path == "sitemap.xml");
    }

    [Fact]
    public void SearchIndex_CoversJobsRulesResourcesAndFindings()
    {
        var script = File.ReadAllText(Path.Combine(sample.First, "assets", "search-index.js"));
        var json = File.ReadAllText(Path.Combine(sample.First, "assets", "search-index.json"));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var types = document.RootElement.EnumerateArray().GroupBy(entry => entry.GetProperty("type").GetString()).ToDictionary(group => group.Key!, group => group.Count());

        Assert.Equal(Content.Jobs.Count, types["job"]);
        Assert.Equal(Content.Rules.Count, types["rule"]);
        Assert.Equal(Content.Findings.Count, types["finding"]);
        Assert.True(types["resource"] > 3);
        Assert.StartsWith("window.introspectSearchIndex = [", script, StringComparison.Ordinal);
        Assert.All(document.RootElement.EnumerateArray(), entry => Assert.True(File.Exists(Path.Combine(sample.First, entry.GetProperty("url").GetString()!))));
    }

    private SiteContent With(IEnumerable<Job> jobs) =>
        new(Content.Options, Content.Catalog with { Jobs = [.. jobs] }, Content.Report, Content.Rules, Content.Diagrams, Content.Migrations);
}

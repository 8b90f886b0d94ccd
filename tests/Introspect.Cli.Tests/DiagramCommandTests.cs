using Introspect.Cli.Output;
using Introspect.Diagrams;
using Introspect.Testing;

namespace Introspect.Cli.Tests;

public sealed class DiagramCommandTests : IDisposable
{
    private const string Packages =
        "</PropertyGroup><ItemGroup>" +
        "<PackageReference Include=\"Hangfire.Core\" Version=\"1.8.25\" />" +
        "</ItemGroup><PropertyGroup>";

    private const string Jobs = """
        using Hangfire;

        namespace Ops;

        public sealed class Scheduler
        {
            public void Run(IBackgroundJobClient jobs, string[] servers)
            {
                foreach (var server in servers)
                {
                    var id = jobs.Enqueue<Snapshot>(job => job.Take(server));
                    jobs.ContinueJobWith<Notifier>(id, job => job.Send(server));
                }
            }
        }

        public sealed class Snapshot { public void Take(string server) { } }

        public sealed class Notifier { public void Send(string server) { } }

        public static class Setup
        {
            public static void Register()
            {
                RecurringJob.AddOrUpdate<Scheduler>("nightly", job => job.Run(null!, null!), "30 2 * * *");
                RecurringJob.AddOrUpdate<Snapshot>("broken", job => job.Take("x"), "0 25 * * *");
            }
        }
        """;

    private readonly TempFolder _folder = new("diagram");

    [Fact]
    public async Task Project_WritesEveryViewInEveryFormat_TheSameOnEveryRun()
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Jobs.cs"] = Jobs }, Packages);
        var jar = PlantUmlJar.FindOrFailInCi();
        string[] plantUml = jar is null ? [] : ["--plantuml-jar", jar];

        var first = await CliRun.RunAsync(["diagram", project, "--date", "2026-03-01", "-o", _folder.Combine("first"), .. plantUml]);
        var second = await CliRun.RunAsync(["diagram", project, "--date", "2026-03-01", "-o", _folder.Combine("second"), .. plantUml]);

        Assert.True(first.ExitCode == ExitCodes.Clean, first.ToString());
        string[] activities = ["activity.notifier-send", "activity.scheduler-run", "activity.snapshot-take"];
        string[] expected = jar is null
            ? [.. activities.SelectMany(name => (string[])[name + ".mmd", name + ".puml"]), "chain.mmd", "chain.puml", "resources.mmd", "resources.puml", "timeline.mmd", "timeline.svg", "week.svg"]
            : [.. activities.SelectMany(name => (string[])[name + ".mmd", name + ".puml", name + ".svg"]), "chain.mmd", "chain.puml", "chain.svg", "resources.mmd", "resources.puml", "resources.svg", "timeline.mmd", "timeline.svg", "week.svg"];
        Assert.Equal(expected, Files("first"));
        foreach (var file in expected)
        {
            Assert.Equal(File.ReadAllBytes(_folder.Combine("first", file)), File.ReadAllBytes(_folder.Combine("second", file)));
        }

        var chain = File.ReadAllText(_folder.Combine("first", "chain.puml"));
        Assert.Contains("enqueue, once per item of a loop", chain, StringComparison.Ordinal);
        Assert.Contains("continuation, once per item of a loop", chain, StringComparison.Ordinal);
        var timeline = File.ReadAllText(_folder.Combine("first", "timeline.svg"));
        Assert.Contains("<title>02:30 Scheduler</title>", timeline, StringComparison.Ordinal);
        Assert.Contains("invalid cron &#39;0 25 * * *&#39;", timeline, StringComparison.Ordinal);

        var resources = File.ReadAllText(_folder.Combine("first", "resources.puml"));
        Assert.Contains("queue \"Snapshot\" as r_job_Snapshot_", resources, StringComparison.Ordinal);
        Assert.DoesNotContain("[[", chain, StringComparison.Ordinal); // a folder outside git and no --source-link: no links

        var chosen = await CliRun.RunAsync("diagram", project, "--job", "Notifier", "--view", "chain", "--format", "mmd", "-o", _folder.Combine("one"));
        Assert.True(chosen.ExitCode == ExitCodes.Clean, chosen.ToString());
        Assert.Equal(["chain.mmd"], Files("one"));
        Assert.DoesNotContain("broken", File.ReadAllText(_folder.Combine("one", "chain.mmd")), StringComparison.Ordinal);

        var unknown = await CliRun.RunAsync("diagram", project, "--job", "Nobody", "-o", _folder.Combine("none"));
        Assert.Equal(ExitCodes.UsageError, unknown.ExitCode);
        var error = unknown.Error.ReplaceLineEndings(" ");
        Assert.Contains("no job matches --job 'Nobody'", error, StringComparison.Ordinal);
        Assert.True(error.Contains("Notifier, Scheduler, Snapshot", StringComparison.Ordinal), error);
    }

    [Fact]
    public async Task ActivityView_DrawsTheChosenJob_ToTheDepthAndNodeCapAsked()
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Jobs.cs"] = Jobs }, Packages);

        var result = await CliRun.RunAsync("diagram", project, "--view", "activity", "--job", "Scheduler", "--format", "puml", "--format", "mmd", "--max-nodes", "2", "-o", _folder.Combine("activity"));

        Assert.True(result.ExitCode == ExitCodes.Clean, result.ToString());
        Assert.Equal(["activity.scheduler-run.mmd", "activity.scheduler-run.puml"], Files("activity"));
        var puml = File.ReadAllText(_folder.Combine("activity", "activity.scheduler-run.puml"));
        Assert.Contains("while (for each var server in servers) is (next)", puml, StringComparison.Ordinal);
        Assert.Contains("<b>enqueue</b> &#183; Snapshot", puml, StringComparison.Ordinal);
        Assert.Contains(":1 step hidden; <<hidden>>", puml, StringComparison.Ordinal);
        Assert.Contains("caption 2 of 3 steps shown", puml, StringComparison.Ordinal);
        var mermaid = File.ReadAllText(_folder.Combine("activity", "activity.scheduler-run.mmd"));
        Assert.Contains("enqueue #183; Snapshot", mermaid, StringComparison.Ordinal);
        Assert.Contains("[\"1 step hidden\"]:::hidden", mermaid, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--zone", "Mars/Olympus", "--zone 'Mars/Olympus' is not a time zone")]
    [InlineData("--date", "01/03/2026", "--date '01/03/2026' is not a day such as 2026-03-01")]
    [InlineData("--plantuml-server", "ftp://x", "--plantuml-server 'ftp://x' is not an http or https URL")]
    [InlineData("--plantuml-jar", "/nowhere/plantuml.jar", "The PlantUML jar '/nowhere/plantuml.jar' does not exist")]
    [InlineData("--view", "timeline --format puml", "the timeline has no PlantUML source")]
    [InlineData("--max-depth", "11", "--max-depth must be between 0 and 10")]
    [InlineData("--max-nodes", "0", "--max-nodes must be between 1 and 1000")]
    [InlineData("--source-link", "javascript:alert(1)", "--source-link 'javascript:alert(1)' is not an http or https URL")]
    [InlineData("--source-link", "https://me:token@code.example.com/r", "holds a user name or password")]
    public async Task BadOption_IsAUsageErrorBeforeAnythingLoads(string option, string value, string message)
    {
        var result = await CliRun.RunAsync(["diagram", _folder.Combine("missing.sln"), option, .. value.Split(' ')]);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourceLink_LinksTheNodesToTheirLines_AndViewResourcesWritesOnlyTheResources()
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Jobs.cs"] = Jobs }, Packages);

        var result = await CliRun.RunAsync("diagram", project, "--date", "2026-03-01", "--view", "resources", "--format", "puml", "--format", "mmd",
            "--source-link", "https://code.example.com/ops/blob/main", "-o", _folder.Combine("linked"));

        Assert.True(result.ExitCode == ExitCodes.Clean, result.ToString());
        Assert.Equal(["resources.mmd", "resources.puml"], Files("linked"));
        var puml = File.ReadAllText(_folder.Combine("linked", "resources.puml"));
        Assert.Matches(@"as j_Scheduler_Run_[0-9a-f]{6} \[\[https://code\.example\.com/ops/blob/main/(\S+/)?Jobs\.cs#L7\]\]", puml);
        Assert.Matches(@"click j_Scheduler_Run_[0-9a-f]{6} href ""https://code\.example\.com/ops/blob/main/(\S+/)?Jobs\.cs#L7"" _blank", File.ReadAllText(_folder.Combine("linked", "resources.mmd")));
    }

    [Fact]
    public async Task WithoutPlantUml_SaysSoOnce_AndWritesEverythingElse()
    {
        using var error = new StringWriter();
        var console = CliConsole.Plain(TextWriter.Null, error);
        var output = new DiagramOutput(_folder.Combine("out"), ["puml", "mmd", "svg"], renderer: null, console);
        DiagramSource[] sources =
        [
            new("chain", DiagramFormat.PlantUml, "@startuml\n@enduml\n"),
            new("chain.dark", DiagramFormat.PlantUml, "@startuml\n@enduml\n"),
            new("timeline", DiagramFormat.Svg, "<svg/>"),
        ];

        var result = await output.WriteAsync(sources, CancellationToken.None);

        Assert.True(result.Complete);
        Assert.Equal(["chain.dark.puml", "chain.puml", "timeline.svg"], Files("out"));
        var note = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no PlantUML found", note, StringComparison.Ordinal);
        Assert.Contains("chain.svg, chain.dark.svg were not drawn", note, StringComparison.Ordinal);
    }

    private string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(_folder.Combine(folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public void Dispose() => _folder.Dispose();
}

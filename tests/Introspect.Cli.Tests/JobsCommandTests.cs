using Introspect.Cli.Output;
using Introspect.Testing;
using NJsonSchema;

namespace Introspect.Cli.Tests;

public sealed class JobsCommandTests : IDisposable
{
    private const string Packages =
        "</PropertyGroup><ItemGroup>" +
        "<PackageReference Include=\"Microsoft.Extensions.Hosting.Abstractions\" Version=\"10.0.15\" />" +
        "<PackageReference Include=\"Hangfire.Core\" Version=\"1.8.25\" />" +
        "</ItemGroup><PropertyGroup>";

    private const string Jobs = """
        using Hangfire;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        namespace Ops;

        public sealed class Watchdog : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
                while (await timer.WaitForNextTickAsync(stoppingToken)) { }
            }
        }

        public sealed class Export { public void Run() { } }

        public static class Setup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddHostedService<Watchdog>();
                RecurringJob.AddOrUpdate<Export>("export", job => job.Run(), "30 2 * * *");
                RecurringJob.AddOrUpdate<Export>("export-broken", job => job.Run(), "0 2 * * * | <b>*</b>");
            }
        }
        """;

    private readonly TempFolder _folder = new("jobs");

    [Fact]
    public async Task Json_IsValidAgainstTheSchemaAndTheSameOnEveryRun()
    {
        var project = WriteProject();

        var first = await CliRun.RunAsync("jobs", project, "--format", "json", "--now", "2026-01-01T00:00:00Z");
        var second = await CliRun.RunAsync("jobs", project, "--format", "json", "--now", "2026-01-01T00:00:00Z");

        Assert.True(first.ExitCode == ExitCodes.Clean, first.ToString());
        Assert.Equal(first.Output, second.Output);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Docs, "schema", "jobs.schema.json"));
        Assert.Empty(schema.Validate(first.Output));
        Assert.Contains("\"id\": \"Ops.Watchdog.ExecuteAsync\"", first.Output, StringComparison.Ordinal);
        Assert.Contains("\"2026-01-01T02:30:00+00:00\"", first.Output, StringComparison.Ordinal);

        // Each job carries its process model: the watchdog's PeriodicTimer loop is read from its ExecuteAsync.
        Assert.Contains("\"process\": {", first.Output, StringComparison.Ordinal);
        Assert.Contains("\"construct\": \"periodicTimer\"", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_WhenRedirected_IsPlainTextWithOneRowPerJob()
    {
        var project = WriteProject();

        var result = await CliRun.RunAsync("jobs", project, "--now", "2026-01-01T00:00:00Z");

        Assert.True(result.ExitCode == ExitCodes.Clean, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("job ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("Watchdog ", StringComparison.Ordinal) && line.Contains("every 15 seconds (PeriodicTimer)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Export ", StringComparison.Ordinal) && line.Contains("2026-01-01 02:30 +00:00", StringComparison.Ordinal));
        Assert.Equal("2 jobs in 1 projects; next runs from 2026-01-01 00:00:00 +00:00", lines[^1]);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public async Task Markdown_EscapesTextFromTheAnalysedCode()
    {
        var project = WriteProject();
        var output = _folder.Combine("jobs.md");

        var result = await CliRun.RunAsync("jobs", project, "--format", "markdown", "--output", output, "--now", "2026-01-01T00:00:00Z");

        Assert.True(result.ExitCode == ExitCodes.Clean, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        var markdown = await File.ReadAllTextAsync(output);
        Assert.Contains("invalid cron '0 2 \\* \\* \\* \\| &lt;b&gt;\\*&lt;/b&gt;'", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        Assert.All(markdown.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)), line => Assert.Equal(7, line.Split(" | ").Length));
    }

    [Theory]
    [InlineData("--now", "yesterday", "--now 'yesterday'")]
    [InlineData("--next-runs", "50", "--next-runs")]
    [InlineData("--format", "xml", "xml")]
    public async Task BadOption_IsAUsageError(string option, string value, string message)
    {
        var project = WriteProject();

        var result = await CliRun.RunAsync("jobs", project, option, value);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingInput_IsAUsageError()
    {
        var result = await CliRun.RunAsync("jobs", _folder.Combine("nothing-here.sln"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("[x](http://evil)", "\\[x\\]\\(http://evil\\)")]
    [InlineData("line\nbreak", "line break")]
    public void MarkdownEscape_NeutralisesMarkup(string text, string escaped) => Assert.Equal(escaped, JobsMarkdownReport.Escape(text));

    private string WriteProject() => _folder.WriteProject("Ops", new Dictionary<string, string> { ["Jobs.cs"] = Jobs }, Packages);

    public void Dispose() => _folder.Dispose();
}

public sealed class JobsCommandLoadFailureTests : IDisposable
{
    private readonly TempFolder _folder = new("jobs-unrestored");

    [Fact]
    public async Task UnrestoredProject_ExitsIncompleteAndListsItsJobsAsDegraded()
    {
        var project = _folder.WriteProject(
            "Worker",
            new Dictionary<string, string>
            {
                ["Sync.cs"] = """
                    using Quartz;

                    namespace Worker;

                    public sealed class SyncJob : IJob
                    {
                        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
                    }
                    """,
            },
            "</PropertyGroup><ItemGroup><PackageReference Include=\"Quartz\" Version=\"4.7.3\" /></ItemGroup><PropertyGroup>");

        var result = await CliRun.RunAsync("jobs", project, "--no-restore", "--format", "json", "--now", "2026-01-01T00:00:00Z");

        Assert.True(result.ExitCode == ExitCodes.LoadFailure, result.ToString());
        Assert.Contains("\"complete\": false", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"Worker.SyncJob.Execute\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"mode\": \"degraded\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("Worker", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

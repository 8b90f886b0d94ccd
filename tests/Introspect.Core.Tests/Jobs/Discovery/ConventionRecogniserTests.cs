using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery.Conventions;
using Introspect.Core.Jobs.Triggers;
using Introspect.Core.Loading;
using Introspect.Testing;

namespace Introspect.Core.Tests.Jobs.Discovery;

/// <summary>A team's own job abstraction, declared in introspect.json, is found like the built-in frameworks.</summary>
public sealed class ConventionRecogniserTests : IDisposable
{
    private const string Source = """
        namespace Acme.Scheduling
        {
            public interface IScheduledTask
            {
                string CronExpression { get; }
                Task RunAsync(CancellationToken cancellationToken);
            }

            public abstract class BaseTask : IScheduledTask
            {
                public abstract string CronExpression { get; }
                public abstract Task RunAsync(CancellationToken cancellationToken);
            }
        }

        namespace Acme.Billing
        {
            using Acme.Scheduling;

            public sealed class InvoiceRun : BaseTask
            {
                public override string CronExpression => "0 4 1 * *";
                public override Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }

            public sealed class Reminder : IScheduledTask
            {
                public string CronExpression { get { return "0 9 * * 1-5"; } }
                public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }

            public sealed class NotATask { public string CronExpression => "* * * * *"; public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask; }
        }
        """;

    private readonly TempFolder _folder = new("conventions");

    [Fact]
    public async Task ClassesOfTheDeclaredBaseType_AreJobsWithTheirSchedules()
    {
        var conventions = JobConvention.Load(Write("""
            {
              // the team's scheduler
              "jobs": { "conventions": [ { "name": "Scheduled task", "baseType": "Acme.Scheduling.IScheduledTask", "entryMethod": "RunAsync", "schedule": { "member": "CronExpression", "dialect": "hangfire" } } ] }
            }
            """));

        var jobs = await JobSnippets.DiscoverAsync(Source, conventions: conventions);

        Assert.Equal(["Acme.Billing.InvoiceRun", "Acme.Billing.Reminder"], jobs.Select(job => job.TypeName).Order(StringComparer.Ordinal));
        var invoice = jobs.Single("InvoiceRun");
        Assert.Equal(JobFramework.Custom, invoice.Framework);
        Assert.Equal("Scheduled task", invoice.FrameworkName);
        Assert.Equal("RunAsync", invoice.EntryMethod);
        Assert.Equal(new CronSchedule("0 4 1 * *", CronDialect.Hangfire, true, null), Assert.Single(invoice.Triggers).Cron);
        Assert.Equal("at 09:00 on Monday to Friday (UTC)", Assert.Single(jobs.Single("Reminder").Triggers).Description);
    }

    [Fact]
    public async Task WithoutConventions_TheSameClassesAreNotJobs() => Assert.Empty(await JobSnippets.DiscoverAsync(Source));

    [Theory]
    [InlineData("{ \"jobs\": { \"conventions\": [ { \"entryMethod\": \"Run\" } ] } }", "baseType")]
    [InlineData("{ \"jobs\": { \"conventions\": [ { \"baseType\": \"A.B\", \"entryMethod\": \"Run\", \"schedule\": { \"dialect\": \"unix\" } } ] } }", "unix")]
    [InlineData("{ \"jobs\": ", "introspect.json")]
    public void MalformedFile_IsAnInputErrorThatSaysWhy(string json, string message)
    {
        var exception = Assert.Throws<InputException>(() => JobConvention.Load(Write(json)));
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFile_MeansNoConventions() => Assert.Empty(JobConvention.Load(_folder.Path));

    private string Write(string json)
    {
        _folder.Write(JobConvention.FileName, json);
        return _folder.Path;
    }

    public void Dispose() => _folder.Dispose();
}

using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.JobDefinitions.UnserializableJobArgumentAnalyzer>;

namespace Introspect.Analyzers.Tests.JobDefinitions;

public sealed class UnserializableJobArgumentAnalyzerTests
{
    private const string Services = "global using Hangfire;\n" + OverlappingRecurringJobAnalyzerTests.Model + """

        public sealed class ReportJob
        {
            public System.Threading.Tasks.Task BuildAsync(int customerId, OpsDbContext db) => System.Threading.Tasks.Task.CompletedTask;

            public void Log(string message, Microsoft.Extensions.Logging.ILogger logger) { }

            public void Upload(string name, System.IO.Stream content) { }

            public void Resolve(System.IServiceProvider services) { }

            public void Later(System.Func<int> compute) { }

            public void Run(int id, System.Threading.CancellationToken cancellationToken) { }

            public void Legacy(int id, Hangfire.IJobCancellationToken token) { }

            public void WithContext(int id, Hangfire.Server.PerformContext? context) { }

            public void Store(object payload) { }

            public void Plain(int customerId, string name, System.DateTime from, int[] hostIds) { }
        }
        """;

    [Fact]
    public Task ServicesStreamsDelegatesAndLiveTokens_Trigger() => Verify.VerifyAsync(Services + """

        public sealed class ReportEndpoint(OpsDbContext db, Microsoft.Extensions.Logging.ILogger<ReportEndpoint> logger, System.IServiceProvider services, Hangfire.IBackgroundJobClient jobs)
        {
            public void Queue(int customerId, System.IO.Stream upload, System.Threading.CancellationToken requestAborted)
            {
                Hangfire.BackgroundJob.Enqueue<ReportJob>(job => job.BuildAsync(customerId, {|INTR307:db|}));
                jobs.Enqueue<ReportJob>(job => job.Log("queued", {|INTR307:logger|}));
                jobs.Schedule<ReportJob>(job => job.Upload("report.csv", {|INTR307:upload|}), System.TimeSpan.FromMinutes(1));
                Hangfire.RecurringJob.AddOrUpdate<ReportJob>("resolve", job => job.Resolve({|INTR307:services|}), "0 * * * *");
                jobs.Enqueue<ReportJob>(job => job.Later({|INTR307:() => customerId * 2|}));
                jobs.Enqueue<ReportJob>(job => job.Run(customerId, {|INTR307:requestAborted|}));
                jobs.Enqueue<ReportJob>(job => job.Store({|INTR307:db|}));
            }
        }
        """);

    [Fact]
    public Task PlainValuesAndPlaceholderTokens_DoNotTrigger() => Verify.VerifyAsync(Services + """

        public sealed class ReportEndpoint(Hangfire.IBackgroundJobClient jobs)
        {
            public void Queue(int customerId, int[] hostIds)
            {
                jobs.Enqueue<ReportJob>(job => job.Plain(customerId, "monthly", System.DateTime.UtcNow, hostIds));
                jobs.Enqueue<ReportJob>(job => job.Run(customerId, System.Threading.CancellationToken.None));
                jobs.Enqueue<ReportJob>(job => job.Run(customerId, default));
                jobs.Enqueue<ReportJob>(job => job.Legacy(customerId, Hangfire.JobCancellationToken.Null));
                jobs.Enqueue<ReportJob>(job => job.Legacy(customerId, null!));
                jobs.Enqueue<ReportJob>(job => job.WithContext(customerId, null));
                jobs.Enqueue<ReportJob>(job => job.Store("payload"));
                var parent = jobs.Enqueue<ReportJob>(job => job.Plain(customerId, "first", System.DateTime.UtcNow, hostIds));
                jobs.ContinueJobWith<ReportJob>(parent, job => job.Plain(customerId, "second", System.DateTime.UtcNow, hostIds));
            }

            // Not a Hangfire call: a local method with the same name and the same lambda shape.
            private static void Enqueue<T>(System.Linq.Expressions.Expression<System.Action<T>> call) { }

            public void Local(OpsDbContext db) => Enqueue<ReportJob>(job => job.BuildAsync(1, db));
        }
        """);
}

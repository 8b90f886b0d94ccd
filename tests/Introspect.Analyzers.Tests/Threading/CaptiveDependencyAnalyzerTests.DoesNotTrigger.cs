using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.CaptiveDependencyAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR123: look-alikes that are safe: factories and scope factories, scoped consumers, singletons of singletons.</summary>
public sealed partial class CaptiveDependencyAnalyzerTests
{
    [Fact]
    public Task HostedServiceWithScopeFactoryCreatingAScopePerTick_DoesNotTrigger() => Verify.VerifyAsync(Model + """

        namespace Ops.Worker
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Ops.Data;

            public sealed class ProxyWatchdog(IServiceScopeFactory scopeFactory, IServiceProvider services) : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
                    while (await timer.WaitForNextTickAsync(stoppingToken))
                    {
                        await using var scope = scopeFactory.CreateAsyncScope();
                        var db = scope.ServiceProvider.GetRequiredService<OpsDbContext>();
                        await db.Alerts.ToListAsync(stoppingToken);
                    }
                }
            }

            public static class Registrations
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddDbContext<OpsDbContext>(options => { });
                    services.AddHostedService<ProxyWatchdog>();
                }
            }
        }
        """);

    [Fact]
    public Task HostedServiceWithDbContextFactoryPerRun_DoesNotTrigger() => Verify.VerifyAsync(Model + """

        namespace Ops.Worker
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Ops.Data;

            public sealed class AlertOutboxDispatcher(IDbContextFactory<OpsDbContext> dbFactory) : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                    await db.Alerts.ToListAsync(stoppingToken);
                }
            }

            public static class Registrations
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddDbContextFactory<OpsDbContext>(options => { });
                    services.AddHostedService<AlertOutboxDispatcher>();
                }
            }
        }
        """);

    [Fact]
    public Task DbContextInScopedAndTransientServicesAndUnregisteredJobs_DoesNotTrigger() => Verify.VerifyAsync(Model + """

        namespace Ops.Worker
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Ops.Data;
            using Quartz;

            public sealed class AlertRepository(OpsDbContext db) { public int Count() => db.Alerts.Count(); }
            public sealed class AlertReport(OpsDbContext db) { public int Count() => db.Alerts.Count(); }

            // Not registered: Quartz and Hangfire create a job per run, in a scope of its own.
            public sealed class MonitoringSyncJob(OpsDbContext db) : IJob
            {
                public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
                    await db.SaveChangesAsync(cancellationToken);
            }

            public static class Registrations
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddScoped<AlertRepository>();
                    services.AddTransient<AlertReport>();
                }
            }
        }
        """);

    [Fact]
    public Task SingletonTakingSingletonsOptionsAndFactories_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        public sealed class CacheOptions { public int Size { get; set; } }
        public interface IClock { DateTimeOffset Now { get; } }
        public sealed class SystemClock : IClock { public DateTimeOffset Now => DateTimeOffset.UtcNow; }
        public interface ITenantContext { string TenantId { get; } }
        public sealed class TenantContext : ITenantContext { public string TenantId => "t"; }

        public sealed class BypassCache(IClock clock, IOptions<CacheOptions> options, IOptionsMonitor<CacheOptions> monitor, IServiceScopeFactory scopes)
        {
            public DateTimeOffset Created { get; } = clock.Now;
        }

        public sealed class TenantReport(ITenantContext tenant)
        {
            public string Id => tenant.TenantId;
        }

        public static class Registrations
        {
            public static void Register(IServiceCollection services)
            {
                services.AddSingleton<IClock, SystemClock>();
                services.AddSingleton<BypassCache>();
                // Registered scoped and singleton: which one wins depends on the order, so it is not judged.
                services.AddScoped<ITenantContext, TenantContext>();
                services.AddSingleton<ITenantContext, TenantContext>();
                services.AddSingleton<TenantReport>();
            }
        }
        """);

    [Fact]
    public Task SingletonsBuiltByFactoryOrInstanceAndAbstractHostedBase_DoesNotTrigger() => Verify.VerifyAsync(Model + """

        namespace Ops.Worker
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Ops.Data;

            public sealed class ReportCache(OpsDbContext db) { public int Count() => db.Alerts.Count(); }

            public abstract class PollingService(OpsDbContext db) : BackgroundService
            {
                protected OpsDbContext Db { get; } = db;
            }

            public static class Registrations
            {
                public static void Register(IServiceCollection services, ReportCache prebuilt)
                {
                    services.AddSingleton(provider => new ReportCache(provider.CreateScope().ServiceProvider.GetRequiredService<OpsDbContext>()));
                    services.AddSingleton(prebuilt);
                }
            }
        }
        """);

    [Fact]
    public Task NoDependencyInjectionReferenced_DoesNotTrigger()
    {
        var test = new Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.CaptiveDependencyAnalyzer>.Test
        {
            TestCode = """
                public sealed class Db { }
                public sealed class Worker(Db db) { public Db Db { get; } = db; }
                """,
        };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Introspect.Testing.FrameworkReferences.Net100);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("using Microsoft.Extensions.DependencyInjection; class C { void M(IServiceCollection s) { s.AddSingleton<>(); s.AddScoped(typeof(), typeof(Missing)); s.AddHostedService<Missing>(); } }")]
    [InlineData("using Microsoft.Extensions.DependencyInjection; class W : Microsoft.Extensions.Hosting.BackgroundService { public W(Missing m, ) { } } class C { void M(IServiceCollection s) { s.AddScoped<Missing>(); s.AddSingleton<W>( } }")]
    [InlineData("using Microsoft.Extensions.DependencyInjection; class C<T> { public C(T t) { } } class R { void M(IServiceCollection s) { s.AddSingleton(typeof(C<>)); s.AddScoped(typeof(List<>)); s.AddSingleton<int>(); } }")]
    [InlineData("using Microsoft.Extensions.DependencyInjection; static class C { static void M(IServiceCollection s) => AddSingleton<C>(s); static void AddSingleton<T>(IServiceCollection s) { } }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionWithFrameworksAsync(new Introspect.Analyzers.Threading.CaptiveDependencyAnalyzer(), source);
}

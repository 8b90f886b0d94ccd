using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.CaptiveDependencyAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR123: a scoped service captured by the constructor of a singleton or hosted service.</summary>
public sealed partial class CaptiveDependencyAnalyzerTests
{
    private const string Model = """
        namespace Ops.Data
        {
            using Microsoft.EntityFrameworkCore;

            public sealed class Alert
            {
                public int Id { get; set; }
            }

            public sealed class OpsDbContext(DbContextOptions<OpsDbContext> options) : DbContext(options)
            {
                public DbSet<Alert> Alerts => Set<Alert>();
            }
        }
        """;

    [Fact]
    public Task DbContextInBackgroundServiceRegisteredWithAddHostedService_Triggers() => Verify.VerifyAsync(Model + """

        namespace Ops.Worker
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Ops.Data;

            public sealed class AlertOutboxDispatcher : BackgroundService
            {
                private readonly OpsDbContext _db;

                public AlertOutboxDispatcher(OpsDbContext {|INTR123:db|}) => _db = db;

                protected override async Task ExecuteAsync(CancellationToken stoppingToken) =>
                    await _db.Alerts.ToListAsync(stoppingToken);
            }

            public static class Registrations
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddDbContext<OpsDbContext>(options => { });
                    services.AddHostedService<AlertOutboxDispatcher>();
                }
            }
        }
        """);

    [Fact]
    public Task DbContextInHostedServiceWithoutARegistrationInSight_Triggers() => Verify.VerifyAsync(Model + """

        namespace Ops.Worker
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Hosting;
            using Ops.Data;

            public sealed class ProxyWatchdog(OpsDbContext {|INTR123:db|}) : IHostedService
            {
                public Task StartAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task ScopedServiceInSingletonRegisteredGenericallyAndWithTypeof_Triggers() => Verify.VerifyAsync("""
        using Microsoft.Extensions.DependencyInjection;

        public interface ITenantContext { string TenantId { get; } }
        public sealed class HttpTenantContext : ITenantContext { public string TenantId => "t-1"; }
        public interface IAuditTrail { void Write(string entry); }
        public sealed class AuditTrail : IAuditTrail { public void Write(string entry) { } }

        public sealed class BillingCache(ITenantContext {|INTR123:tenant|})
        {
            public string Key => tenant.TenantId;
        }

        public sealed class UsageExporter(IAuditTrail {|INTR123:audit|}, BillingCache cache)
        {
            public void Export() => audit.Write(cache.Key);
        }

        public static class Registrations
        {
            public static void Register(IServiceCollection services)
            {
                services.AddScoped<ITenantContext, HttpTenantContext>();
                services.AddScoped(typeof(IAuditTrail), typeof(AuditTrail));
                services.AddSingleton<BillingCache>();
                services.AddSingleton(typeof(UsageExporter));
            }
        }
        """);

    [Fact]
    public Task QuartzJobRegisteredAsSingletonWithDbContextAndOptionsSnapshot_Triggers() => Verify.VerifyAsync(Model + """

        namespace Ops.Worker
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.DependencyInjection.Extensions;
            using Microsoft.Extensions.Options;
            using Ops.Data;
            using Quartz;

            public sealed class SyncOptions { public int BatchSize { get; set; } }

            public sealed class MonitoringSyncJob(OpsDbContext {|INTR123:db|}, IOptionsSnapshot<SyncOptions> {|INTR123:options|}) : IJob
            {
                public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
                    await db.SaveChangesAsync(cancellationToken);
            }

            public static class Registrations
            {
                public static void Register(IServiceCollection services) => services.TryAddSingleton<MonitoringSyncJob>();
            }
        }
        """);

    [Fact]
    public Task ScopedInterfaceOfDbContextRegisteredWithAddDbContext_Triggers() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.DependencyInjection;

        public interface IBillingDb { int Count(); }

        public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options), IBillingDb
        {
            public int Count() => 0;
        }

        public sealed class InvoiceNumberSource(IBillingDb {|INTR123:db|})
        {
            public int Next() => db.Count() + 1;
        }

        public static class Registrations
        {
            public static void Register(IServiceCollection services)
            {
                services.AddDbContext<IBillingDb, BillingDbContext>(options => { });
                services.AddSingleton<InvoiceNumberSource>();
            }
        }
        """);
}

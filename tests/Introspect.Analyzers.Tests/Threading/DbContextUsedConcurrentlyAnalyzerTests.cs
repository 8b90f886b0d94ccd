using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.DbContextUsedConcurrentlyAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR124: one DbContext used by operations that run at the same time.</summary>
public sealed partial class DbContextUsedConcurrentlyAnalyzerTests
{
    [Fact]
    public Task TwoQueriesOfOneContextPassedToWhenAll_Triggers() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public sealed class TopologyLoader(OpsDbContext db)
            {
                public async Task LoadAsync(CancellationToken cancellationToken)
                {
                    await Task.WhenAll(
                        db.Servers.ToListAsync(cancellationToken),
                        {|INTR124:db.Hosts.Where(h => h.LastSyncedAt == null).ToListAsync(cancellationToken)|});
                }
            }
        }
        """);

    [Fact]
    public Task StartedTasksInLocalsThenWhenAllAndSaveChangesInWhenAny_Triggers() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public sealed class ProxyLoadBalancingJob
            {
                private readonly OpsDbContext _db;

                public ProxyLoadBalancingJob(OpsDbContext db) => _db = db;

                public async Task<int> LoadAsync(CancellationToken cancellationToken)
                {
                    var serversQuery = _db.Servers.Where(s => !s.Decommissioned).ToListAsync(cancellationToken);
                    var hostsQuery = {|INTR124:_db.Hosts.CountAsync(cancellationToken)|};
                    await Task.WhenAll(serversQuery, hostsQuery);
                    return (await serversQuery).Count + await hostsQuery;
                }

                public Task SaveOrTimeOutAsync(OpsDbContext db, CancellationToken cancellationToken) =>
                    Task.WhenAny(db.Servers.AnyAsync(cancellationToken), {|INTR124:db.SaveChangesAsync(cancellationToken)|});
            }
        }
        """);

    [Fact]
    public Task HelpersOfTheSameClassUsingOneContextFieldAwaitedTogether_Triggers() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public sealed class DashboardJob(OpsDbContext db)
            {
                public async Task RefreshAsync(CancellationToken cancellationToken)
                {
                    var servers = LoadServersAsync(cancellationToken);
                    var hosts = {|INTR124:LoadHostsAsync(cancellationToken)|};
                    await Task.WhenAll(servers, hosts);
                }

                public Task RefreshWithAsync(OpsDbContext context) =>
                    Task.WhenAll(CountAsync(context), {|INTR124:CountAsync(context)|});

                private async Task<List<Server>> LoadServersAsync(CancellationToken cancellationToken) => await db.Servers.ToListAsync(cancellationToken);

                private async Task<List<MonitoredHost>> LoadHostsAsync(CancellationToken cancellationToken) => await db.Hosts.ToListAsync(cancellationToken);

                private static Task<int> CountAsync(OpsDbContext context) => context.Servers.CountAsync();
            }
        }
        """);

    [Fact]
    public Task ContextCapturedByParallelForEachAsyncAndWhenAllSelect_Triggers() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public sealed class HostSync(OpsDbContext db)
            {
                private readonly OpsDbContext _db = db;

                public Task SyncAsync(IEnumerable<int> serverIds, CancellationToken cancellationToken) =>
                    Parallel.ForEachAsync(serverIds, cancellationToken, async (id, token) =>
                    {
                        var server = await {|INTR124:_db|}.Servers.FindAsync([id], token);
                        await _db.SaveChangesAsync(token);
                    });

                public async Task MarkAsync(IReadOnlyList<int> hostIds, OpsDbContext context)
                {
                    await Task.WhenAll(hostIds.Select(async id =>
                    {
                        var host = await {|INTR124:context|}.Hosts.SingleAsync(h => h.Id == id);
                        host.LastSyncedAt = System.DateTimeOffset.UtcNow;
                    }));
                }
            }
        }
        """);

    [Fact]
    public Task ContextUsedFromTaskRunInLoopAndThroughAHelper_Triggers() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public sealed class DecommissionJob(OpsDbContext db)
            {
                private readonly OpsDbContext _db = db;

                public Task RunAsync(int[] serverIds)
                {
                    var work = new List<Task>();
                    foreach (var id in serverIds)
                    {
                        work.Add(Task.Run(() => {|INTR124:Mark(id)|}));
                    }

                    return Task.WhenAll(work);
                }

                private void Mark(int id)
                {
                    var server = _db.Servers.Find(id);
                    if (server is not null)
                    {
                        server.Decommissioned = true;
                    }
                }
            }
        }
        """);
}

using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.DbContextUsedConcurrentlyAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR124: look-alikes that are safe: sequential awaits, a context per task, a scope per iteration, a lock.</summary>
public sealed partial class DbContextUsedConcurrentlyAnalyzerTests
{
    [Fact]
    public Task SequentialAwaitsOnOneContext_DoesNotTrigger() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public sealed class TopologyLoader(OpsDbContext db)
            {
                public async Task<int> LoadAsync(CancellationToken cancellationToken)
                {
                    var servers = await db.Servers.ToListAsync(cancellationToken);
                    var hosts = await db.Hosts.ToListAsync(cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return servers.Count + hosts.Count;
                }
            }
        }
        """);

    [Fact]
    public Task WhenAllOfQueriesOnTwoContextsOrFromAFactoryPerTask_DoesNotTrigger() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public sealed class UsageExportJob(IDbContextFactory<OpsDbContext> dbFactory)
            {
                public async Task ExportAsync(OpsDbContext first, OpsDbContext second, CancellationToken cancellationToken)
                {
                    await Task.WhenAll(first.Servers.ToListAsync(cancellationToken), second.Hosts.ToListAsync(cancellationToken));

                    var servers = LoadServersAsync(cancellationToken);
                    var hosts = LoadHostsAsync(cancellationToken);
                    await Task.WhenAll(servers, hosts);

                    await Task.WhenAll(
                        dbFactory.CreateDbContext().Servers.ToListAsync(cancellationToken),
                        dbFactory.CreateDbContext().Hosts.ToListAsync(cancellationToken));
                }

                private async Task<List<Server>> LoadServersAsync(CancellationToken cancellationToken)
                {
                    await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                    return await db.Servers.ToListAsync(cancellationToken);
                }

                private async Task<List<MonitoredHost>> LoadHostsAsync(CancellationToken cancellationToken)
                {
                    await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                    return await db.Hosts.ToListAsync(cancellationToken);
                }
            }
        }
        """);

    [Fact]
    public Task ContextPerIterationFromFactoryOrScopeInParallelBodies_DoesNotTrigger() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;

            public sealed class HostSync(IDbContextFactory<OpsDbContext> dbFactory, IServiceScopeFactory scopes)
            {
                public Task SyncAsync(IEnumerable<int> serverIds, CancellationToken cancellationToken) =>
                    Parallel.ForEachAsync(serverIds, cancellationToken, async (id, token) =>
                    {
                        await using var db = await dbFactory.CreateDbContextAsync(token);
                        await db.Servers.FindAsync([id], token);
                        await db.SaveChangesAsync(token);
                    });

                public Task MarkAsync(IReadOnlyList<int> hostIds) =>
                    Task.WhenAll(hostIds.Select(async id =>
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        var db = scope.ServiceProvider.GetRequiredService<OpsDbContext>();
                        var host = await db.Hosts.SingleAsync(h => h.Id == id);
                        host.LastSyncedAt = System.DateTimeOffset.UtcNow;
                        await db.SaveChangesAsync();
                    }));
            }
        }
        """);

    [Fact]
    public Task ContextUsedUnderSemaphoreOrLockInParallelBody_DoesNotTrigger() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class HostSync(OpsDbContext db)
            {
                private readonly SemaphoreSlim _dbGate = new(1, 1);
                private readonly object _gate = new();

                public Task SyncAsync(IEnumerable<int> serverIds, CancellationToken cancellationToken) =>
                    Parallel.ForEachAsync(serverIds, cancellationToken, async (id, token) =>
                    {
                        await Task.Delay(10, token);
                        await _dbGate.WaitAsync(token);
                        try
                        {
                            await db.SaveChangesAsync(token);
                        }
                        finally
                        {
                            _dbGate.Release();
                        }
                    });

                public void Mark(int[] ids) =>
                    Parallel.ForEach(ids, id =>
                    {
                        lock (_gate)
                        {
                            db.Servers.Find(id);
                        }
                    });
            }
        }
        """);

    [Fact]
    public Task AwaitedTaskRunAndNonConcurrentLambdas_DoesNotTrigger() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public sealed class Report(OpsDbContext db)
            {
                public async Task<int> CountAsync(int[] ids)
                {
                    var count = await Task.Run(() => db.Servers.CountAsync());
                    foreach (var id in ids.Where(id => db.Servers.Any(s => s.Id == id)))
                    {
                        count += id;
                    }

                    return count;
                }
            }
        }
        """);

    [Fact]
    public Task WhenAllOfNonContextTasks_DoesNotTrigger() => Verify.VerifyAsync(OpsSnippets.OpsModel + """

        namespace Ops.Jobs
        {
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            public sealed class Mixed(OpsDbContext db)
            {
                public async Task RunAsync(List<Task> pending)
                {
                    var servers = db.Servers.ToListAsync();
                    await Task.WhenAll(servers, Task.Delay(10), Task.Delay(20));
                    await Task.WhenAll(pending);
                }
            }
        }
        """);

    [Theory]
    [InlineData("using System.Threading.Tasks; class C { Task M(Ops.OpsDbContext db) => Task.WhenAll(db.Servers.ToListAsync(), db.; }")]
    [InlineData("using System.Threading.Tasks; class C { Task M(Missing db) => Task.WhenAll(db.A(), db.A()); }")]
    [InlineData("using System.Threading.Tasks; class C { void M(Ops.OpsDbContext db) { Parallel.ForEach(new int[0], i => db.Servers.Find(i); } }")]
    [InlineData("using System.Threading.Tasks; class C { Task M() { var a = Missing(); var b = a; return Task.WhenAll(a, b, Task.WhenAll(), ); } }")]
    [InlineData("using System.Threading.Tasks; class C { Ops.OpsDbContext P => null!; Task M() => Task.WhenAll(H(), H()); Task H() => P.SaveChangesAsync(; }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionWithFrameworksAsync(new Introspect.Analyzers.Threading.DbContextUsedConcurrentlyAnalyzer(), source + OpsSnippets.OpsModel);
}

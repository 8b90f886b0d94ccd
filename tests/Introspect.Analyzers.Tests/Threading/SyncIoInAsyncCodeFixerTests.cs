using static Introspect.Analyzers.Tests.Threading.OpsSnippets;
using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.SyncIoInAsyncCodeAnalyzer,
    Introspect.CodeFixes.Threading.SyncIoInAsyncCodeFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class SyncIoInAsyncCodeFixerTests
{
    [Fact]
    public Task SaveChanges_BecomesAwaitedSaveChangesAsyncWithTheTokenInScope() => Verify.VerifyAsync(
        $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Ops;

        public sealed class RaidMonitoringInstaller(OpsDbContext db)
        {
            public async Task MarkInstalledAsync(Server server, CancellationToken cancellationToken)
            {
                await Task.Delay(10, cancellationToken);
                server.RaidMonitoringInstalledAt = DateTimeOffset.UtcNow;
                db.{|INTR111:SaveChanges|}();
            }
        }

        {{OpsModel}}
        """,
        $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Ops;

        public sealed class RaidMonitoringInstaller(OpsDbContext db)
        {
            public async Task MarkInstalledAsync(Server server, CancellationToken cancellationToken)
            {
                await Task.Delay(10, cancellationToken);
                server.RaidMonitoringInstalledAt = DateTimeOffset.UtcNow;
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task EfQueryToList_BecomesToListAsyncAndImportsEntityFrameworkCore() => Verify.VerifyAsync(
        $$"""
        using System;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Ops;

        public sealed class MonitoringSync(OpsDbContext db)
        {
            public async Task<int> CountStaleAsync(DateTimeOffset staleBefore, CancellationToken stoppingToken)
            {
                await Task.Yield();
                var stale = db.Hosts
                    .Where(host => host.LastSyncedAt < staleBefore)
                    .{|INTR111:ToList|}();
                return stale.Count + db.Servers.{|INTR111:ToList|}().Count;
            }
        }

        {{OpsModel}}
        """,
        $$"""
        using System;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class MonitoringSync(OpsDbContext db)
        {
            public async Task<int> CountStaleAsync(DateTimeOffset staleBefore, CancellationToken stoppingToken)
            {
                await Task.Yield();
                var stale = await db.Hosts
                    .Where(host => host.LastSyncedAt < staleBefore)
                    .ToListAsync(stoppingToken);
                return stale.Count + (await db.Servers.ToListAsync(stoppingToken)).Count;
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task WithoutATokenInScope_TheAsyncOverloadIsCalledWithoutOne() => Verify.VerifyAsync(
        $$"""
        using System.Threading.Tasks;
        using Coravel.Invocable;
        using Ops;

        public sealed class MaintenanceMailer(OpsDbContext db) : IInvocable
        {
            public async Task Invoke()
            {
                await Task.Yield();
                db.{|INTR111:SaveChanges|}();
            }
        }

        {{OpsModel}}
        """,
        $$"""
        using System.Threading.Tasks;
        using Coravel.Invocable;
        using Ops;

        public sealed class MaintenanceMailer(OpsDbContext db) : IInvocable
        {
            public async Task Invoke()
            {
                await Task.Yield();
                await db.SaveChangesAsync();
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task QuartzJobContext_SuppliesTheToken() => Verify.VerifyAsync(
        """
        using System.IO;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class ManifestWriter
        {
            public async Task WriteAsync(IJobExecutionContext context, string path)
            {
                await Task.Yield();
                File.{|INTR111:WriteAllText|}(path, context.FireInstanceId);
            }
        }
        """,
        """
        using System.IO;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class ManifestWriter
        {
            public async Task WriteAsync(IJobExecutionContext context, string path)
            {
                await Task.Yield();
                await File.WriteAllTextAsync(path, context.FireInstanceId, context.CancellationToken);
            }
        }
        """);

    [Fact]
    public Task ParamsKeyValuesAndRawSqlArguments_DoNotSwallowTheToken() => Verify.VerifyAsync(
        $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class Decommissioning(OpsDbContext db)
        {
            public async Task DecommissionAsync(int serverId, CancellationToken cancellationToken)
            {
                await Task.Yield();
                var server = db.Servers.{|INTR111:Find|}(serverId);
                db.Database.{|INTR111:ExecuteSqlRaw|}("DELETE FROM alert_outbox WHERE server_id = {0}", serverId);
                db.Database.{|INTR111:ExecuteSqlRaw|}("VACUUM alert_outbox");
            }
        }

        {{OpsModel}}
        """,
        $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class Decommissioning(OpsDbContext db)
        {
            public async Task DecommissionAsync(int serverId, CancellationToken cancellationToken)
            {
                await Task.Yield();
                var server = await db.Servers.FindAsync(serverId);
                await db.Database.ExecuteSqlRawAsync("DELETE FROM alert_outbox WHERE server_id = {0}", serverId);
                await db.Database.ExecuteSqlRawAsync("VACUUM alert_outbox", cancellationToken);
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task StreamLoopAndReaders_AreAwaitedInPlace() => Verify.VerifyAsync(
        """
        using System.Data.Common;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class SnapshotCopier
        {
            private readonly SemaphoreSlim _slots = new(2, 2);

            public async Task<int> CopyAsync(Stream input, Stream output, DbDataReader rows, CancellationToken cancellationToken)
            {
                _slots.{|INTR111:Wait|}(cancellationToken);
                var buffer = new byte[81920];
                int read;
                while ((read = input.{|INTR111:Read|}(buffer, 0, buffer.Length)) > 0)
                {
                    output.{|INTR111:Write|}(buffer, 0, read);
                }

                var count = 0;
                while (rows.{|INTR111:Read|}())
                {
                    count++;
                }

                _slots.Release();
                return count;
            }
        }
        """,
        """
        using System.Data.Common;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class SnapshotCopier
        {
            private readonly SemaphoreSlim _slots = new(2, 2);

            public async Task<int> CopyAsync(Stream input, Stream output, DbDataReader rows, CancellationToken cancellationToken)
            {
                await _slots.WaitAsync(cancellationToken);
                var buffer = new byte[81920];
                int read;
                while ((read = await input.ReadAsync(buffer, 0, buffer.Length, cancellationToken)) > 0)
                {
                    await output.WriteAsync(buffer, 0, read, cancellationToken);
                }

                var count = 0;
                while (await rows.ReadAsync(cancellationToken))
                {
                    count++;
                }

                _slots.Release();
                return count;
            }
        }
        """);

    [Fact]
    public Task WriterAndDapperWithoutTokenOverloads_AreAwaitedWithoutTheToken() => Verify.VerifyAsync(
        $$"""
        using System.Data;
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Dapper;

        public sealed class UsageExport(IDbConnection connection)
        {
            public async Task ExportAsync(StreamWriter writer, CancellationToken cancellationToken)
            {
                await Task.Yield();
                var rows = connection.{|INTR111:Query<decimal>|}("SELECT quantity FROM daily_usage_rollups");
                writer.{|INTR111:WriteLine|}(rows.Sum().ToString());
            }
        }

        {{DapperStub}}
        """,
        $$"""
        using System.Data;
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Dapper;

        public sealed class UsageExport(IDbConnection connection)
        {
            public async Task ExportAsync(StreamWriter writer, CancellationToken cancellationToken)
            {
                await Task.Yield();
                var rows = await connection.QueryAsync<decimal>("SELECT quantity FROM daily_usage_rollups");
                await writer.WriteLineAsync(rows.Sum().ToString());
            }
        }

        {{DapperStub}}
        """);

    [Fact]
    public Task FixAll_RewritesEveryCallAndAddsTheUsingOnce() => Verify.VerifyAsync(
        $$"""
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Ops;

        public sealed class CapacityReport(OpsDbContext db)
        {
            public async Task<int> CountAsync(CancellationToken cancellationToken)
            {
                await Task.Yield();
                var active = db.ActiveServers.{|INTR111:Count|}();
                var hosts = db.Hosts.{|INTR111:LongCount|}();
                var anyStale = db.Hosts.{|INTR111:Any|}(host => host.LastSyncedAt == null);
                return active + (int)hosts + (anyStale ? 1 : 0);
            }
        }

        {{OpsModel}}
        """,
        $$"""
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class CapacityReport(OpsDbContext db)
        {
            public async Task<int> CountAsync(CancellationToken cancellationToken)
            {
                await Task.Yield();
                var active = await db.ActiveServers.CountAsync(cancellationToken);
                var hosts = await db.Hosts.LongCountAsync(cancellationToken);
                var anyStale = await db.Hosts.AnyAsync(host => host.LastSyncedAt == null, cancellationToken);
                return active + (int)hosts + (anyStale ? 1 : 0);
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task TransactionInAUsingDeclaration_IsAwaitedInPlace() => Verify.VerifyAsync(
        $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class Decommissioning(OpsDbContext db)
        {
            public async Task DecommissionAsync(Server server, CancellationToken cancellationToken)
            {
                using var transaction = db.Database.{|INTR111:BeginTransaction|}();
                db.Servers.Remove(server);
                await db.SaveChangesAsync(cancellationToken);
                transaction.{|INTR111:Commit|}();
            }
        }

        {{OpsModel}}
        """,
        $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class Decommissioning(OpsDbContext db)
        {
            public async Task DecommissionAsync(Server server, CancellationToken cancellationToken)
            {
                using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.Servers.Remove(server);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task SpanArgumentAndConditionalCall_AreNotFixed() => VerifyNoFix("""
        using System;
        using System.IO;
        using System.Threading.Tasks;

        public sealed class LineWriter(StreamWriter writer, StreamReader? reader)
        {
            public async Task WriteAsync(string line)
            {
                await Task.Yield();
                Span<char> buffer = stackalloc char[16];
                line.AsSpan(0, Math.Min(16, line.Length)).CopyTo(buffer);
                writer.{|INTR111:Write|}(buffer);
                var next = reader?.{|INTR111:ReadLine|}();
            }
        }
        """);

    private static Task VerifyNoFix(string source) => Verify.VerifyAsync(source, source);
}

using Microsoft.CodeAnalysis;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.SyncIoInAsyncCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class SyncIoInAsyncCodeAnalyzerTests
{
    /// <summary>A small EF Core model the snippets query.</summary>
    internal const string OpsModel = """
        namespace Ops
        {
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.EntityFrameworkCore;

            public sealed class Server
            {
                public int Id { get; set; }
                public string Hostname { get; set; } = "";
                public bool Decommissioned { get; set; }
                public DateTimeOffset? RaidMonitoringInstalledAt { get; set; }
                public List<MonitoredHost> Hosts { get; set; } = [];
            }

            public sealed class MonitoredHost
            {
                public int Id { get; set; }
                public int ServerId { get; set; }
                public DateTimeOffset? LastSyncedAt { get; set; }
            }

            public sealed class OpsDbContext(DbContextOptions<OpsDbContext> options) : DbContext(options)
            {
                public DbSet<Server> Servers => Set<Server>();
                public DbSet<MonitoredHost> Hosts => Set<MonitoredHost>();
                public IQueryable<Server> ActiveServers => Servers.Where(server => !server.Decommissioned);
            }
        }
        """;

    /// <summary>
    /// Dapper is not referenced by the test snippets, so the tests that need it declare this minimal stand-in
    /// with Dapper's namespace, type and method shapes. The rule recognises Dapper by that type name.
    /// </summary>
    internal const string DapperStub = """
        namespace Dapper
        {
            using System.Collections.Generic;
            using System.Data;
            using System.Threading.Tasks;

            public static class SqlMapper
            {
                public static IEnumerable<T> Query<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, bool buffered = true) => [];
                public static Task<IEnumerable<T>> QueryAsync<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null) => Task.FromResult<IEnumerable<T>>([]);
                public static int Execute(this IDbConnection cnn, string sql, object? param = null) => 0;
                public static Task<int> ExecuteAsync(this IDbConnection cnn, string sql, object? param = null) => Task.FromResult(0);
            }
        }
        """;

    [Fact]
    public Task SaveChangesInAsyncMethod_Triggers() => Verify.VerifyAsync($$"""
        using System;
        using System.Threading.Tasks;
        using Ops;

        public sealed class RaidMonitoringInstaller(OpsDbContext db)
        {
            public async Task MarkInstalledAsync(Server server)
            {
                await Task.Delay(10);
                server.RaidMonitoringInstalledAt = DateTimeOffset.UtcNow;
                db.{|INTR111:SaveChanges|}();
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task EfQueryMaterialisedSynchronously_Triggers() => Verify.VerifyAsync($$"""
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class MonitoringSync(OpsDbContext db)
        {
            public async Task<int> SyncAsync(DateTimeOffset staleBefore)
            {
                var stale = db.Hosts
                    .AsNoTracking()
                    .Where(host => host.LastSyncedAt < staleBefore)
                    .OrderBy(host => host.Id)
                    .{|INTR111:ToList|}();

                var servers = db.Servers.Include(server => server.Hosts).{|INTR111:ToArray|}();
                var first = db.Servers.{|INTR111:First|}(server => server.Hostname == "db-01");
                var pending = db.Hosts.{|INTR111:Count|}(host => host.LastSyncedAt == null);
                var anyDecommissioned = db.Servers.{|INTR111:Any|}(server => server.Decommissioned);
                var byId = db.Servers.{|INTR111:ToDictionary|}(server => server.Id);

                await Task.Yield();
                return stale.Count + servers.Length + pending + byId.Count + first.Id + (anyDecommissioned ? 1 : 0);
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task QueryBuiltInALocalThenMaterialised_Triggers() => Verify.VerifyAsync($$"""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Ops;

        public sealed class ServerSearch(OpsDbContext db)
        {
            public async Task<List<Server>> SearchAsync(string? prefix)
            {
                await Task.Yield();
                var query = db.Servers.Where(server => !server.Decommissioned);
                if (prefix is not null)
                {
                    query = query.Where(server => server.Hostname.StartsWith(prefix));
                }

                return query.{|INTR111:ToList|}();
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task QueryFromDbContextMember_Triggers() => Verify.VerifyAsync($$"""
        using System.Linq;
        using System.Threading.Tasks;
        using Ops;

        public sealed class CapacityReport(OpsDbContext db)
        {
            public async Task<int> CountActiveAsync()
            {
                await Task.Yield();
                return db.ActiveServers.{|INTR111:Count|}() + db.Set<MonitoredHost>().{|INTR111:Count|}();
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task FindRawSqlAndBulkDeleteInAsyncMethod_Trigger() => Verify.VerifyAsync($$"""
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class Decommissioning(OpsDbContext db)
        {
            public async Task DecommissionAsync(int serverId)
            {
                await Task.Yield();
                var server = db.Servers.{|INTR111:Find|}(serverId);
                db.Database.{|INTR111:ExecuteSqlRaw|}("DELETE FROM alert_outbox WHERE server_id = {0}", serverId);
                db.Hosts.Where(host => host.ServerId == serverId).{|INTR111:ExecuteDelete|}();
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task FileHelpersInAsyncLambda_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.IO;
        using System.Threading.Tasks;

        public static class BackupManifest
        {
            public static readonly Func<string, Task<int>> Rewrite = async path =>
            {
                var lines = File.{|INTR111:ReadAllLines|}(path);
                await Task.Yield();
                File.{|INTR111:WriteAllText|}(path + ".bak", string.Join('\n', lines));
                File.{|INTR111:AppendAllText|}(path + ".log", "rewritten\n");
                return lines.Length;
            };
        }
        """);

    [Fact]
    public Task FileStreamReadsAndWrites_Trigger() => Verify.VerifyAsync("""
        using System.IO;
        using System.Threading.Tasks;

        public sealed class SnapshotCopier
        {
            public async Task CopyAsync(string source, string target)
            {
                await using var input = new FileStream(source, FileMode.Open, FileAccess.Read);
                await using var output = File.Create(target);
                var buffer = new byte[81920];
                int read;
                while ((read = input.{|INTR111:Read|}(buffer, 0, buffer.Length)) > 0)
                {
                    output.{|INTR111:Write|}(buffer, 0, read);
                }

                output.{|INTR111:Flush|}();
                input.Position = 0;
                input.{|INTR111:CopyTo|}(output);
            }
        }
        """);

    [Fact]
    public Task ReaderAndWriterOverFiles_Trigger() => Verify.VerifyAsync("""
        using System.IO;
        using System.Threading.Tasks;

        public sealed class UsageCsv
        {
            public async Task<int> ConvertAsync(string inputPath, string outputPath)
            {
                using var reader = File.OpenText(inputPath);
                using var writer = new StreamWriter(new FileStream(outputPath, FileMode.Create));
                var header = reader.{|INTR111:ReadLine|}();
                var rest = reader.{|INTR111:ReadToEnd|}();
                writer.{|INTR111:WriteLine|}(header);
                writer.{|INTR111:Write|}(rest);
                writer.{|INTR111:Flush|}();
                await Task.Yield();
                return rest.Length;
            }
        }
        """);

    [Fact]
    public Task HttpSendAndSemaphoreWaitInAsyncLocalFunction_Trigger() => Verify.VerifyAsync("""
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class StorageApiClient(HttpClient http)
        {
            private readonly SemaphoreSlim _tokenGate = new(1, 1);

            public Task<string> RefreshTokenAsync(CancellationToken cancellationToken)
            {
                return RefreshAsync();

                async Task<string> RefreshAsync()
                {
                    _tokenGate.{|INTR111:Wait|}(cancellationToken);
                    try
                    {
                        using var response = http.{|INTR111:Send|}(new HttpRequestMessage(HttpMethod.Post, "/oauth/token"));
                        return await response.Content.ReadAsStringAsync(cancellationToken);
                    }
                    finally
                    {
                        _tokenGate.Release();
                    }
                }
            }
        }
        """);

    [Fact]
    public Task AdoNetCommandsInAsyncMethod_Trigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Data.Common;
        using System.Threading.Tasks;

        public sealed class ReportingDatabase(DbConnection connection)
        {
            public async Task<List<string>> ExportRunsAsync()
            {
                connection.{|INTR111:Open|}();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT day FROM export_runs";
                var total = command.{|INTR111:ExecuteScalar|}();
                command.{|INTR111:ExecuteNonQuery|}();
                var days = new List<string>();
                using var reader = command.{|INTR111:ExecuteReader|}();
                while (reader.{|INTR111:Read|}())
                {
                    days.Add(reader.GetString(0));
                }

                return days;
            }
        }
        """);

    [Fact]
    public Task DapperQueriesInAsyncMethod_Trigger() => Verify.VerifyAsync($$"""
        using System.Data;
        using System.Linq;
        using System.Threading.Tasks;
        using Dapper;

        public sealed class UsageReadModel(IDbConnection connection)
        {
            public async Task<int> RollUpAsync()
            {
                await Task.Yield();
                var rows = connection.{|INTR111:Query<decimal>|}("SELECT quantity FROM daily_usage_rollups");
                return connection.{|INTR111:Execute|}("DELETE FROM usage_staging") + rows.Count();
            }
        }

        {{DapperStub}}
        """);

    [Fact]
    public Task WaitForExternalProcessInAsyncMethod_Triggers() => Verify.VerifyAsync("""
        using System.Diagnostics;
        using System.Threading.Tasks;

        public sealed class PgDumpBackup
        {
            public async Task<int> DumpAsync(string database)
            {
                using var dump = Process.Start("pg_dump", database)!;
                dump.{|INTR111:WaitForExit|}();
                await Task.Yield();
                return dump.ExitCode;
            }
        }
        """);

    [Fact]
    public Task TransactionsAndMigrationsInAsyncMethod_Trigger() => Verify.VerifyAsync($$"""
        using System.Data.Common;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class SchemaUpgrade(OpsDbContext db, DbConnection reporting)
        {
            public async Task UpgradeAsync()
            {
                await Task.Yield();
                db.Database.{|INTR111:Migrate|}();
                db.Database.{|INTR111:EnsureCreated|}();
                using var transaction = db.Database.{|INTR111:BeginTransaction|}();
                transaction.{|INTR111:Commit|}();

                using var reportingTransaction = reporting.{|INTR111:BeginTransaction|}();
                reportingTransaction.{|INTR111:Rollback|}();
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task JsonSerializedToAFileStream_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.IO;
        using System.Text.Json;
        using System.Threading.Tasks;

        public sealed class InventorySnapshot
        {
            public async Task<List<string>?> RoundTripAsync(string path, List<string> hosts)
            {
                await Task.Yield();
                await using (var output = File.Create(path))
                {
                    JsonSerializer.{|INTR111:Serialize|}(output, hosts);
                }

                await using var input = File.OpenRead(path);
                return JsonSerializer.{|INTR111:Deserialize<List<string>>|}(input);
            }
        }
        """);

    [Fact]
    public Task TopLevelStatementsThatAwait_Trigger() => new Verify.Test
    {
        TestState =
        {
            OutputKind = OutputKind.ConsoleApplication,
            Sources =
            {
                """
                using System.IO;
                using System.Threading.Tasks;

                var settings = File.{|INTR111:ReadAllText|}("appsettings.json");
                await Task.Delay(10);
                System.Console.WriteLine(settings.Length);
                """,
            },
        },
    }.RunAsync();

    [Fact]
    public Task JsonToStringsAndMemory_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.IO;
        using System.Text.Json;
        using System.Threading.Tasks;

        public sealed class InventorySnapshot
        {
            public async Task<string> DescribeAsync(List<string> hosts)
            {
                await Task.Yield();
                var json = JsonSerializer.Serialize(hosts);
                using var buffer = new MemoryStream();
                JsonSerializer.Serialize(buffer, hosts);
                buffer.Position = 0;
                var copy = JsonSerializer.Deserialize<List<string>>(buffer);
                return json + copy?.Count;
            }
        }
        """);

    [Fact]
    public Task SyncIoInSyncMethods_DoesNotTrigger() => Verify.VerifyAsync($$"""
        using System.IO;
        using System.Linq;
        using Ops;

        public sealed class StartupChecks(OpsDbContext db)
        {
            public int Run(string path)
            {
                var text = File.ReadAllText(path);
                var servers = db.Servers.Where(server => !server.Decommissioned).ToList();
                db.SaveChanges();
                return text.Length + servers.Count;
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task AwaitedAsyncOverloads_DoNotTrigger() => Verify.VerifyAsync($$"""
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class MonitoringSyncJob(OpsDbContext db)
        {
            public async Task<int> SyncAsync(string path, CancellationToken cancellationToken)
            {
                var hosts = await db.Hosts.Where(host => host.LastSyncedAt == null).ToListAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                var text = await File.ReadAllTextAsync(path, cancellationToken);
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
                await stream.FlushAsync(cancellationToken);
                return hosts.Count + text.Length;
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task InMemoryLinqInAsyncMethod_DoesNotTrigger() => Verify.VerifyAsync($$"""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class MaintenanceDigest(OpsDbContext db)
        {
            public async Task<int> BuildAsync(string[] tags, CancellationToken cancellationToken)
            {
                var servers = await db.Servers.Include(server => server.Hosts).ToListAsync(cancellationToken);
                var decommissioned = servers.Where(server => server.Decommissioned).ToList();
                var firstTag = tags.First();
                var hostCount = servers.Sum(server => server.Hosts.Count(host => host.LastSyncedAt != null));
                var withHosts = servers.Any(server => server.Hosts.Any());
                var named = servers.Find(server => server.Hostname == firstTag);
                IEnumerable<string> names = servers.Select(server => server.Hostname);
                var known = names.Contains("db-01") && names.Count() > 0;
                return decommissioned.Count + hostCount + (withHosts && known && named is null ? 1 : 0);
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task QueryableOfUnknownOrigin_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public sealed class Paging
        {
            public async Task<List<T>> PageAsync<T>(IQueryable<T> source, int page)
            {
                await Task.Yield();
                var fromList = new List<int> { 1, 2, 3 }.AsQueryable().Where(value => value > 1).ToList();
                return source.Skip(page * 50).Take(50).ToList();
            }
        }
        """);

    [Fact]
    public Task QueriesInsideSyncLambdasAndProjections_DoNotTrigger() => Verify.VerifyAsync($$"""
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class HostCounts(OpsDbContext db)
        {
            public async Task<int> CountAsync(CancellationToken cancellationToken)
            {
                // Evaluated by the database as part of the query, not called here.
                var counts = await db.Servers
                    .Select(server => new { server.Id, Hosts = server.Hosts.Count(), Synced = db.Hosts.Any(host => host.ServerId == server.Id) })
                    .ToListAsync(cancellationToken);
                return counts.Count;
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task MemoryStreamsAndWritersOverMemory_DoNotTrigger() => Verify.VerifyAsync("""
        using System.IO;
        using System.IO.Compression;
        using System.Text;
        using System.Threading.Tasks;

        public sealed class ReportRenderer
        {
            public async Task<byte[]> RenderAsync(string body)
            {
                await Task.Yield();
                using var buffer = new MemoryStream();
                using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
                using (var writer = new StreamWriter(gzip, Encoding.UTF8))
                {
                    writer.WriteLine("report");
                    writer.Write(body);
                    writer.Flush();
                }

                buffer.Write(new byte[] { 0x0A }, 0, 1);
                buffer.Flush();
                buffer.Position = 0;
                using var reader = new StreamReader(buffer);
                return Encoding.UTF8.GetBytes(reader.ReadToEnd());
            }
        }
        """);

    [Fact]
    public Task StringReadersWritersAndConsole_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.IO;
        using System.Threading.Tasks;

        public sealed class DryRun
        {
            public async Task PrintPlanAsync(string plan, TextWriter output)
            {
                await Task.Yield();
                using var reader = new StringReader(plan);
                var first = reader.ReadLine();
                using var writer = new StringWriter();
                writer.WriteLine(first);
                Console.WriteLine(writer.ToString());
                Console.Out.WriteLine(reader.ReadToEnd());
                Console.Out.Flush();
                output.WriteLine("done");
            }
        }
        """);

    [Fact]
    public Task SemaphoreZeroTimeoutProbeAndAsyncWait_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class BackupQueueMonitor
        {
            private readonly SemaphoreSlim _running = new(1, 1);

            public async Task CheckAsync(CancellationToken cancellationToken)
            {
                // Skip this tick when the previous check still runs: a probe, not a wait.
                if (!_running.Wait(0) || !_running.Wait(TimeSpan.Zero))
                {
                    return;
                }

                try
                {
                    await _running.WaitAsync(cancellationToken);
                }
                finally
                {
                    _running.Release();
                }
            }
        }
        """);

    [Fact]
    public Task MethodsWithAsyncSiblingsThatAreNotIo_DoNotTrigger() => Verify.VerifyAsync($$"""
        using System.Diagnostics;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class Provisioning(OpsDbContext db, IDbContextFactory<OpsDbContext> factory)
        {
            public void Validate(Server server) { }

            public Task ValidateAsync(Server server) => Task.CompletedTask;

            public async Task ProvisionAsync(Server server, Process agent, CancellationToken cancellationToken)
            {
                Validate(server);
                db.Servers.Add(server);
                db.Add(new MonitoredHost());
                using var other = factory.CreateDbContext();
                Directory.CreateDirectory("/var/lib/ops");
                var exists = File.Exists("/var/lib/ops/agent.conf");
                agent.WaitForExit(5000);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task IoInsideLockInAsyncMethod_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.IO;
        using System.Threading.Tasks;

        public sealed class AuditLog(StreamWriter log)
        {
            private readonly object _gate = new();

            public async Task RecordAsync(string entry)
            {
                await Task.Yield();
                lock (_gate)
                {
                    log.WriteLine(entry);
                }
            }
        }
        """);

    [Fact]
    public Task TaskReturningMethodWithoutAsync_DoesNotTrigger() => Verify.VerifyAsync($$"""
        using System.Threading.Tasks;
        using Ops;

        public sealed class OutboxFlusher(OpsDbContext db)
        {
            // Not async code: the method runs synchronously to the end, the caller gets a completed task.
            public Task FlushAsync()
            {
                db.SaveChanges();
                return Task.CompletedTask;
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task StreamLocalInitialisedWithAMemoryStream_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.IO;
        using System.Threading.Tasks;

        public sealed class ChecksumBuffer
        {
            public async Task<long> FillAsync(byte[] block)
            {
                await Task.Yield();
                Stream scratch = new MemoryStream();
                var buffered = new BufferedStream(scratch);
                scratch.Write(block, 0, block.Length);
                buffered.Flush();
                return scratch.Length;
            }
        }
        """);

    [Fact]
    public Task LocalViewAndNavigationCollections_DoNotTrigger() => Verify.VerifyAsync($$"""
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;
        using Ops;

        public sealed class TrackedServers(OpsDbContext db)
        {
            public async Task<int> CountTrackedAsync(CancellationToken cancellationToken)
            {
                var server = await db.Servers.Include(s => s.Hosts).FirstAsync(cancellationToken);
                var tracked = db.Servers.Local.ToList();
                var firstHost = server.Hosts.First();
                return tracked.Count + server.Hosts.Count(host => host.LastSyncedAt != null) + firstHost.Id;
            }
        }

        {{OpsModel}}
        """);

    [Fact]
    public Task DapperLookAlikeInAnotherNamespace_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        namespace Cache
        {
            public sealed class Lookup
            {
                public IEnumerable<string> Query(string key) => [key];
                public Task<IEnumerable<string>> QueryAsync(string key) => Task.FromResult<IEnumerable<string>>([key]);
                public int Execute(string command) => 0;
            }

            public sealed class Resolver(Lookup lookup)
            {
                public async Task<int> ResolveAsync()
                {
                    await Task.Yield();
                    return lookup.Execute("warm") + System.Linq.Enumerable.Count(lookup.Query("db-01"));
                }
            }
        }
        """);
}

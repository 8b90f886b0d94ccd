using Microsoft.CodeAnalysis;
using static Introspect.Analyzers.Tests.Threading.OpsSnippets;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.SyncIoInAsyncCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class SyncIoInAsyncCodeAnalyzerTests
{
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
}

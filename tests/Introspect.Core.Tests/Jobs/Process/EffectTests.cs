using Introspect.Core.Jobs.Process;

namespace Introspect.Core.Tests.Jobs.Process;

public sealed class EffectTests
{
    private const string Domain = """
        using System.ComponentModel.DataAnnotations.Schema;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Metadata.Builders;

        namespace Ops;

        public sealed class Server { public int Id { get; set; } public string Hostname { get; set; } = ""; public bool Active { get; set; } }

        public sealed class Snapshot { public int Id { get; set; } public int ServerId { get; set; } public DateTime? SentAt { get; set; } }

        [Table("alert_outbox", Schema = "ops")]
        public sealed class Alert { public int Id { get; set; } public DateTime? SentAt { get; set; } }

        public sealed class AuditEntry { public int Id { get; set; } }

        public sealed class Orphan { public int Id { get; set; } }

        public class OpsDbContext(DbContextOptions<OpsDbContext> options) : DbContext(options)
        {
            public DbSet<Server> Servers => Set<Server>();
            public DbSet<Snapshot> Snapshots => Set<Snapshot>();
            public DbSet<Alert> Alerts => Set<Alert>();

            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity<AuditEntry>().ToTable("audit_log");
                modelBuilder.ApplyConfiguration(new SnapshotConfiguration());
            }
        }

        internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<Snapshot>
        {
            public void Configure(EntityTypeBuilder<Snapshot> snapshot) => snapshot.ToTable("server_snapshots");
        }
        """;

    [Fact]
    public void EfCoreQueriesAndWrites_NameTheTableFromTheModelConfiguration()
    {
        var model = ProcessSnippet.Build(Domain + """
            public sealed class CleanupJob(OpsDbContext db)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    var servers = await db.Servers.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Id).ToListAsync(ct);
                    var latest = await db.Snapshots.Where(s => s.ServerId == servers[0].Id).FirstOrDefaultAsync(ct);
                    await db.Alerts.Where(a => a.SentAt != null).ExecuteDeleteAsync(ct);
                    db.Set<AuditEntry>().Add(new AuditEntry());
                    db.Snapshots.Remove(latest!);
                    await db.SaveChangesAsync(ct);
                }
            }
            """, "Ops.CleanupJob.RunAsync");

        var effects = model.AllEffects().Select(effect => (effect.Kind, effect.Resource, effect.Access, effect.Operation)).ToList();
        Assert.Equal(
        [
            (EffectKind.Database, "Servers", EffectAccess.Read, "ToListAsync"),
            (EffectKind.Database, "server_snapshots", EffectAccess.Read, "FirstOrDefaultAsync"),
            (EffectKind.Database, "ops.alert_outbox", EffectAccess.Write, "ExecuteDeleteAsync"),
            (EffectKind.Database, "audit_log", EffectAccess.Write, "Add"),
            (EffectKind.Database, "server_snapshots", EffectAccess.Write, "Remove"),
            (EffectKind.Database, "OpsDbContext", EffectAccess.Write, "SaveChangesAsync"),
        ], effects);
        Assert.Equal("db.Servers.AsNoTracking.Where.OrderBy.ToListAsync", Assert.IsType<StepNode>(model.Steps[0]).Target);
        Assert.Equal(["Read Servers", "Read server_snapshots", "Delete from ops.alert_outbox", "Add to audit_log", "Remove from server_snapshots", "Save changes"],
            model.Steps.OfType<StepNode>().Select(step => step.Label));
        var snapshots = Assert.Single(model.Resources, use => use.Resource == "server_snapshots");
        Assert.Equal(EffectAccess.ReadWrite, snapshots.Access);
        Assert.Equal(["FirstOrDefaultAsync", "Remove"], snapshots.Operations.AsEnumerable());
    }

    [Fact]
    public void EfCoreContextWritesAndEnumeratedQueries_AreClassified()
    {
        var model = ProcessSnippet.Build(Domain + """
            public sealed class ArchiveJob(OpsDbContext db, ILogger<ArchiveJob> logger)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    foreach (var server in db.Servers.Where(s => !s.Active))
                    {
                        db.Add(new AuditEntry());
                    }

                    await foreach (var snapshot in db.Snapshots.AsAsyncEnumerable().WithCancellation(ct))
                    {
                        db.Remove(snapshot);
                    }

                    var alert = await db.FindAsync<Alert>(1);
                    logger.LogInformation("{Orphans} orphans", await db.Set<Orphan>().CountAsync(ct));
                }
            }
            """, "Ops.ArchiveJob.RunAsync");

        var effects = model.AllEffects().Select(effect => (effect.Resource, effect.Access, effect.Operation)).ToList();
        Assert.Equal(
        [
            ("Servers", EffectAccess.Read, "foreach"),
            ("audit_log", EffectAccess.Write, "Add"),
            ("server_snapshots", EffectAccess.Read, "await foreach"),
            ("server_snapshots", EffectAccess.Write, "Remove"),
            ("ops.alert_outbox", EffectAccess.Read, "FindAsync"),
            ("Orphan", EffectAccess.Read, "CountAsync"),
        ], effects);
        Assert.Equal("Read Servers", Assert.IsType<StepNode>(model.Steps[0]).Label);
        Assert.IsType<LoopNode>(model.Steps[1]);
        Assert.Equal(("Read Orphan", "{Orphans} orphans"), (Assert.IsType<StepNode>(model.Steps[^2]).Label, Assert.IsType<LogNode>(model.Steps[^1]).Message));
    }

    [Fact]
    public void EfCoreRawSql_KeepsTheSqlText()
    {
        var model = ProcessSnippet.Build(Domain + """
            public sealed class RawJob(OpsDbContext db)
            {
                public async Task RunAsync(int id, CancellationToken ct)
                {
                    var rows = await db.Servers.FromSql($"SELECT * FROM servers WHERE id = {id}").ToListAsync(ct);
                    await db.Database.ExecuteSqlRawAsync("UPDATE servers SET active = false WHERE hostname LIKE 'tmp-%'", ct);
                }
            }
            """, "Ops.RawJob.RunAsync");

        var effects = model.AllEffects().ToList();
        Assert.Equal((EffectKind.Database, "Servers", EffectAccess.Read), (effects[0].Kind, effects[0].Resource, effects[0].Access));
        Assert.Equal("SELECT * FROM servers WHERE id = {id}", effects[0].Detail);
        Assert.Equal((EffectKind.Database, "servers", EffectAccess.Write), (effects[1].Kind, effects[1].Resource, effects[1].Access));
        Assert.Equal("UPDATE servers SET active = false WHERE hostname LIKE 'tmp-%'", effects[1].Detail);
    }

    [Fact]
    public void NameAlikes_AreNotEffects()
    {
        var model = ProcessSnippet.Build("""
            namespace Ops;

            public sealed class UnitOfWork
            {
                public Task SaveChangesAsync(CancellationToken ct) => Task.CompletedTask;
                public List<string> Servers { get; } = [];
            }

            public sealed class JobQueue
            {
                public string Enqueue(Func<Task> work) => "local";
            }

            public static class File
            {
                public static void WriteAllText(string path, string text) { }
            }

            public sealed class FakeHttp
            {
                public Task<string> GetStringAsync(string url) => Task.FromResult(url);
            }

            public sealed class LookalikeJob(UnitOfWork work, JobQueue queue, FakeHttp http)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    var first = work.Servers.Where(name => name.Length > 0).ToList();
                    await work.SaveChangesAsync(ct);
                    queue.Enqueue(() => Task.CompletedTask);
                    File.WriteAllText("/tmp/x", "y");
                    await http.GetStringAsync("https://example.com");
                }
            }
            """, "Ops.LookalikeJob.RunAsync");

        Assert.Empty(model.AllEffects());
        Assert.Empty(model.Resources);
        Assert.Equal(CallExpansion.Followed, ProcessSnippet.Step(model, "work.SaveChangesAsync").Expansion);
    }

    [Fact]
    public void DapperAndAdoNet_KeepTheSqlAndTheTable()
    {
        var model = ProcessSnippet.Build("""
            using System.Data.Common;
            using Dapper;

            namespace Ops;

            public sealed class UsageJob(DbConnection connection)
            {
                private const string UsageSql = "SELECT customer_id, quantity FROM daily_usage_rollups WHERE day = @day";

                public async Task RunAsync(DateTime day, CancellationToken ct)
                {
                    var rows = await connection.QueryAsync<(int, decimal)>(new CommandDefinition(UsageSql, new { day }, cancellationToken: ct));
                    await connection.ExecuteAsync("DELETE FROM export_runs WHERE day < @day", new { day });

                    await using var command = connection.CreateCommand();
                    command.CommandText = "INSERT INTO export_runs (day, rows) VALUES (@day, 0)";
                    await command.ExecuteNonQueryAsync(ct);
                }
            }
            """, "Ops.UsageJob.RunAsync");

        var effects = model.AllEffects().Select(effect => (effect.Resource, effect.Access, effect.Operation, effect.Detail)).ToList();
        Assert.Equal(
        [
            ("daily_usage_rollups", EffectAccess.Read, "QueryAsync", "SELECT customer_id, quantity FROM daily_usage_rollups WHERE day = @day"),
            ("export_runs", EffectAccess.Write, "ExecuteAsync", "DELETE FROM export_runs WHERE day < @day"),
            ("export_runs", EffectAccess.Write, "ExecuteNonQueryAsync", "INSERT INTO export_runs (day, rows) VALUES (@day, 0)"),
        ], effects);
        Assert.All(model.AllEffects(), effect => Assert.Equal(EffectKind.Database, effect.Kind));
    }

    [Fact]
    public void Http_NamesTypedClientsNamedClientsAndLiteralHosts()
    {
        var model = ProcessSnippet.Build("""
            using System.Net.Http.Json;

            namespace Ops;

            public sealed record Token(string Value);

            public sealed class StorageClient(HttpClient http)
            {
                public Task<HttpResponseMessage> StartAsync(string cluster) => http.PostAsJsonAsync($"clusters/{cluster}/snapshots", new { cluster });

                public async Task<string> PingAsync()
                {
                    using var request = new HttpRequestMessage(HttpMethod.Head, "health");
                    using var response = await http.SendAsync(request);
                    return response.ReasonPhrase ?? "";
                }
            }

            public sealed class TokenSource(IHttpClientFactory factory)
            {
                public const string ClientName = "storage-auth";

                public async Task<Token?> GetAsync()
                {
                    var http = factory.CreateClient(ClientName);
                    return await http.GetFromJsonAsync<Token>("oauth/token");
                }
            }

            public sealed class SnapshotJob(StorageClient storage, TokenSource tokens)
            {
                public async Task RunAsync()
                {
                    await tokens.GetAsync();
                    await storage.StartAsync("fra-1");
                    await storage.PingAsync();
                    using var client = new HttpClient();
                    await client.GetStringAsync("https://status.example.com/api/v2/status.json");
                    var hook = new Uri("https://hooks.example.org/ops");
                    await client.PostAsync(hook, new StringContent("done"));
                }
            }
            """, "Ops.SnapshotJob.RunAsync");

        var effects = model.AllEffects().Select(effect => (effect.Kind, effect.Resource, effect.Access, effect.Detail)).ToList();
        Assert.Equal(
        [
            (EffectKind.Http, "storage-auth", EffectAccess.Read, "GET oauth/token"),
            (EffectKind.Http, "StorageClient", EffectAccess.Write, "POST clusters/{cluster}/snapshots"),
            (EffectKind.Http, "StorageClient", EffectAccess.Read, "HEAD health"),
            (EffectKind.Http, "status.example.com", EffectAccess.Read, "GET https://status.example.com/api/v2/status.json"),
            (EffectKind.Http, "hooks.example.org", EffectAccess.Write, "POST https://hooks.example.org/ops"),
        ], effects);
    }

    [Fact]
    public void EmailFilesAndProcesses_AreClassified()
    {
        var model = ProcessSnippet.Build("""
            using System.Diagnostics;
            using System.Net.Mail;

            namespace Ops;

            public sealed class ExportJob
            {
                public async Task RunAsync(string directory, CancellationToken ct)
                {
                    Directory.CreateDirectory(directory);
                    var path = Path.Combine(directory, "usage.csv");
                    await using (var stream = new FileStream(path + ".partial", FileMode.Create, FileAccess.Write))
                    await using (var writer = new StreamWriter(stream))
                    {
                        await writer.WriteLineAsync("date,quantity");
                    }

                    File.Move(path + ".partial", path, overwrite: true);
                    var lines = await File.ReadAllLinesAsync("/etc/ops/recipients.txt", ct);

                    using var smtp = new SmtpClient("smtp.example.com");
                    await smtp.SendMailAsync(new MailMessage("ops@example.com", lines[0], "Usage", "attached"), ct);

                    Process.Start("gzip", path)?.WaitForExit();
                }
            }
            """, "Ops.ExportJob.RunAsync");

        var effects = model.AllEffects().Select(effect => (effect.Kind, effect.Resource, effect.Access, effect.Operation)).ToList();
        Assert.Equal(
        [
            (EffectKind.File, "{directory}", EffectAccess.Write, "Directory.CreateDirectory"),
            (EffectKind.File, "{directory}/usage.csv.partial", EffectAccess.Write, "new FileStream"),
            (EffectKind.File, "{directory}/usage.csv", EffectAccess.Write, "File.Move"),
            (EffectKind.File, "/etc/ops/recipients.txt", EffectAccess.Read, "File.ReadAllLinesAsync"),
            (EffectKind.Email, "SMTP", EffectAccess.Write, "SendMailAsync"),
            (EffectKind.Process, "gzip", EffectAccess.None, "Start"),
        ], effects);
        Assert.Equal(["Create directory", "Open file for writing", "Write line", "Move file", "Read all lines", "Send e-mail", "Start process gzip"],
            model.Steps.OfType<StepNode>().Select(step => step.Label));
        Assert.Equal("from {directory}/usage.csv.partial", ProcessSnippet.Step(model, "File.Move").Effects.Single().Detail);
        Assert.Contains(model.Steps.OfType<StepNode>(), step => step.Target == "writer.WriteLineAsync" && step.Effects.IsEmpty);
    }

    [Fact]
    public void HangfireEnqueues_NameTheJobTypeMethodAndQueue()
    {
        var model = ProcessSnippet.Build("""
            using Hangfire;

            namespace Ops;

            public static class Queues { public const string Snapshots = "snapshots"; }

            public sealed class SnapshotJob { public Task CreateAsync(int serverId, CancellationToken ct) => Task.CompletedTask; }

            public sealed class SnapshotNotifier { public Task NotifyAsync(int serverId) => Task.CompletedTask; }

            public sealed class ReportJob { public void Run() { } }

            public sealed class NightlyScheduler(IBackgroundJobClient jobs)
            {
                public void Schedule(int[] serverIds)
                {
                    foreach (var id in serverIds)
                    {
                        var jobId = jobs.Enqueue<SnapshotJob>(Queues.Snapshots, job => job.CreateAsync(id, CancellationToken.None));
                        jobs.ContinueJobWith<SnapshotNotifier>(jobId, notifier => notifier.NotifyAsync(id));
                    }

                    BackgroundJob.Schedule<ReportJob>(job => job.Run(), TimeSpan.FromHours(1));
                }
            }
            """, "Ops.NightlyScheduler.Schedule");

        var effects = model.AllEffects().Select(effect => (effect.Kind, effect.Resource, effect.Operation, effect.Detail)).ToList();
        Assert.Equal(
        [
            (EffectKind.Job, "SnapshotJob", "Enqueue", "SnapshotJob.CreateAsync, queue snapshots"),
            (EffectKind.Job, "SnapshotNotifier", "ContinueJobWith", "SnapshotNotifier.NotifyAsync"),
            (EffectKind.Job, "ReportJob", "Schedule", "ReportJob.Run"),
        ], effects);

        // The job expressions are data for Hangfire: the enqueued methods are not run, so not followed.
        Assert.DoesNotContain(ProcessSnippet.All(model).OfType<StepNode>(), step => step.Target.Contains("CreateAsync", StringComparison.Ordinal));
        Assert.Equal(["Enqueue SnapshotJob", "Continue job with SnapshotNotifier"], Assert.IsType<LoopNode>(model.Steps[0]).Steps.OfType<StepNode>().Select(step => step.Label));
    }
}

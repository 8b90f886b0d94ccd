using static Introspect.Analyzers.Tests.Threading.OpsSnippets;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.SyncIoInAsyncCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that must stay quiet.</summary>
public sealed partial class SyncIoInAsyncCodeAnalyzerTests
{
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

    [Fact]
    public Task AsyncOverrideCallingItsOwnSyncTwin_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class AuditStream(Stream inner) : Stream
        {
            public override bool CanRead => false;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => inner.Length;
            public override long Position { get => inner.Position; set => inner.Position = value; }

            public override void Flush() => inner.Flush();

            // Suggesting FlushAsync here would make FlushAsync call itself.
            public override async Task FlushAsync(CancellationToken cancellationToken)
            {
                await Task.Yield();
                Flush();
            }

            public override int Read(byte[] buffer, int offset, int count) => 0;
            public override long Seek(long offset, SeekOrigin origin) => 0;
            public override void SetLength(long value) { }
            public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        }
        """);
}

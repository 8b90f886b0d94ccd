namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Code the INTR111 snippets share: an EF Core model, and a Dapper stand-in.</summary>
internal static class OpsSnippets
{
    /// <summary>A small EF Core model the snippets query.</summary>
    public const string OpsModel = """
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
    public const string DapperStub = """
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
}

using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR210 on EF Core migrations and SQL scripts; FluentMigrator is in the other part.</summary>
public sealed partial class BlockingIndexAnalyzerTests
{
    [Fact]
    public async Task EfIndexOnAnExistingPostgresTable_TriggersWithTheNpgsqlAdvice()
    {
        var test = Code<BlockingIndexAnalyzer>(EfUsings + """
            public class IndexMonitoredHostsByServer : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.{|#0:CreateIndex|}(name: "IX_MonitoredHosts_ServerId", table: "MonitoredHosts", column: "ServerId");
            }
            """, "postgresql");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR210", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'IndexMonitoredHostsByServer' creates index IX_MonitoredHosts_ServerId on existing table MonitoredHosts without CONCURRENTLY, which blocks writes to the table for the whole build on PostgreSQL; "
            + "add .Annotation(\"Npgsql:CreatedConcurrently\", true), which Npgsql runs outside the migration's transaction, and keep the index in a migration of its own"));

        await test.RunAsync();
    }

    [Fact]
    public Task EfIndexOnSqlServerWithoutOnline_Triggers() => Code<BlockingIndexAnalyzer>(EfUsings + """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.{|INTR210:CreateIndex|}(name: "IX_Snapshots_TakenAt", table: "Snapshots", column: "TakenAt");
                migrationBuilder.{|INTR210:CreateIndex|}(name: "IX_Snapshots_ServerId", table: "Snapshots", column: "ServerId")
                    .Annotation("SqlServer:Online", false);
            }
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task EfIndexWithUnknownProvider_Triggers() => Code<BlockingIndexAnalyzer>(EfUsings + """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR210:CreateIndex|}("IX_Snapshots_TakenAt", "Snapshots", "TakenAt");
        }
        """, provider: null).RunAsync();

    [Fact]
    public Task PostgresScriptIndexWithoutConcurrently_Triggers() => Script<BlockingIndexAnalyzer>("/0/Scripts/0004_index_usage_by_customer.sql", """
        -- The customer usage page filters by customer and time range.
        {|INTR210:CREATE INDEX ix_usage_records_customer_recorded ON usage_records (customer_id, recorded_at)|};
        """, "postgresql").RunAsync();

    [Fact]
    public Task TSqlScriptOfflineIndex_Triggers() => Script<BlockingIndexAnalyzer>("/0/Scripts/0005_index_invoices.sql", """
        {|INTR210:CREATE NONCLUSTERED INDEX [IX_Invoices_DueAt] ON [dbo].[Invoices] ([DueAt]) INCLUDE ([Total])|};
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task MySqlFullTextIndex_Triggers() => Script<BlockingIndexAnalyzer>("/0/Scripts/0006_search.sql", """
        {|INTR210:CREATE FULLTEXT INDEX ft_tickets_body ON tickets (body)|};
        {|INTR210:ALTER TABLE tickets ADD FULLTEXT INDEX ft_tickets_subject (subject)|};
        """, "mysql").RunAsync();

    [Fact]
    public Task EfIndexCreatedConcurrentlyOrOnline_DoesNotTrigger() => Code<BlockingIndexAnalyzer>(EfUsings + """
        public class AddMonitoredHostLastSyncedIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateIndex(name: "IX_MonitoredHosts_LastSyncedAt", table: "MonitoredHosts", column: "LastSyncedAt")
                    .Annotation("Npgsql:CreatedConcurrently", true);
                migrationBuilder.CreateIndex(name: "IX_MonitoredHosts_Hostname", table: "MonitoredHosts", column: "Hostname")
                    .Annotation("Npgsql:IndexMethod", "gin")
                    .Annotation("Npgsql:CreatedConcurrently", true);
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfIndexesOfANewTableAndInDown_DoNotTrigger() => Code<BlockingIndexAnalyzer>(EfUsings + """
        public class AddAlertOutbox : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(
                    name: "AlertOutbox",
                    columns: table => new { Id = table.Column<long>(nullable: false), SentAt = table.Column<System.DateTime>(nullable: true) });
                migrationBuilder.CreateIndex(name: "IX_AlertOutbox_SentAt", table: "AlertOutbox", column: "SentAt");
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropTable(name: "AlertOutbox");
                migrationBuilder.CreateIndex(name: "IX_Servers_Legacy", table: "Servers", column: "LegacyRackCode");
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task IndexInsideMigrationSql_IsLeftToTheRawSqlRule() => Code<BlockingIndexAnalyzer>(EfUsings + """
        public class IndexBySql : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("CREATE INDEX \"IX_Snapshots_TakenAt\" ON \"Snapshots\" (\"TakenAt\");");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task PostgresScriptConcurrentIndexAndNewTableIndex_DoNotTrigger() => Script<BlockingIndexAnalyzer>("/0/Scripts/0005_index_rollups_by_customer.sql", """
        CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_daily_usage_rollups_customer_day ON daily_usage_rollups (customer_id, day);
        CREATE TABLE export_runs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, day date NOT NULL);
        CREATE INDEX ix_export_runs_day ON export_runs (day);
        """, "postgresql").RunAsync();

    [Fact]
    public Task TSqlOnlineIndex_DoesNotTrigger() => Script<BlockingIndexAnalyzer>("/0/Scripts/0007_online.sql", """
        CREATE NONCLUSTERED INDEX [IX_Invoices_DueAt] ON [dbo].[Invoices] ([DueAt]) WITH (ONLINE = ON, SORT_IN_TEMPDB = ON);
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task MySqlOrdinaryIndexAndSqliteIndex_DoNotTrigger() => Script<BlockingIndexAnalyzer>("/0/Scripts/0008_mysql.sql", """
        CREATE INDEX ix_tickets_opened ON tickets (opened_at);
        ALTER TABLE tickets ADD INDEX ix_tickets_owner (owner_id), ALGORITHM=INPLACE, LOCK=NONE;
        """, "mysql").RunAsync();

    [Fact]
    public Task SqliteIndex_DoesNotTrigger() => Script<BlockingIndexAnalyzer>("/0/Scripts/0009_sqlite.sql", """
        CREATE INDEX ix_tickets_opened ON tickets (opened_at);
        """, "sqlite").RunAsync();
}

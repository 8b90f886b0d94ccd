using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR219: CONCURRENTLY where PostgreSQL refuses it, and DROP INDEX without CONCURRENTLY. Other sub-checks are in the other parts.</summary>
public sealed partial class LockSafetyAnalyzerTests
{
    [Fact]
    public async Task EfConcurrentIndexSqlInsideTheMigrationTransaction_Triggers()
    {
        var test = Code<LockSafetyAnalyzer>(EfUsings + """
            public class IndexSnapshotsByTakenAt : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.Sql({|#0:"CREATE INDEX CONCURRENTLY \"IX_Snapshots_TakenAt\" ON \"Snapshots\" (\"TakenAt\");"|});
            }
            """, "postgresql");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR219", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'IndexSnapshotsByTakenAt' creates index IX_Snapshots_TakenAt CONCURRENTLY inside the migration's transaction, which PostgreSQL refuses, so the deploy fails; "
            + "pass suppressTransaction: true to this migrationBuilder.Sql call"));

        await test.RunAsync();
    }

    [Fact]
    public Task EfConcurrentIndexSharingItsSqlStringWithOtherStatements_Triggers() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql({|INTR219:"SET lock_timeout = '5s'; CREATE INDEX CONCURRENTLY \"IX_Snapshots_TakenAt\" ON \"Snapshots\" (\"TakenAt\");"|}, suppressTransaction: true);
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentConcurrentIndexInATransactionalMigration_Triggers() => Code<LockSafetyAnalyzer>(FluentUsings + """
        using FluentMigrator.Postgres;

        [Migration(2026031001)]
        public sealed class IndexInvoiceDueDates : Migration
        {
            public override void Up() =>
                Create.{|INTR219:Index|}("ix_invoices_due_at").OnTable("invoices").OnColumn("due_at").Ascending().WithOptions().AsConcurrently();

            public override void Down() => Delete.Index("ix_invoices_due_at").OnTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task ScriptConcurrentWorkBetweenBeginAndCommit_Triggers() => Script<LockSafetyAnalyzer>("/0/Scripts/0019_reindex_usage.sql", """
        BEGIN;
        {|INTR219:CREATE INDEX CONCURRENTLY ix_usage_records_metric ON usage_records (metric)|};
        {|INTR219:DROP INDEX CONCURRENTLY ix_usage_records_metric_old|};
        COMMIT;
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfIndexCreatedConcurrentlyByNpgsql_DoesNotTrigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class AddMonitoredHostLastSyncedIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateIndex(name: "IX_MonitoredHosts_LastSyncedAt", table: "MonitoredHosts", column: "LastSyncedAt")
                    .Annotation("Npgsql:CreatedConcurrently", true);
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfConcurrentSqlOutsideTheTransaction_DoesNotTrigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class ReplaceSnapshotIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("CREATE INDEX CONCURRENTLY \"IX_Snapshots_TakenAt\" ON \"Snapshots\" (\"TakenAt\");", suppressTransaction: true);
                migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS \"IX_Snapshots_Legacy\";", suppressTransaction: true);
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentConcurrentIndexWithoutATransaction_DoesNotTrigger() => Code<LockSafetyAnalyzer>(FluentUsings + """
        using FluentMigrator.Postgres;

        [Migration(2026031001, TransactionBehavior.None)]
        public sealed class IndexInvoiceDueDates : Migration
        {
            public override void Up() =>
                Create.Index("ix_invoices_due_at").OnTable("invoices").OnColumn("due_at").Ascending().WithOptions().AsConcurrently();

            public override void Down() => Delete.Index("ix_invoices_due_at").OnTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task ScriptConcurrentIndexWithoutItsOwnTransaction_DoesNotTrigger() => Script<LockSafetyAnalyzer>("/0/Scripts/0005_index_rollups_by_customer.sql", """
        -- Month-to-date usage per customer for the control panel.
        CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_daily_usage_rollups_customer_day
            ON daily_usage_rollups (customer_id, day);
        """, "postgresql").RunAsync();

    [Fact]
    public Task TSqlOnlineIndexInsideATransaction_DoesNotTrigger() => Script<LockSafetyAnalyzer>("/0/Scripts/0020_online_in_tran.sql", """
        BEGIN TRANSACTION;
        CREATE NONCLUSTERED INDEX [IX_Invoices_DueAt] ON [dbo].[Invoices] ([DueAt]) WITH (ONLINE = ON);
        COMMIT;
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task EfDropIndexOnPostgres_Triggers() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class AddUniqueServerHostnameIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.{|INTR219:DropIndex|}(name: "IX_Servers_Hostname", table: "Servers");
                migrationBuilder.CreateIndex(name: "IX_Servers_Hostname", table: "Servers", column: "Hostname", unique: true)
                    .Annotation("Npgsql:CreatedConcurrently", true);
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfDropIndexWithTheNpgsqlAnnotation_StillTriggersBecauseNpgsqlIgnoresIt() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class DropSnapshotLegacyIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR219:DropIndex|}(name: "IX_Snapshots_Legacy", table: "Snapshots")
                    .Annotation("Npgsql:CreatedConcurrently", true);
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentAndScriptDropIndexOnPostgres_Trigger() => Code<LockSafetyAnalyzer>(FluentUsings + """
        [Migration(2026040101)]
        public sealed class DropInvoiceExportedIndex : Migration
        {
            public override void Up() => Delete.{|INTR219:Index|}("ix_invoices_exported").OnTable("invoices");

            public override void Down() => Create.Index("ix_invoices_exported").OnTable("invoices").OnColumn("exported").Ascending();
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task ScriptDropIndexWithoutConcurrently_Triggers() => Script<LockSafetyAnalyzer>("/0/Scripts/0021_drop_metric_index.sql", """
        {|INTR219:DROP INDEX IF EXISTS ix_usage_records_metric|};
        """, "postgresql").RunAsync();

    [Fact]
    public Task DropIndexConcurrentlyOfTheSameMigrationOrInDown_DoesNotTrigger() => Script<LockSafetyAnalyzer>("/0/Scripts/0022_drop_concurrently.sql", """
        DROP INDEX CONCURRENTLY IF EXISTS ix_usage_records_metric;
        CREATE INDEX ix_scratch ON usage_staging (id);
        DROP INDEX ix_scratch;
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfDropIndexOnSqlServerAndInDown_DoesNotTrigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class DropSnapshotLegacyIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.DropIndex(name: "IX_Snapshots_Legacy", table: "Snapshots");

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateIndex(name: "IX_Snapshots_Legacy", table: "Snapshots", column: "Legacy");
        }
        """, "sqlserver").RunAsync();
}

using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR208 on EF Core migrations and SQL scripts; FluentMigrator is in the other part.</summary>
public sealed partial class UniqueConstraintAnalyzerTests
{
    [Fact]
    public async Task EfUniqueIndexOnAnExistingTable_TriggersWithThePostgresAdvice()
    {
        var test = Code<UniqueConstraintAnalyzer>(EfUsings + """
            [Migration("20260707101112_AddUniqueServerHostnameIndex")]
            public class AddUniqueServerHostnameIndex : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.{|#0:CreateIndex|}(name: "IX_Servers_Hostname", table: "Servers", column: "Hostname", unique: true);

                protected override void Down(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.DropIndex(name: "IX_Servers_Hostname", table: "Servers");
            }
            """, "postgresql");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR208", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'AddUniqueServerHostnameIndex' creates unique index IX_Servers_Hostname on existing table Servers: PostgreSQL blocks writes to the table for the whole build, "
            + "the migration fails if the rows already hold duplicates, and the running version may still write them; "
            + "stop writing duplicates and remove them first, then create it with .Annotation(\"Npgsql:CreatedConcurrently\", true) in a migration of its own"));

        await test.RunAsync();
    }

    [Fact]
    public Task EfUniqueConstraintOnSqlServer_Triggers() => Code<UniqueConstraintAnalyzer>(EfUsings + """
        public class UniqueCustomerContractNumber : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR208:AddUniqueConstraint|}(name: "AK_Customers_ContractNumber", table: "Customers", column: "ContractNumber");
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task EfPrimaryKeyChangedOnAnExistingTable_Triggers() => Code<UniqueConstraintAnalyzer>(EfUsings + """
        public class KeyMaintenanceWindowsByServerAndStart : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropPrimaryKey(name: "PK_MaintenanceWindows", table: "MaintenanceWindows");
                migrationBuilder.{|INTR208:AddPrimaryKey|}(name: "PK_MaintenanceWindows", table: "MaintenanceWindows", columns: new[] { "ServerId", "StartsAt" });
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfUniqueIndexWithUnknownProvider_Triggers() => Code<UniqueConstraintAnalyzer>(EfUsings + """
        public class UniqueSnapshotName : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR208:CreateIndex|}("IX_Snapshots_Name", "Snapshots", "Name", unique: true);
        }
        """, provider: null).RunAsync();

    [Fact]
    public Task PostgresScriptUniqueConstraintAndIndex_Trigger() => Script<UniqueConstraintAnalyzer>("/0/Scripts/0011_unique_rollups.sql", """
        {|INTR208:ALTER TABLE daily_usage_rollups ADD CONSTRAINT uq_rollups_export UNIQUE (customer_id, day, metric)|};
        {|INTR208:CREATE UNIQUE INDEX ux_usage_records_external_id ON usage_records (external_id)|};
        """, "postgresql").RunAsync();

    [Fact]
    public Task PostgresScriptColumnWithItsOwnUniqueConstraint_Triggers() => Script<UniqueConstraintAnalyzer>("/0/Scripts/0012_usage_import_key.sql", """
        {|INTR208:ALTER TABLE usage_records ADD COLUMN import_key uuid UNIQUE|};
        """, "postgresql").RunAsync();

    [Fact]
    public Task TSqlScriptUniqueConstraintAndOfflineIndex_Trigger() => Script<UniqueConstraintAnalyzer>("/0/Scripts/0013_unique_invoices.sql", """
        {|INTR208:ALTER TABLE [dbo].[Invoices] ADD CONSTRAINT [UQ_Invoices_Number] UNIQUE ([Number])|};
        GO
        {|INTR208:CREATE UNIQUE NONCLUSTERED INDEX [UX_Invoices_ExternalId] ON [dbo].[Invoices] ([ExternalId])|};
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task MySqlNewPrimaryKey_Triggers() => Script<UniqueConstraintAnalyzer>("/0/Scripts/0014_usage_key.sql", """
        {|INTR208:ALTER TABLE usage_records ADD PRIMARY KEY (id)|};
        """, "mysql").RunAsync();

    [Fact]
    public Task EfUniqueIndexOnATableCreatedInTheSameMigration_DoesNotTrigger() => Code<UniqueConstraintAnalyzer>(EfUsings + """
        public class AddAlertOutbox : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(
                    name: "AlertOutbox",
                    columns: table => new { Id = table.Column<long>(nullable: false), DedupKey = table.Column<string>(nullable: false) });
                migrationBuilder.CreateIndex(name: "IX_AlertOutbox_DedupKey", table: "AlertOutbox", column: "DedupKey", unique: true);
                migrationBuilder.AddUniqueConstraint(name: "AK_AlertOutbox_Id", table: "AlertOutbox", column: "Id");
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfUniqueIndexCreatedConcurrently_DoesNotTrigger() => Code<UniqueConstraintAnalyzer>(EfUsings + """
        public class UniqueServerHostname : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateIndex(name: "IX_Servers_Hostname", table: "Servers", column: "Hostname", unique: true)
                    .Annotation("Npgsql:CreatedConcurrently", true);
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfUniqueIndexBuiltOnlineOnSqlServer_DoesNotTrigger() => Code<UniqueConstraintAnalyzer>(EfUsings + """
        public class UniqueServerHostname : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateIndex(name: "IX_Servers_Hostname", table: "Servers", column: "Hostname", unique: true)
                    .Annotation("SqlServer:Online", true);
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task EfPlainIndexAndUniqueIndexInDown_DoNotTrigger() => Code<UniqueConstraintAnalyzer>(EfUsings + """
        public class RelaxServerHostname : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropIndex(name: "IX_Servers_Hostname", table: "Servers");
                migrationBuilder.CreateIndex(name: "IX_Servers_Hostname", table: "Servers", column: "Hostname");
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropIndex(name: "IX_Servers_Hostname", table: "Servers");
                migrationBuilder.CreateIndex(name: "IX_Servers_Hostname", table: "Servers", column: "Hostname", unique: true);
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task UniqueIndexInsideMigrationSql_IsLeftToTheRawSqlRule() => Code<UniqueConstraintAnalyzer>(EfUsings + """
        public class UniqueServerHostnameBySql : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("CREATE UNIQUE INDEX \"IX_Servers_Hostname\" ON \"Servers\" (\"Hostname\");");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task PostgresScriptBuildingConcurrentlyThenAttaching_DoesNotTrigger() => Script<UniqueConstraintAnalyzer>("/0/Scripts/0015_unique_export_file.sql", """
        CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_export_runs_file_name ON export_runs (file_name);
        ALTER TABLE export_runs ADD CONSTRAINT uq_export_runs_file_name UNIQUE USING INDEX ux_export_runs_file_name;
        ALTER TABLE export_runs ADD CONSTRAINT pk_export_runs PRIMARY KEY USING INDEX ux_export_runs_id;
        """, "postgresql").RunAsync();

    [Fact]
    public Task TSqlOnlineUniqueIndexAndNewTable_DoNotTrigger() => Script<UniqueConstraintAnalyzer>("/0/Scripts/0016_online.sql", """
        CREATE UNIQUE NONCLUSTERED INDEX [UX_Invoices_ExternalId] ON [dbo].[Invoices] ([ExternalId]) WITH (ONLINE = ON);
        GO
        CREATE TABLE [dbo].[CreditMemos] ([Id] bigint NOT NULL, [Number] nvarchar(32) NOT NULL);
        GO
        ALTER TABLE [dbo].[CreditMemos] ADD CONSTRAINT [PK_CreditMemos] PRIMARY KEY ([Id]);
        CREATE UNIQUE INDEX [UX_CreditMemos_Number] ON [dbo].[CreditMemos] ([Number]);
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task MySqlUniqueSecondaryIndex_DoesNotTrigger() => Script<UniqueConstraintAnalyzer>("/0/Scripts/0017_mysql_unique.sql", """
        CREATE UNIQUE INDEX ux_usage_records_external_id ON usage_records (external_id);
        ALTER TABLE usage_records ADD UNIQUE KEY uk_usage_import (import_key);
        """, "mysql").RunAsync();

    [Fact]
    public Task SqliteUniqueIndex_DoesNotTrigger() => Script<UniqueConstraintAnalyzer>("/0/Scripts/0018_sqlite_unique.sql", """
        CREATE UNIQUE INDEX ux_usage_records_external_id ON usage_records (external_id);
        """, "sqlite").RunAsync();

    [Fact]
    public async Task ShippedMigration_IsReportedAsANote()
    {
        var test = Code<UniqueConstraintAnalyzer>(EfUsings + """
            [Migration("20260707101112_AddUniqueServerHostnameIndex")]
            public class AddUniqueServerHostnameIndex : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.{|#0:CreateIndex|}(name: "IX_Servers_Hostname", table: "Servers", column: "Hostname", unique: true);
            }
            """, "postgresql", "introspect.migrations.last_shipped = 20260707101112\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR208", DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }
}

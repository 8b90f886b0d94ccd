using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR219: many locks in one transaction, and (when asked for) a lock taken without lock_timeout.</summary>
public sealed partial class LockSafetyAnalyzerTests
{
    private const string SixLocks = """
        public class {|#0:ReshapeServers|} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<string>(name: "Rack", table: "Servers", nullable: true);
                migrationBuilder.AddColumn<string>(name: "Row", table: "Servers", nullable: true);
                migrationBuilder.AddColumn<string>(name: "Notes", table: "MonitoredHosts", nullable: true);
                migrationBuilder.DropColumn(name: "LegacyRackCode", table: "Servers");
                migrationBuilder.RenameColumn(name: "VisibleName", table: "MonitoredHosts", newName: "DisplayName");
                migrationBuilder.AddColumn<int>(name: "Tier", table: "Customers", nullable: true);
            }
        }
        """;

    [Fact]
    public async Task SixLockingOperationsInOneTransaction_TriggersOnceAtTheMigration()
    {
        var test = Code<LockSafetyAnalyzer>(EfUsings + SixLocks, "postgresql");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR219", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'ReshapeServers' takes 6 table locks in one transaction (on Servers, MonitoredHosts, Customers) and holds each until the commit, so the first tables stay locked while the later statements run and wait for their own locks; "
            + "split it into smaller migrations (at most 5 lock-taking operations each, see introspect.migrations.max_locking_operations)"));

        await test.RunAsync();
    }

    [Fact]
    public Task LowerLimitFromTheSettings_Triggers() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class {|INTR219:LinkMonitoredHostsToServers|} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<int>(name: "ServerId", table: "MonitoredHosts", nullable: true);
                migrationBuilder.AddForeignKey(name: "FK_MonitoredHosts_Servers_ServerId", table: "MonitoredHosts", column: "ServerId", principalTable: "Servers", principalColumn: "Id");
                migrationBuilder.AddColumn<int>(name: "ProxyId", table: "MonitoredHosts", nullable: true);
            }
        }
        """, "sqlserver", "introspect.migrations.max_locking_operations = 2\n").RunAsync();

    [Fact]
    public Task SixLockingOperationsWithTheCheckTurnedOff_DoNotTrigger() =>
        Code<LockSafetyAnalyzer>(EfUsings + SixLocks.Replace("{|#0:ReshapeServers|}", "ReshapeServers"), "postgresql", "introspect.migrations.max_locking_operations = 0\n").RunAsync();

    [Fact]
    public Task SixLockingOperationsOnMySqlWhereEveryStatementCommits_DoNotTrigger() =>
        Code<LockSafetyAnalyzer>(EfUsings + SixLocks.Replace("{|#0:ReshapeServers|}", "ReshapeServers"), "mysql").RunAsync();

    [Fact]
    public Task FiveLocksAndOperationsOnNewTables_DoNotTrigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class AddRacks : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(name: "Racks", columns: table => new { Id = table.Column<int>(nullable: false) });
                migrationBuilder.AddColumn<string>(name: "Row", table: "Racks", nullable: true);
                migrationBuilder.AddColumn<string>(name: "Room", table: "Racks", nullable: true);
                migrationBuilder.CreateIndex(name: "IX_Racks_Row", table: "Racks", column: "Row");
                migrationBuilder.AddColumn<int>(name: "RackId", table: "Servers", nullable: true);
                migrationBuilder.AddColumn<int>(name: "Slot", table: "Servers", nullable: true);
                migrationBuilder.AddColumn<int>(name: "RackId", table: "MonitoredHosts", nullable: true);
                migrationBuilder.AddColumn<int>(name: "Slot", table: "MonitoredHosts", nullable: true);
                migrationBuilder.AddColumn<string>(name: "Site", table: "Customers", nullable: true);
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task ManyStatementsOfAScriptWithoutItsOwnTransaction_DoNotTrigger() => Script<LockSafetyAnalyzer>("/0/Scripts/0027_usage_columns.sql", """
        ALTER TABLE usage_records ADD COLUMN a text;
        ALTER TABLE usage_records ADD COLUMN b text;
        ALTER TABLE usage_records ADD COLUMN c text;
        ALTER TABLE daily_usage_rollups ADD COLUMN a text;
        ALTER TABLE daily_usage_rollups ADD COLUMN b text;
        ALTER TABLE daily_usage_rollups ADD COLUMN c text;
        """, "postgresql").RunAsync();

    private const string RequireTimeout = "introspect.migrations.require_lock_timeout = true\n";

    [Fact]
    public async Task LockWithoutTimeoutWhenRequired_TriggersAtTheFirstLock()
    {
        var test = Code<LockSafetyAnalyzer>(EfUsings + """
            public class AddServerNotes : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.{|#0:AddColumn<string>|}(name: "Notes", table: "Servers", nullable: true);
                    migrationBuilder.AddColumn<string>(name: "Owner", table: "Servers", nullable: true);
                }
            }
            """, "postgresql", RequireTimeout);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR219", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'AddServerNotes' locks existing table Servers without setting lock_timeout first, so while the lock waits behind a long-running query every other query on the table queues behind it; "
            + "start Up with migrationBuilder.Sql(\"SET lock_timeout = '5s';\") and retry the deploy when it times out"));

        await test.RunAsync();
    }

    [Fact]
    public Task ScriptLockWithATimeoutOfZero_TriggersWhenRequired() => Script<LockSafetyAnalyzer>("/0/Scripts/0028_region.sql", """
        SET lock_timeout = 0;
        {|INTR219:ALTER TABLE usage_records ADD COLUMN region text NULL|};
        """, "postgresql", RequireTimeout).RunAsync();

    [Fact]
    public Task LockAfterSetLockTimeout_DoesNotTrigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class AddServerNotes : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("SET lock_timeout = '5s';");
                migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", nullable: true);
            }
        }
        """, "postgresql", RequireTimeout).RunAsync();

    [Fact]
    public Task FluentLockAfterStatementTimeoutAndLockWithoutTheSetting_DoNotTrigger() => Code<LockSafetyAnalyzer>(FluentUsings + """
        [Migration(2026011201)]
        public sealed class AddInvoicePurchaseOrder : Migration
        {
            public override void Up()
            {
                Execute.Sql("SET statement_timeout = '30s';");
                Alter.Table("invoices").AddColumn("po_number").AsString(64).Nullable();
            }

            public override void Down() => Delete.Column("po_number").FromTable("invoices");
        }

        [Migration(2026011202)]
        public sealed class AddInvoiceCostCentre : Migration
        {
            public override void Up() => Alter.Table("invoices").AddColumn("cost_centre").AsString(64).Nullable();

            public override void Down() => Delete.Column("cost_centre").FromTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task LockWithoutTimeoutOnSqlServer_DoesNotTrigger() => Code<LockSafetyAnalyzer>(EfUsings + """
        public class AddServerNotes : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", nullable: true);
        }
        """, "sqlserver", RequireTimeout).RunAsync();
}

using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR209 on EF Core migrations and SQL scripts; FluentMigrator is in the other part.</summary>
public sealed partial class ConstraintValidationAnalyzerTests
{
    [Fact]
    public async Task EfForeignKeyOnAnExistingTable_TriggersWithTheNotValidAdvice()
    {
        var test = Code<ConstraintValidationAnalyzer>(EfUsings + """
            public class LinkMonitoredHostsToServers : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.AddColumn<int>(name: "ServerId", table: "MonitoredHosts", type: "integer", nullable: true);
                    migrationBuilder.{|#0:AddForeignKey|}(
                        name: "FK_MonitoredHosts_Servers_ServerId",
                        table: "MonitoredHosts",
                        column: "ServerId",
                        principalTable: "Servers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                }
            }
            """, "postgresql");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR209", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'LinkMonitoredHostsToServers' adds foreign key FK_MonitoredHosts_Servers_ServerId to existing table MonitoredHosts and checks every existing row "
            + "while holding a SHARE ROW EXCLUSIVE lock on it and on the referenced table (writes to both wait), and rows the running version writes must already satisfy it; "
            + "EF Core cannot say NOT VALID: add it with migrationBuilder.Sql(\"ALTER TABLE … ADD CONSTRAINT … NOT VALID\") and run ALTER TABLE … VALIDATE CONSTRAINT in a later migration"));

        await test.RunAsync();
    }

    [Fact]
    public Task EfCheckConstraintOnSqlServer_Triggers() => Code<ConstraintValidationAnalyzer>(EfUsings + """
        public class AddProxyMaxHostsCheck : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR209:AddCheckConstraint|}(name: "CK_MonitoringProxies_MaxHosts", table: "MonitoringProxies", sql: "[MaxHosts] > 0");
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task PostgresScriptForeignKeyAndCheck_Trigger() => Script<ConstraintValidationAnalyzer>("/0/Scripts/0011_usage_constraints.sql", """
        {|INTR209:ALTER TABLE usage_records ADD CONSTRAINT fk_usage_records_customer FOREIGN KEY (customer_id) REFERENCES customers (id)|};
        {|INTR209:ALTER TABLE usage_records ADD CONSTRAINT ck_usage_records_qty CHECK (qty >= 0)|};
        """, "postgresql").RunAsync();

    [Fact]
    public Task PostgresScriptColumnWithItsOwnReference_Triggers() => Script<ConstraintValidationAnalyzer>("/0/Scripts/0012_usage_export_run.sql", """
        {|INTR209:ALTER TABLE usage_records ADD COLUMN export_run_id bigint REFERENCES export_runs (id)|};
        """, "postgresql").RunAsync();

    [Fact]
    public Task TSqlScriptCheckedForeignKey_Triggers() => Script<ConstraintValidationAnalyzer>("/0/Scripts/0013_invoice_customer.sql", """
        {|INTR209:ALTER TABLE [dbo].[Invoices] WITH CHECK ADD CONSTRAINT [FK_Invoices_Customers] FOREIGN KEY ([CustomerId]) REFERENCES [dbo].[Customers] ([Id])|};
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task MySqlForeignKey_Triggers() => Script<ConstraintValidationAnalyzer>("/0/Scripts/0014_mysql_fk.sql", """
        {|INTR209:ALTER TABLE usage_records ADD CONSTRAINT fk_usage_customer FOREIGN KEY (customer_id) REFERENCES customers (id)|};
        """, "mysql").RunAsync();

    [Fact]
    public Task NotValidThenValidateInOneExplicitTransaction_Triggers() => Script<ConstraintValidationAnalyzer>("/0/Scripts/0015_validate_too_soon.sql", """
        BEGIN;
        ALTER TABLE usage_records ADD CONSTRAINT ck_usage_records_qty CHECK (qty >= 0) NOT VALID;
        {|INTR209:ALTER TABLE usage_records VALIDATE CONSTRAINT ck_usage_records_qty|};
        COMMIT;
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfNotValidThenValidateInTheMigrationTransaction_Triggers() => Code<ConstraintValidationAnalyzer>(EfUsings + """
        public class CheckProxyMaxHosts : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("ALTER TABLE \"MonitoringProxies\" ADD CONSTRAINT \"CK_MaxHosts\" CHECK (\"MaxHosts\" > 0) NOT VALID;");
                migrationBuilder.Sql({|INTR209:"ALTER TABLE \"MonitoringProxies\" VALIDATE CONSTRAINT \"CK_MaxHosts\";"|});
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfForeignKeyOfANewTable_DoesNotTrigger() => Code<ConstraintValidationAnalyzer>(EfUsings + """
        public class AddBackupThrottleBypasses : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(
                    name: "BackupThrottleBypasses",
                    columns: table => new { Id = table.Column<int>(nullable: false), CustomerId = table.Column<int>(nullable: false) });
                migrationBuilder.AddForeignKey(name: "FK_Bypasses_Customers", table: "BackupThrottleBypasses", column: "CustomerId", principalTable: "Customers", principalColumn: "Id");
                migrationBuilder.AddCheckConstraint(name: "CK_Bypasses_Id", table: "BackupThrottleBypasses", sql: "\"Id\" > 0");
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfForeignKeyInDown_DoesNotTrigger() => Code<ConstraintValidationAnalyzer>(EfUsings + """
        public class UnlinkMonitoredHosts : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.DropForeignKey(name: "FK_MonitoredHosts_Servers_ServerId", table: "MonitoredHosts");

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddForeignKey(name: "FK_MonitoredHosts_Servers_ServerId", table: "MonitoredHosts", column: "ServerId", principalTable: "Servers", principalColumn: "Id");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task EfNotValidSqlAndValidationInALaterMigration_DoNotTrigger() => Code<ConstraintValidationAnalyzer>(EfUsings + """
        [Migration("20260825112934_AddProxyMaxHostsCheck")]
        public class AddProxyMaxHostsCheck : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("ALTER TABLE \"MonitoringProxies\" ADD CONSTRAINT \"CK_MaxHosts\" CHECK (\"MaxHosts\" > 0) NOT VALID;");
        }

        [Migration("20260901080000_ValidateProxyMaxHostsCheck")]
        public class ValidateProxyMaxHostsCheck : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("ALTER TABLE \"MonitoringProxies\" VALIDATE CONSTRAINT \"CK_MaxHosts\";");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task PostgresScriptNotValidThenValidateWithoutExplicitTransaction_DoesNotTrigger() => Script<ConstraintValidationAnalyzer>("/0/Scripts/0016_fk_not_valid.sql", """
        ALTER TABLE usage_records ADD CONSTRAINT fk_usage_records_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
        ALTER TABLE usage_records VALIDATE CONSTRAINT fk_usage_records_customer;
        """, "postgresql").RunAsync();

    [Fact]
    public Task TSqlScriptWithNoCheckThenCheck_DoesNotTrigger() => Script<ConstraintValidationAnalyzer>("/0/Scripts/0017_nocheck.sql", """
        ALTER TABLE [dbo].[Invoices] WITH NOCHECK ADD CONSTRAINT [FK_Invoices_Customers] FOREIGN KEY ([CustomerId]) REFERENCES [dbo].[Customers] ([Id]);
        GO
        """, "sqlserver").RunAsync();

    [Fact]
    public Task ConstraintsOfATableTheScriptCreates_DoNotTrigger() => Script<ConstraintValidationAnalyzer>("/0/Scripts/0018_create_invoices.sql", """
        CREATE TABLE invoice_exports (id bigint PRIMARY KEY, invoice_id bigint NOT NULL, attempts int NOT NULL);
        ALTER TABLE invoice_exports ADD CONSTRAINT fk_invoice_exports_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id);
        ALTER TABLE invoice_exports ADD CONSTRAINT ck_invoice_exports_attempts CHECK (attempts >= 0);
        """, "postgresql").RunAsync();

    [Fact]
    public Task SqliteForeignKey_DoesNotTrigger() => Code<ConstraintValidationAnalyzer>(EfUsings + """
        public class LinkMonitoredHostsToServers : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddForeignKey(name: "FK_MonitoredHosts_Servers_ServerId", table: "MonitoredHosts", column: "ServerId", principalTable: "Servers", principalColumn: "Id");
        }
        """, "sqlite").RunAsync();
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.AddNotNullColumnAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>INTR207: a NOT NULL column without a default added to an existing table, in every form.</summary>
public sealed class AddNotNullColumnAnalyzerTests
{
    private static string EfUp(string name, string up, string down = "") => Test.EfUsings + $$"""
        public partial class {{name}} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                {{up}}
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                {{down}}
            }
        }
        """;

    [Fact]
    public Task EfRequiredColumnWithoutDefault_TriggersNamingPostgreSql() => Test.Code(
        EfUp("AddCustomerContractNumber", """
            migrationBuilder.{|#0:AddColumn<string>|}(
                        name: "ContractNumber",
                        table: "Customers",
                        type: "character varying(32)",
                        maxLength: 32,
                        nullable: false);
            """),
        "postgresql",
        new DiagnosticResult("INTR207", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'AddCustomerContractNumber' adds NOT NULL column Customers.ContractNumber without a default: PostgreSQL refuses it as soon as the table has a row, and inserts by the running version of the app, which does not know the column, fail; add it nullable (or with a meaningful default), backfill it, and make it NOT NULL in a later release")).RunAsync();

    [Fact]
    public Task EfRequiredColumnWithoutDefaultOnMySql_TriggersNamingTheImplicitValues() => Test.Code(
        EfUp("AddServerRackId", """
            migrationBuilder.{|#0:AddColumn<int>|}(name: "RackId", table: "Servers", type: "int", nullable: false);
            """),
        "mysql",
        new DiagnosticResult("INTR207", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "AddServerRackId", "Servers", "RackId", "MySQL silently fills the existing rows with the type's implicit value (0, '', a zero date)")).RunAsync();

    [Fact]
    public Task EfRequiredColumnWithNullableOmitted_Triggers() => Test.Code(EfUp("AddSnapshotChecksum", """
        migrationBuilder.{|INTR207:AddColumn<byte[]>|}("Checksum", "Snapshots");
        """), "sqlite").RunAsync();

    [Fact]
    public Task EfSafeAdditions_DoNotTrigger() => Test.Code(EfUp("AddServerColumns", """
        migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", type: "text", nullable: true);
                migrationBuilder.AddColumn<bool>(name: "SyncEnabled", table: "MonitoredHosts", type: "boolean", nullable: false, defaultValue: true);
                migrationBuilder.AddColumn<DateTimeOffset>(name: "CreatedAt", table: "Servers", nullable: false, defaultValueSql: "now()");
                migrationBuilder.AddColumn<string>(name: "Fqdn", table: "Servers", nullable: false, computedColumnSql: "\"Hostname\" || '.ops.example'", stored: true);
                migrationBuilder.AddColumn<byte[]>(name: "RowVersion", table: "Servers", rowVersion: true, nullable: false);
                migrationBuilder.AddColumn<long>(name: "Sequence", table: "Servers", nullable: false)
                    .Annotation("SqlServer:Identity", "1, 1");
        """), "sqlserver").RunAsync();

    [Fact]
    public Task EfScaffoldedClrDefault_IsLeftToINTR216() => Test.Code(EfUp("AddCustomerTier", """
        migrationBuilder.AddColumn<int>(name: "Tier", table: "Customers", type: "integer", nullable: false, defaultValue: 0);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfRequiredColumnOfANewTableOrInDown_DoesNotTrigger() => Test.Code(EfUp(
        "CreateAlertOutbox",
        """
        migrationBuilder.CreateTable(
                    name: "AlertOutbox",
                    columns: table => new { Id = table.Column<long>(type: "bigint", nullable: false) });
                migrationBuilder.AddColumn<string>(name: "Channel", table: "AlertOutbox", type: "text", nullable: false);
        """,
        """
        migrationBuilder.AddColumn<string>(name: "LegacyRackCode", table: "Servers", type: "text", nullable: false);
        """), "postgresql").RunAsync();

    [Fact]
    public Task FluentNotNullableColumnWithoutDefault_Triggers() => Test.Code(Test.FluentUsings + """
        [Migration(2026021001)]
        public sealed class AddInvoiceLineVatRate : Migration
        {
            public override void Up()
            {
                Alter.Table("invoice_lines").{|INTR207:AddColumn|}("vat_rate").AsDecimal(5, 2).NotNullable();
                Alter.Table("invoices").{|INTR207:AddColumn|}("tax_region").AsString(8);
                Create.{|INTR207:Column|}("cost_center").OnTable("invoices").AsInt32();
            }

            public override void Down() => Delete.Column("vat_rate").FromTable("invoice_lines");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentSafeAdditions_DoNotTrigger() => Test.Code(Test.FluentUsings + """
        [Migration(2026011201)]
        public sealed class AddInvoiceColumns : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices")
                    .AddColumn("po_number").AsString(64).Nullable()
                    .AddColumn("segment").AsString(16).NotNullable().WithDefaultValue("hosting")
                    .AddColumn("printed_at").AsDateTimeOffset().NotNullable().WithDefault(SystemMethods.CurrentUTCDateTime)
                    .AddColumn("sequence").AsInt64().NotNullable().Identity();
                Create.Table("credit_notes")
                    .WithColumn("id").AsInt64().PrimaryKey().Identity();
                Alter.Table("credit_notes").AddColumn("amount").AsDecimal(12, 2).NotNullable();
            }

            public override void Down() => Alter.Table("invoices").AddColumn("legacy_ticket_ref").AsString(40).NotNullable();
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task PostgresScriptNotNullColumnWithoutDefault_Triggers() => Test.Scripts(
        "postgresql",
        ("0011_add_usage_tenant.sql", "{|INTR207:ALTER TABLE usage_records ADD COLUMN tenant_id integer NOT NULL|};")).RunAsync();

    [Fact]
    public Task PostgresScriptSafeAdditions_DoNotTrigger() => Test.Scripts(
        "postgresql",
        ("0002_add_usage_columns.sql", """
            ALTER TABLE usage_records ADD COLUMN region text NULL;
            ALTER TABLE usage_records ADD COLUMN source text NOT NULL DEFAULT 'agent';
            ALTER TABLE usage_records ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
            ALTER TABLE usage_records ADD COLUMN qty_rounded numeric GENERATED ALWAYS AS (round(qty)) STORED;
            CREATE TABLE usage_corrections (id bigint PRIMARY KEY);
            ALTER TABLE usage_corrections ADD COLUMN reason text NOT NULL;
            """)).RunAsync();

    [Fact]
    public Task TSqlScriptNotNullColumnWithoutDefault_Triggers() => Test.Scripts(
        "sqlserver",
        ("0012_add_rack.sql", "{|INTR207:ALTER TABLE dbo.Servers ADD RackId int NOT NULL|};")).RunAsync();

    [Fact]
    public Task TSqlScriptSafeAdditions_DoNotTrigger() => Test.Scripts(
        "sqlserver",
        ("0013_add_server_columns.sql", """
            ALTER TABLE dbo.Servers ADD RackUnit int NOT NULL CONSTRAINT DF_Servers_RackUnit DEFAULT 1;
            ALTER TABLE dbo.Servers ADD RowVer rowversion NOT NULL;
            ALTER TABLE dbo.Servers ADD Fqdn AS (Hostname + '.ops.example');
            ALTER TABLE dbo.Servers ADD Notes nvarchar(max) NULL;
            """)).RunAsync();

    [Fact]
    public Task TSqlScriptIdentityColumn_DoesNotTrigger() => Test.Scripts(
        "sqlserver",
        ("0014_add_sequence.sql", "ALTER TABLE dbo.Servers ADD Seq bigint IDENTITY(1, 1) NOT NULL;")).RunAsync();

    [Fact]
    public Task EfRequiredColumnOfANewTableInAnotherSchema_DoesNotTrigger() => Test.Code(EfUp("CreateBillingRuns", """
        migrationBuilder.CreateTable(
                    name: "BillingRuns",
                    schema: "billing",
                    columns: table => new { Id = table.Column<long>(type: "bigint", nullable: false) });
                migrationBuilder.AddColumn<string>(name: "Period", table: "billingruns", schema: "billing", type: "text", nullable: false);
        """), "postgresql").RunAsync();
}

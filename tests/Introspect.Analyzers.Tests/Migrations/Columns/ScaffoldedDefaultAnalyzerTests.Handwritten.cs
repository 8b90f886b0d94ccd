using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.ScaffoldedDefaultAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>
/// INTR216 on FluentMigrator and SQL, where defaults are written by hand: only placeholders that are never data
/// (an empty string, the empty GUID, 0001-01-01) are reported; a hand-written 0 or false is taken as chosen.
/// </summary>
public sealed partial class ScaffoldedDefaultAnalyzerTests
{
    [Fact]
    public Task FluentEmptyStringAndEmptyGuid_Trigger() => Test.Code(Test.FluentUsings + """
        [Migration(2026040101)]
        public sealed class AddInvoiceReferences : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices")
                    .{|INTR216:AddColumn|}("external_ref").AsString(64).NotNullable().WithDefaultValue("")
                    .{|INTR216:AddColumn|}("tenant_id").AsGuid().NotNullable().WithDefaultValue(Guid.Empty);
            }

            public override void Down() => Delete.Column("external_ref").Column("tenant_id").FromTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentChosenZeroFalseAndValues_DoNotTrigger() => Test.Code(Test.FluentUsings + """
        [Migration(2026040201)]
        public sealed class AddInvoiceCounters : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices")
                    .AddColumn("reminder_count").AsInt32().NotNullable().WithDefaultValue(0)
                    .AddColumn("exported").AsBoolean().NotNullable().WithDefaultValue(false)
                    .AddColumn("segment").AsString(16).NotNullable().WithDefaultValue("hosting")
                    .AddColumn("note").AsString(200).Nullable().WithDefaultValue("");
            }

            public override void Down() => Delete.Column("reminder_count").Column("exported").Column("segment").Column("note").FromTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task PostgresScriptEmptyStringDefault_Triggers() => Test.Scripts(
        "postgresql",
        ("0015_add_contract.sql", "{|INTR216:ALTER TABLE customers ADD COLUMN contract_number varchar(32) NOT NULL DEFAULT ''::character varying|};")).RunAsync();

    [Fact]
    public Task PostgresScriptChosenDefaults_DoNotTrigger() => Test.Scripts(
        "postgresql",
        ("0016_add_flags.sql", """
            ALTER TABLE daily_usage_rollups ADD COLUMN exported boolean NOT NULL DEFAULT false;
            ALTER TABLE daily_usage_rollups ADD COLUMN retries integer NOT NULL DEFAULT 0;
            ALTER TABLE daily_usage_rollups ADD COLUMN source text NOT NULL DEFAULT 'agent';
            """)).RunAsync();

    [Fact]
    public Task TSqlScriptPlaceholders_Trigger() => Test.Scripts(
        "sqlserver",
        ("0017_add_customer_refs.sql", """
            {|INTR216:ALTER TABLE dbo.Customers ADD ContractNumber nvarchar(32) NOT NULL DEFAULT N''|};
            {|INTR216:ALTER TABLE dbo.Customers ADD TenantId uniqueidentifier NOT NULL CONSTRAINT DF_Customers_TenantId DEFAULT ('00000000-0000-0000-0000-000000000000')|};
            {|INTR216:ALTER TABLE dbo.Customers ADD SignedAt datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00'|};
            """)).RunAsync();

    [Fact]
    public Task TSqlScriptChosenDefaults_DoNotTrigger() => Test.Scripts(
        "sqlserver",
        ("0018_add_customer_flags.sql", """
            ALTER TABLE dbo.Customers ADD IsActive bit NOT NULL DEFAULT 1;
            ALTER TABLE dbo.Customers ADD Retries int NOT NULL DEFAULT 0;
            ALTER TABLE dbo.Customers ADD TenantId uniqueidentifier NOT NULL DEFAULT NEWID();
            """)).RunAsync();
}

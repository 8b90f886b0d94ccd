using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.ColumnTypeChangeAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>
/// INTR205 on FluentMigrator migrations and SQL scripts, which do not state the old type: it comes from the earlier
/// migrations, and when they do not know the column only a bare type change to a bounded type is reported.
/// </summary>
public sealed partial class ColumnTypeChangeAnalyzerTests
{
    private const string CreateInvoices = """
        [Migration(2026010101)]
        public sealed class CreateInvoiceTables : AutoReversingMigration
        {
            public override void Up() =>
                Create.Table("invoices")
                    .WithColumn("id").AsInt64().PrimaryKey().Identity()
                    .WithColumn("number").AsString(32).NotNullable()
                    .WithColumn("line_count").AsInt64().NotNullable()
                    .WithColumn("currency").AsFixedLengthString(3).Nullable();
        }

        """;

    [Fact]
    public Task FluentShorterStringThanTheCreatedOne_Triggers() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026030101)]
        public sealed class ShortenInvoiceNumber : Migration
        {
            public override void Up() => Alter.{|#0:Column|}("number").OnTable("invoices").AsString(16).NotNullable();

            public override void Down() => Alter.Column("number").OnTable("invoices").AsString(32).NotNullable();
        }
        """,
        "postgresql",
        new DiagnosticResult("INTR205", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "ShortenInvoiceNumber", "invoices", "number", "from String(32) to String(16), which is shorter, so longer values no longer fit",
            "PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock that blocks reads and writes")).RunAsync();

    [Fact]
    public Task FluentSmallerIntegerInAlterTable_Triggers() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026030201)]
        public sealed class CompactLineCount : Migration
        {
            public override void Up() => Alter.Table("invoices").{|INTR205:AlterColumn|}("line_count").AsInt16().NotNullable();

            public override void Down() => Alter.Table("invoices").AlterColumn("line_count").AsInt64().NotNullable();
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task FluentBareTypeChangeOfAColumnTheMigrationsDoNotKnow_TriggersAsCannotTell() => Test.Code(Test.FluentUsings + """
        [Migration(2026030301)]
        public sealed class ShortenLegacyCode : Migration
        {
            public override void Up() => Alter.{|#0:Column|}("code").OnTable("legacy_customers").AsString(16);

            public override void Down() => Alter.Column("code").OnTable("legacy_customers").AsString(64);
        }
        """,
        "postgresql",
        new DiagnosticResult("INTR205", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "ShortenLegacyCode", "legacy_customers", "code", "to String(16), and its earlier type is not in the migrations, so check that this does not narrow it",
            "PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock that blocks reads and writes")).RunAsync();

    [Fact]
    public Task FluentRestatedColumnOnlyChangingNullability_DoesNotTrigger() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026020501)]
        public sealed class RequireInvoiceCurrency : Migration
        {
            public override void Up() => Alter.Column("currency").OnTable("invoices").AsFixedLengthString(3).NotNullable();

            public override void Down() => Alter.Column("currency").OnTable("invoices").AsFixedLengthString(3).Nullable();
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentLongerString_DoesNotTrigger() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026030101)]
        public sealed class WidenInvoiceNumber : Migration
        {
            public override void Up() => Alter.Column("number").OnTable("invoices").AsString(64).NotNullable();

            public override void Down() => Alter.Column("number").OnTable("invoices").AsString(32).NotNullable();
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentRestatedColumnTheMigrationsDoNotKnow_DoesNotTrigger() => Test.Code(Test.FluentUsings + """
        [Migration(2026030301)]
        public sealed class RequireLegacyCode : Migration
        {
            public override void Up() => Alter.Column("code").OnTable("legacy_customers").AsString(16).NotNullable();

            public override void Down() => Alter.Column("code").OnTable("legacy_customers").AsString(16).Nullable();
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentNarrowingInDownOnly_DoesNotTrigger() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026030101)]
        public sealed class WidenInvoiceNumber : Migration
        {
            public override void Up() => Alter.Column("number").OnTable("invoices").AsString(40).NotNullable();

            public override void Down() => Alter.Column("number").OnTable("invoices").AsString(8).NotNullable();
        }
        """, "postgresql").RunAsync();

    private const string CreateUsageRecords = """
        CREATE TABLE usage_records (
            id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            payload     text          NOT NULL,
            unit        varchar(32)   NOT NULL
        );
        """;

    [Fact]
    public Task PostgresScriptNarrowingWhatAnEarlierScriptCreated_Triggers() => Test.Scripts(
        "postgresql",
        ("0001_create_usage_tables.sql", CreateUsageRecords),
        ("0007_narrow_usage_unit.sql", "{|INTR205:ALTER TABLE usage_records ALTER COLUMN unit TYPE varchar(16)|};")).RunAsync();

    [Fact]
    public Task PostgresScriptTextToJsonb_Triggers() => Test.Scripts(
        "postgresql",
        ("0001_create_usage_tables.sql", CreateUsageRecords),
        ("0011_payload_as_json.sql", "{|INTR205:ALTER TABLE usage_records ALTER COLUMN payload SET DATA TYPE jsonb USING payload::jsonb|};")).RunAsync();

    [Fact]
    public Task PostgresScriptBoundedTypeOfAnUnknownColumn_TriggersAsCannotTell() => Test.Scripts(
        "postgresql",
        ("0007_narrow_usage_unit.sql", "{|INTR205:ALTER TABLE usage_records ALTER COLUMN unit TYPE varchar(16)|};")).RunAsync();

    [Fact]
    public Task PostgresScriptWidenings_DoNotTrigger() => Test.Scripts(
        "postgresql",
        ("0001_create_usage_tables.sql", CreateUsageRecords),
        ("0012_widen_unit.sql", "ALTER TABLE usage_records ALTER COLUMN unit TYPE varchar(64);"),
        ("0013_unit_as_text.sql", "ALTER TABLE usage_records ALTER COLUMN unit TYPE text;")).RunAsync();

    [Fact]
    public Task PostgresScriptUnboundedTypeOfAnUnknownColumn_DoesNotTrigger() => Test.Scripts(
        "postgresql",
        ("0014_metric_as_text.sql", "ALTER TABLE usage_records ALTER COLUMN metric TYPE text;")).RunAsync();

    [Fact]
    public Task PostgresScriptNarrowingInTheScriptThatCreatesTheTable_DoesNotTrigger() => Test.Scripts(
        "postgresql",
        ("0001_create_usage_tables.sql", CreateUsageRecords + "\nALTER TABLE usage_records ALTER COLUMN unit TYPE varchar(8);")).RunAsync();

    [Fact]
    public Task TSqlScriptNarrowingAndDroppingUnicode_Triggers() => Test.Scripts(
        "sqlserver",
        ("0001_servers.sql", "CREATE TABLE dbo.Servers (Id int IDENTITY PRIMARY KEY, Hostname nvarchar(255) NOT NULL, Notes nvarchar(max) NULL);"),
        ("0002_tighten.sql", """
            {|INTR205:ALTER TABLE dbo.Servers ALTER COLUMN Hostname nvarchar(63) NOT NULL|};
            {|INTR205:ALTER TABLE dbo.Servers ALTER COLUMN Notes varchar(max) NULL|};
            """)).RunAsync();

    [Fact]
    public Task TSqlScriptWideningAndRestatingAnUnknownColumn_DoNotTrigger() => Test.Scripts(
        "sqlserver",
        ("0001_servers.sql", "CREATE TABLE dbo.Servers (Id int IDENTITY PRIMARY KEY, Hostname nvarchar(255) NOT NULL);"),
        ("0002_widen.sql", """
            ALTER TABLE dbo.Servers ALTER COLUMN Hostname nvarchar(320) NOT NULL;
            ALTER TABLE dbo.Customers ALTER COLUMN Code nvarchar(16) NOT NULL;
            """)).RunAsync();
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.SetNotNullAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>
/// INTR206 on FluentMigrator migrations and SQL scripts: a bare SET NOT NULL says it changes; a restated column
/// (Alter.Column, T-SQL ALTER COLUMN) is reported when the earlier migrations show it was nullable.
/// </summary>
public sealed partial class SetNotNullAnalyzerTests
{
    private const string CreateInvoices = """
        [Migration(2026010101)]
        public sealed class CreateInvoiceTables : AutoReversingMigration
        {
            public override void Up() =>
                Create.Table("invoices")
                    .WithColumn("id").AsInt64().PrimaryKey().Identity()
                    .WithColumn("number").AsString(32).NotNullable()
                    .WithColumn("currency").AsFixedLengthString(3).Nullable();
        }

        """;

    [Fact]
    public Task FluentNotNullableOnAColumnCreatedNullable_Triggers() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026020501)]
        public sealed class RequireInvoiceCurrency : Migration
        {
            public override void Up() => Alter.{|#0:Column|}("currency").OnTable("invoices").AsFixedLengthString(3).NotNullable();

            public override void Down() => Alter.Column("currency").OnTable("invoices").AsFixedLengthString(3).Nullable();
        }
        """,
        "postgresql",
        new DiagnosticResult("INTR206", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "RequireInvoiceCurrency", "invoices", "currency", "PostgreSQL scans the whole table under an ACCESS EXCLUSIVE lock to check it",
            "backfill it first, add CHECK (currency IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan thanks to the validated check) once no running version writes NULL")).RunAsync();

    [Fact]
    public Task FluentAlterWithoutNullabilityOnSqlServer_TriggersBecauseTheGeneratorWritesNotNull() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026020601)]
        public sealed class CurrencyAsAnsi : Migration
        {
            public override void Up() => Alter.Table("invoices").{|INTR206:AlterColumn|}("currency").AsFixedLengthAnsiString(3);

            public override void Down() => Alter.Table("invoices").AlterColumn("currency").AsFixedLengthString(3).Nullable();
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task FluentNotNullableOnAColumnTheMigrationsDoNotKnow_DoesNotTrigger() => Test.Code(Test.FluentUsings + """
        [Migration(2026020501)]
        public sealed class RestateLegacyCode : Migration
        {
            public override void Up() => Alter.Column("code").OnTable("legacy_customers").AsString(64).NotNullable();

            public override void Down() => Alter.Column("code").OnTable("legacy_customers").AsString(32).NotNullable();
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentNotNullableOnAColumnThatWasNotNull_DoesNotTrigger() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026030101)]
        public sealed class WidenInvoiceNumber : Migration
        {
            public override void Up() => Alter.Column("number").OnTable("invoices").AsString(64).NotNullable();

            public override void Down() => Alter.Column("number").OnTable("invoices").AsString(32).NotNullable();
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentAlterWithoutNullabilityOnPostgres_DoesNotTrigger() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026020601)]
        public sealed class WidenCurrency : Migration
        {
            public override void Up() => Alter.Column("currency").OnTable("invoices").AsString(8);

            public override void Down() => Alter.Column("currency").OnTable("invoices").AsFixedLengthString(3);
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentNullable_DoesNotTrigger() => Test.Code(Test.FluentUsings + CreateInvoices + """
        [Migration(2026020601)]
        public sealed class OptionalInvoiceNumber : Migration
        {
            public override void Up() => Alter.Column("number").OnTable("invoices").AsString(32).Nullable();

            public override void Down() => Alter.Column("number").OnTable("invoices").AsString(32).NotNullable();
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task PostgresScriptSetNotNullOnAColumnAddedNullable_Triggers() => Test.Scripts(
        "postgresql",
        ("0002_add_usage_region.sql", "ALTER TABLE usage_records ADD COLUMN region text NULL;"),
        ("0008_require_usage_region.sql", "{|INTR206:ALTER TABLE usage_records ALTER COLUMN region SET NOT NULL|};")).RunAsync();

    [Fact]
    public Task PostgresScriptSetNotNullOnAColumnTheScriptsDoNotKnow_Triggers() => Test.Scripts(
        "postgresql",
        ("0008_require_usage_region.sql", "{|INTR206:ALTER TABLE usage_records ALTER COLUMN region SET NOT NULL|};")).RunAsync();

    [Fact]
    public Task PostgresScriptDropNotNullAndCheckNotValid_DoNotTrigger() => Test.Scripts(
        "postgresql",
        ("0009_relax.sql", """
            ALTER TABLE usage_records ALTER COLUMN unit DROP NOT NULL;
            ALTER TABLE usage_records ADD CONSTRAINT usage_region_not_null CHECK (region IS NOT NULL) NOT VALID;
            """)).RunAsync();

    [Fact]
    public Task PostgresScriptSetNotNullOnAColumnThatIsAlreadyNotNull_DoesNotTrigger() => Test.Scripts(
        "postgresql",
        ("0001_create.sql", "CREATE TABLE usage_records (id bigint PRIMARY KEY, unit varchar(32) NOT NULL);"),
        ("0009_restate.sql", "ALTER TABLE usage_records ALTER COLUMN unit SET NOT NULL;")).RunAsync();

    [Fact]
    public Task PostgresScriptSetNotNullInTheScriptThatCreatesTheTable_DoesNotTrigger() => Test.Scripts(
        "postgresql",
        ("0003_create_export_runs.sql", """
            CREATE TABLE export_runs (id bigint PRIMARY KEY, file_name text);
            ALTER TABLE export_runs ALTER COLUMN file_name SET NOT NULL;
            """)).RunAsync();

    [Fact]
    public Task TSqlScriptNotNullOnAColumnAddedNullable_Triggers() => Test.Scripts(
        "sqlserver",
        ("0001_servers.sql", "CREATE TABLE dbo.Servers (Id int IDENTITY PRIMARY KEY, Region nvarchar(16) NULL);"),
        ("0002_require_region.sql", "{|INTR206:ALTER TABLE dbo.Servers ALTER COLUMN Region nvarchar(16) NOT NULL|};")).RunAsync();

    [Fact]
    public Task TSqlScriptNotNullOnAColumnTheScriptsDoNotKnow_DoesNotTrigger() => Test.Scripts(
        "sqlserver",
        ("0002_widen_code.sql", "ALTER TABLE dbo.Customers ALTER COLUMN Code nvarchar(64) NOT NULL;")).RunAsync();

    [Fact]
    public Task TSqlScriptNull_DoesNotTrigger() => Test.Scripts(
        "sqlserver",
        ("0001_servers.sql", "CREATE TABLE dbo.Servers (Id int IDENTITY PRIMARY KEY, Region nvarchar(16) NOT NULL);"),
        ("0002_relax_region.sql", "ALTER TABLE dbo.Servers ALTER COLUMN Region nvarchar(16) NULL;")).RunAsync();
}

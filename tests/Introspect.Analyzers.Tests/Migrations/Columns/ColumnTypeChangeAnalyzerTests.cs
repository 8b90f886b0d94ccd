using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.ColumnTypeChangeAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>INTR205 on EF Core migrations, whose AlterColumn states the column as it was.</summary>
public sealed partial class ColumnTypeChangeAnalyzerTests
{
    private static string EfAlter(string name, string alteration, string down = "") => Test.EfUsings + $$"""
        public partial class {{name}} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                {{alteration}}
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                {{down}}
            }
        }
        """;

    [Fact]
    public Task EfShorterVarchar_TriggersWithThePostgreSqlRewrite() => Test.Code(
        EfAlter("NarrowServerHostname", """
            migrationBuilder.{|#0:AlterColumn<string>|}(
                        name: "Hostname",
                        table: "Servers",
                        type: "character varying(63)",
                        maxLength: 63,
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "character varying(255)",
                        oldMaxLength: 255);
            """),
        "postgresql",
        new DiagnosticResult("INTR205", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'NarrowServerHostname' changes column Servers.Hostname from character varying(255) to character varying(63), which is shorter, so longer values no longer fit: writes of the running version of the app may fail or be truncated, and PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock that blocks reads and writes; add a new column with the new type, backfill it in batches, switch the code to it, and drop the old column in a later release")).RunAsync();

    [Fact]
    public Task EfTextToJsonb_TriggersAsAConversion() => Test.Code(
        EfAlter("StoreAlertPayloadAsJson", """
            migrationBuilder.{|#0:AlterColumn<string>|}(
                        name: "Payload",
                        table: "AlertOutbox",
                        type: "jsonb",
                        nullable: false,
                        oldClrType: typeof(string),
                        oldType: "text");
            """),
        "postgresql",
        new DiagnosticResult("INTR205", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "StoreAlertPayloadAsJson", "AlertOutbox", "Payload", "from text to jsonb, which is a conversion to another kind of value",
            "PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock that blocks reads and writes")).RunAsync();

    [Fact]
    public Task EfBigintToInt_Triggers() => Test.Code(EfAlter("ShrinkSnapshotSize", """
        migrationBuilder.{|INTR205:AlterColumn<int>|}(
                    name: "SizeBytes",
                    table: "Snapshots",
                    type: "int",
                    nullable: false,
                    oldClrType: typeof(long),
                    oldType: "bigint");
        """), "sqlserver").RunAsync();

    [Fact]
    public Task EfStringToInt_Triggers() => Test.Code(EfAlter("RackUnitAsNumber", """
        migrationBuilder.{|INTR205:AlterColumn<int>|}(
                    name: "RackUnit",
                    table: "Servers",
                    type: "integer",
                    nullable: false,
                    oldClrType: typeof(string),
                    oldType: "character varying(8)",
                    oldMaxLength: 8);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfNvarcharMaxToBoundedAndToVarchar_TriggersOnSqlServer() => Test.Code(EfAlter("TightenCustomerColumns", """
        migrationBuilder.{|INTR205:AlterColumn<string>|}(
                    name: "Notes",
                    table: "Customers",
                    type: "nvarchar(500)",
                    maxLength: 500,
                    nullable: true,
                    oldClrType: typeof(string),
                    oldType: "nvarchar(max)",
                    oldNullable: true);

                migrationBuilder.{|INTR205:AlterColumn<string>|}(
                    name: "DisplayName",
                    table: "Customers",
                    type: "varchar(200)",
                    unicode: false,
                    maxLength: 200,
                    nullable: false,
                    oldClrType: typeof(string),
                    oldType: "nvarchar(200)",
                    oldMaxLength: 200);
        """), "sqlserver").RunAsync();

    [Fact]
    public Task EfFewerDigitsBeforeThePoint_Triggers() => Test.Code(EfAlter("MorePreciseUnitPrice", """
        migrationBuilder.{|INTR205:AlterColumn<decimal>|}(
                    name: "UnitPrice",
                    table: "InvoiceLines",
                    type: "numeric(12,4)",
                    precision: 12,
                    scale: 4,
                    nullable: false,
                    oldClrType: typeof(decimal),
                    oldType: "numeric(12,2)",
                    oldPrecision: 12,
                    oldScale: 2);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfWidenings_DoNotTrigger() => Test.Code(EfAlter("WidenColumns", """
        migrationBuilder.AlterColumn<string>(
                    name: "BillingEmail", table: "Customers", type: "character varying(320)", maxLength: 320, nullable: false,
                    oldClrType: typeof(string), oldType: "character varying(200)", oldMaxLength: 200);
                migrationBuilder.AlterColumn<long>(
                    name: "SizeBytes", table: "Snapshots", type: "bigint", nullable: false,
                    oldClrType: typeof(int), oldType: "integer");
                migrationBuilder.AlterColumn<decimal>(
                    name: "Total", table: "Invoices", type: "numeric(12,2)", precision: 12, scale: 2, nullable: false,
                    oldClrType: typeof(decimal), oldType: "numeric(10,2)", oldPrecision: 10, oldScale: 2);
                migrationBuilder.AlterColumn<string>(
                    name: "Notes", table: "Servers", type: "text", nullable: true,
                    oldClrType: typeof(string), oldType: "character varying(500)", oldMaxLength: 500, oldNullable: true);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfNullabilityOnlyChange_DoesNotTrigger() => Test.Code(EfAlter("AllowEmptyDatacenter", """
        migrationBuilder.AlterColumn<string>(
                    name: "DatacenterCode", table: "Servers", type: "character varying(16)", maxLength: 16, nullable: true,
                    oldClrType: typeof(string), oldType: "character varying(16)", oldMaxLength: 16);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfNarrowingInDownOnly_DoesNotTrigger() => Test.Code(EfAlter(
        "WidenCustomerBillingEmail",
        """
        migrationBuilder.AlterColumn<string>(
                    name: "BillingEmail", table: "Customers", type: "character varying(320)", maxLength: 320, nullable: false,
                    oldClrType: typeof(string), oldType: "character varying(200)", oldMaxLength: 200);
        """,
        """
        migrationBuilder.AlterColumn<string>(
                    name: "BillingEmail", table: "Customers", type: "character varying(200)", maxLength: 200, nullable: false,
                    oldClrType: typeof(string), oldType: "character varying(320)", oldMaxLength: 320);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfNarrowingOnATableCreatedInTheSameMigration_DoesNotTrigger() => Test.Code(EfAlter("CreateAlertOutbox", """
        migrationBuilder.CreateTable(
                    name: "AlertOutbox",
                    columns: table => new { Id = table.Column<long>(type: "bigint", nullable: false), Channel = table.Column<string>(type: "text", nullable: false) });
                migrationBuilder.AlterColumn<string>(
                    name: "Channel", table: "AlertOutbox", type: "character varying(8)", maxLength: 8, nullable: false,
                    oldClrType: typeof(string), oldType: "text");
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfTypeChangeInsideRawSql_IsLeftToTheRawSqlRule() => Test.Code(EfAlter("NarrowViaSql", """
        migrationBuilder.Sql("ALTER TABLE \"Servers\" ALTER COLUMN \"Hostname\" TYPE character varying(63);");
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfCustomTypesThatCannotBeCompared_DoNotTrigger() => Test.Code(EfAlter("UseCaseInsensitiveEmail", """
        migrationBuilder.AlterColumn<string>(
                    name: "BillingEmail", table: "Customers", type: "citext", nullable: false,
                    oldClrType: typeof(string), oldType: "email_address");
        """), "postgresql").RunAsync();

    [Fact]
    public async Task ShippedNarrowing_IsReportedAsANote()
    {
        var test = Test.Code(
            EfAlter("NarrowServerHostname", """
                migrationBuilder.{|#0:AlterColumn<string>|}(
                            name: "Hostname", table: "Servers", type: "character varying(63)", maxLength: 63, nullable: false,
                            oldClrType: typeof(string), oldType: "character varying(255)", oldMaxLength: 255);
                """).Replace("public partial class", "[Migration(\"20260519090146_NarrowServerHostname\")]\npublic partial class", StringComparison.Ordinal),
            provider: null,
            new DiagnosticResult("INTR205", DiagnosticSeverity.Info).WithLocation(0));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 20260519090146\n"));

        await test.RunAsync();
    }
}

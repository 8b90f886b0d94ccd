using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.SetNotNullAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>INTR206 on EF Core migrations: AlterColumn with nullable: false and oldNullable: true.</summary>
public sealed partial class SetNotNullAnalyzerTests
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

    private const string RequireDatacenterCode = """
        migrationBuilder.{|#0:AlterColumn<string>|}(
                    name: "DatacenterCode",
                    table: "Servers",
                    type: "character varying(16)",
                    maxLength: 16,
                    nullable: false,
                    defaultValue: "",
                    oldClrType: typeof(string),
                    oldType: "character varying(16)",
                    oldMaxLength: 16,
                    oldNullable: true);
        """;

    [Fact]
    public Task EfNullableToNotNullOnPostgres_TriggersWithTheCheckConstraintSteps() => Test.Code(
        EfUp("RequireServerDatacenterCode", RequireDatacenterCode),
        "postgresql",
        new DiagnosticResult("INTR206", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'RequireServerDatacenterCode' makes column Servers.DatacenterCode NOT NULL while the running version of the app may still write NULL there and fail, and PostgreSQL scans the whole table under an ACCESS EXCLUSIVE lock to check it; backfill it first, add CHECK (DatacenterCode IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan thanks to the validated check) once no running version writes NULL")).RunAsync();

    [Fact]
    public Task EfNullableToNotNullWithAChosenDefaultOnSqlServer_Triggers() => Test.Code(EfUp("RequireServerRegion", """
        migrationBuilder.{|INTR206:AlterColumn<string>|}(
                    name: "Region", table: "Servers", type: "nvarchar(16)", maxLength: 16, nullable: false, defaultValue: "eu-central",
                    oldClrType: typeof(string), oldType: "nvarchar(16)", oldMaxLength: 16, oldNullable: true);
        """), "sqlserver").RunAsync();

    [Fact]
    public Task EfNullableToNotNullWithoutProvider_Triggers() => Test.Code(EfUp("RequireSnapshotSize", """
        migrationBuilder.{|INTR206:AlterColumn<long>|}(
                    name: "SizeBytes", table: "Snapshots", nullable: false,
                    oldClrType: typeof(long), oldNullable: true);
        """)).RunAsync();

    [Fact]
    public Task EfScaffoldedDefaultOnSqlServer_IsLeftToINTR216() => Test.Code(
        EfUp("RequireServerDatacenterCode", RequireDatacenterCode.Replace("{|#0:AlterColumn<string>|}", "AlterColumn<string>", StringComparison.Ordinal)),
        "sqlserver").RunAsync();

    [Fact]
    public Task EfNotNullToNullable_DoesNotTrigger() => Test.Code(EfUp("AllowEmptyDatacenter", """
        migrationBuilder.AlterColumn<string>(
                    name: "DatacenterCode", table: "Servers", type: "character varying(16)", maxLength: 16, nullable: true,
                    oldClrType: typeof(string), oldType: "character varying(16)", oldMaxLength: 16);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfAlterationOfANotNullColumn_DoesNotTrigger() => Test.Code(EfUp("WidenCustomerBillingEmail", """
        migrationBuilder.AlterColumn<string>(
                    name: "BillingEmail", table: "Customers", type: "character varying(320)", maxLength: 320, nullable: false,
                    oldClrType: typeof(string), oldType: "character varying(200)", oldMaxLength: 200);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfNotNullInDownOnly_DoesNotTrigger() => Test.Code(EfUp(
        "AllowEmptyDatacenter",
        """
        migrationBuilder.AlterColumn<string>(
                    name: "DatacenterCode", table: "Servers", type: "character varying(16)", nullable: true,
                    oldClrType: typeof(string), oldType: "character varying(16)");
        """,
        RequireDatacenterCode.Replace("{|#0:AlterColumn<string>|}", "AlterColumn<string>", StringComparison.Ordinal)), "postgresql").RunAsync();

    [Fact]
    public Task EfNotNullOnATableCreatedInTheSameMigration_DoesNotTrigger() => Test.Code(EfUp("CreateMaintenanceWindows", """
        migrationBuilder.CreateTable(
                    name: "MaintenanceWindows",
                    columns: table => new { Id = table.Column<int>(type: "integer", nullable: false), Reason = table.Column<string>(type: "text", nullable: true) });
                migrationBuilder.AlterColumn<string>(
                    name: "Reason", table: "MaintenanceWindows", type: "text", nullable: false,
                    oldClrType: typeof(string), oldType: "text", oldNullable: true);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfSetNotNullInsideRawSql_IsLeftToTheRawSqlRule() => Test.Code(EfUp("RequireViaSql", """
        migrationBuilder.Sql("ALTER TABLE \"Servers\" ALTER COLUMN \"DatacenterCode\" SET NOT NULL;");
        """), "postgresql").RunAsync();
}

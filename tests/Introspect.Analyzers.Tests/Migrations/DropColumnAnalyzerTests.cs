using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.DropColumnAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations;

public sealed partial class DropColumnAnalyzerTests
{
    private const string Usings = """
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    [Fact]
    public Task EfCoreDropColumn_Triggers() => Verify.VerifyAsync(Usings + """
        [Migration("20260421103307_DropServerLegacyRackCode")]
        public class DropServerLegacyRackCode : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.{|INTR201:DropColumn|}(name: "LegacyRackCode", table: "Servers");
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<string>(name: "LegacyRackCode", table: "Servers", nullable: true);
            }
        }
        """);

    [Fact]
    public Task EfCoreDropColumnWithPositionalArguments_Triggers() => Verify.VerifyAsync(Usings + """
        public class DropTwoColumns : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.{|INTR201:DropColumn|}("LegacyRackCode", "Servers");
                migrationBuilder.{|INTR201:DropColumn|}("RackUnit", "Servers", schema: "inventory");
            }
        }
        """);

    [Fact]
    public Task DropInDown_DoesNotTrigger() => Verify.VerifyAsync(Usings + """
        public class AddServerNotes : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", nullable: true);

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.DropColumn(name: "Notes", table: "Servers");
        }
        """);

    [Fact]
    public Task DropOnATableCreatedInTheSameMigration_DoesNotTrigger() => Verify.VerifyAsync(Usings + """
        public class CreateAlertOutbox : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(
                    name: "AlertOutbox",
                    columns: table => new { Id = table.Column<long>(nullable: false), Draft = table.Column<string>(nullable: true) });
                migrationBuilder.DropColumn(name: "Draft", table: "AlertOutbox");
            }
        }
        """);

    [Fact]
    public Task DropInsideRawSql_IsLeftToTheRawSqlRule() => Verify.VerifyAsync(Usings + """
        public class DropViaSql : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("ALTER TABLE \"Servers\" DROP COLUMN \"LegacyRackCode\";");
        }
        """);

    [Fact]
    public Task LookAlikeOutsideAMigration_DoesNotTrigger() => Verify.VerifyAsync(Usings + """
        public class SchemaTool
        {
            public void DropColumn(string name, string table) { }

            public void Prune(MigrationBuilder builder) => DropColumn("LegacyRackCode", "Servers");
        }
        """);

    [Fact]
    public async Task ShippedMigration_IsReportedAsANote()
    {
        var test = new Verify.Test
        {
            TestCode = Usings + """
                [Migration("20260421103307_DropServerLegacyRackCode")]
                public class DropServerLegacyRackCode : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) =>
                        migrationBuilder.{|#0:DropColumn|}(name: "LegacyRackCode", table: "Servers");
                }

                [Migration("20260505142219_DropServerRackUnit")]
                public class DropServerRackUnit : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) =>
                        migrationBuilder.{|#1:DropColumn|}(name: "RackUnit", table: "Servers");
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult("INTR201", DiagnosticSeverity.Info).WithLocation(0).WithMessage(
                    "Migration 'DropServerLegacyRackCode' drops column Servers.LegacyRackCode while the running version of the app may still use it; stop using the column in this release and drop it in a later one (this migration has already shipped, so this is a note)"),
                new DiagnosticResult("INTR201", DiagnosticSeverity.Warning).WithLocation(1),
            },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 20260421103307\n"));

        await test.RunAsync();
    }

    private const string NoCode = "public static class Program { }\n";

    private static Verify.Test ScriptTest(string path, string script, string? globalConfig = null)
    {
        var test = new Verify.Test { TestCode = NoCode };
        test.TestState.AdditionalFiles.Add((path, script));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        return test;
    }

    [Fact]
    public Task ScriptDropColumn_Triggers() => ScriptTest("/0/Scripts/0006_drop_usage_legacy_sku.sql", """
        -- SKUs come from the product catalogue now.
        {|INTR201:ALTER TABLE usage_records DROP COLUMN legacy_sku|};
        """).RunAsync();

    [Fact]
    public async Task TSqlScriptDroppingTwoColumns_TriggersForEach()
    {
        var test = ScriptTest(
            "/0/Scripts/0007_drop_rack_columns.sql",
            """
            IF COL_LENGTH('dbo.Servers', 'LegacyRackCode') IS NOT NULL
            BEGIN
                {|#0:ALTER TABLE [dbo].[Servers] DROP COLUMN [LegacyRackCode], [RackUnit]|};
            END
            GO
            """,
            "introspect.migrations.provider = sqlserver\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR201", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("0007_drop_rack_columns", "dbo.Servers", "LegacyRackCode"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR201", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("0007_drop_rack_columns", "dbo.Servers", "RackUnit"));

        await test.RunAsync();
    }

    [Fact]
    public Task ScriptDroppingAColumnOfATableItCreates_DoesNotTrigger() => ScriptTest("/0/Scripts/0003_create_export_runs.sql", """
        CREATE TABLE export_runs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, draft text);
        ALTER TABLE export_runs DROP COLUMN draft;
        """).RunAsync();

    [Fact]
    public Task DropColumnInCommentsStringsAndFunctionBodies_DoesNotTrigger() => ScriptTest("/0/Scripts/0011_purge_function.sql", """
        -- Later: ALTER TABLE usage_records DROP COLUMN unit;
        /* ALTER TABLE usage_records DROP COLUMN metric; */
        INSERT INTO release_notes (text) VALUES ('ALTER TABLE usage_records DROP COLUMN qty;');
        CREATE FUNCTION purge_usage() RETURNS void LANGUAGE plpgsql AS $body$
        BEGIN
            ALTER TABLE usage_staging DROP COLUMN scratch;
        END;
        $body$;
        """).RunAsync();

    [Fact]
    public Task SafeScriptChanges_DoNotTrigger() => ScriptTest("/0/Scripts/0002_add_usage_region.sql", """
        ALTER TABLE usage_records ADD COLUMN region text NULL;
        ALTER TABLE usage_records DROP CONSTRAINT IF EXISTS ck_usage_unit;
        DROP INDEX CONCURRENTLY IF EXISTS ix_usage_records_metric;
        """).RunAsync();

    [Fact]
    public Task AdditionalFileThatIsNotSql_DoesNotTrigger() => ScriptTest("/0/Docs/runbook.md", """
        Run ALTER TABLE usage_records DROP COLUMN legacy_sku; only after release 4.3 is everywhere.
        """).RunAsync();

    [Fact]
    public Task ScriptOutsideTheConfiguredScriptFolders_DoesNotTrigger() => ScriptTest(
        "/0/Tools/cleanup.sql",
        "ALTER TABLE usage_records DROP COLUMN legacy_sku;",
        "introspect.migrations.scripts = **/Scripts/*.sql\n").RunAsync();

    [Fact]
    public Task ScriptInsideTheConfiguredScriptFolders_Triggers() => ScriptTest(
        "/0/Database/Scripts/0006_drop.sql",
        "{|INTR201:ALTER TABLE usage_records DROP COLUMN legacy_sku|};",
        "introspect.migrations.scripts = Scripts/*.sql\n").RunAsync();

    [Fact]
    public async Task ShippedScript_IsReportedAsANote()
    {
        var test = ScriptTest("/0/Scripts/0006_drop_usage_legacy_sku.sql", "{|#0:ALTER TABLE usage_records DROP COLUMN legacy_sku|};", "introspect.migrations.last_shipped = 0006\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR201", DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }
}

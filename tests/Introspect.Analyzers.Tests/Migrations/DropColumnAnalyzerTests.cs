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
}

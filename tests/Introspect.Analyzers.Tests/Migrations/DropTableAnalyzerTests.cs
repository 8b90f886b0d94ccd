using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.DropTableAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations;

public sealed class DropTableAnalyzerTests
{
    [Fact]
    public Task EfCoreDropTable_Triggers() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class DropHostGroups : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.{|INTR202:DropTable|}(name: "HostGroups");

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateTable(name: "HostGroups", columns: table => new { Id = table.Column<int>(nullable: false) });
        }
        """);

    [Fact]
    public Task EfCoreDropTableInASchema_Triggers() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class DropLegacyImport : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.{|INTR202:DropTable|}("zabbix_import", schema: "legacy");
        }
        """);

    [Fact]
    public Task DropTableInDown_DoesNotTrigger() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class AddAlertOutbox : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateTable(name: "AlertOutbox", columns: table => new { Id = table.Column<long>(nullable: false) });

            protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "AlertOutbox");
        }
        """);

    [Fact]
    public Task DropOfATemporaryTableCreatedInTheSameMigration_DoesNotTrigger() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class RebuildRollups : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(name: "rollup_staging", columns: table => new { Day = table.Column<int>(nullable: false) });
                migrationBuilder.DropTable(name: "rollup_staging");
            }
        }
        """);
}

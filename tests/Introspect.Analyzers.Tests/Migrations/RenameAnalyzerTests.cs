using ColumnVerify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.RenameColumnAnalyzer>;
using TableVerify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.RenameTableAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations;

public sealed class RenameAnalyzerTests
{
    [Fact]
    public Task EfCoreRenameColumn_Triggers() => ColumnVerify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class RenameHostVisibleNameToDisplayName : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR203:RenameColumn|}(name: "VisibleName", table: "MonitoredHosts", newName: "DisplayName");

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.RenameColumn(name: "DisplayName", table: "MonitoredHosts", newName: "VisibleName");
        }
        """);

    [Fact]
    public Task RenameColumnToTheSameNameInAnotherCase_DoesNotTrigger() => ColumnVerify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class FixHostnameCasing : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.RenameColumn(name: "hostname", table: "Servers", newName: "Hostname");
        }
        """);

    [Fact]
    public Task RenameColumnOfATableCreatedInTheSameMigration_DoesNotTrigger() => ColumnVerify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class CreateAlertOutbox : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(name: "AlertOutbox", columns: table => new { Txt = table.Column<string>(nullable: true) });
                migrationBuilder.RenameColumn(name: "Txt", table: "AlertOutbox", newName: "Body");
            }
        }
        """);

    [Fact]
    public Task RenameColumnInDown_DoesNotTrigger() => ColumnVerify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class AddDisplayName : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "DisplayName", table: "MonitoredHosts", nullable: true);

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.RenameColumn(name: "DisplayName", table: "MonitoredHosts", newName: "DisplayNameOld");
        }
        """);

    [Fact]
    public Task EfCoreRenameTable_Triggers() => TableVerify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class RenameCreditNotes : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR204:RenameTable|}(name: "CreditNotes", newName: "CreditMemos");

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.RenameTable(name: "CreditMemos", newName: "CreditNotes");
        }
        """);

    [Fact]
    public Task MovingATableBetweenSchemasUnderTheSameName_DoesNotTrigger() => TableVerify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class DropLegacySchema : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.RenameTable(name: "Servers", schema: "legacy", newName: "Servers");
        }
        """);
}

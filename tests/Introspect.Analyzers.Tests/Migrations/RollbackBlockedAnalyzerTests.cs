using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.RollbackBlockedAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations;

public sealed class RollbackBlockedAnalyzerTests
{
    [Fact]
    public Task EmptyDownAfterASchemaChange_Triggers() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class {|INTR212:DropHostGroups|} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "HostGroups");

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }
        """);

    [Fact]
    public Task ThrowingDown_Triggers() => Verify.VerifyAsync("""
        using System;
        using Microsoft.EntityFrameworkCore.Migrations;

        public class {|INTR212:NarrowHostname|} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AlterColumn<string>(name: "Hostname", table: "Servers", maxLength: 63, oldMaxLength: 255);

            protected override void Down(MigrationBuilder migrationBuilder) => throw new NotSupportedException("Forward only.");
        }
        """);

    [Fact]
    public Task MissingDown_Triggers() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class {|INTR212:AddServerNotes|} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", nullable: true);
        }
        """);

    [Fact]
    public Task DownThatUndoesUp_DoesNotTrigger() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class AddServerNotes : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", nullable: true);

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.DropColumn(name: "Notes", table: "Servers");
        }
        """);

    [Fact]
    public Task EmptyUpAndEmptyDown_DoesNotTrigger() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class Baseline : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }
        """);

    [Fact]
    public Task DataOnlyMigrationWithEmptyDown_DoesNotTrigger() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class SeedSupportTiers : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.InsertData(table: "SupportTiers", columns: new[] { "Id", "Name" }, values: new object[] { 1, "Standard" });

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }
        """);

    [Fact]
    public Task FluentMigratorDeleteOfAllRows_Triggers() => Verify.VerifyAsync("""
        using FluentMigrator;

        [Migration(2026040101)]
        public class PurgeReminderHistory : Migration
        {
            public override void Up() => Delete.{|INTR212:FromTable|}("reminder_history").AllRows();

            public override void Down()
            {
            }
        }
        """);

    [Fact]
    public Task FluentMigratorDeleteOfMatchingRows_DoesNotTrigger() => Verify.VerifyAsync("""
        using FluentMigrator;

        [Migration(2026040102)]
        public class RemoveRetiredTier : Migration
        {
            public override void Up() => Delete.FromTable("support_tiers").Row(new { id = 4 });

            public override void Down() => Insert.IntoTable("support_tiers").Row(new { id = 4, name = "Legacy" });
        }
        """);

    // INTR211 reports deletions written in SQL; reporting them here too would make two findings of one statement.
    [Fact]
    public Task DeleteWithoutWhereInSql_IsLeftToTheRawSqlRule() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        public class ClearImportQueue : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("DELETE FROM import_queue");
                migrationBuilder.Sql("TRUNCATE TABLE import_errors");
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }
        """);
}

using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.ApplicationTypeInMigrationAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.ApplicationTypes;

/// <summary>INTR218 on FluentMigrator, and the migration helpers that are allowed.</summary>
public sealed partial class ApplicationTypeInMigrationAnalyzerTests
{
    private const string Billing = """
        using System;

        namespace Billing.Domain
        {
            public enum InvoiceStatus { Draft, Open, Paid }

            public sealed class InvoiceNumberFormat
            {
                public string Format(int number) => $"INV-{number:000000}";
            }
        }

        """;

    [Fact]
    public Task FluentRowWithAnAppEnumAndService_Triggers() => Verify.VerifyAsync(Billing + """
        namespace Billing.Migrations
        {
            using FluentMigrator;
            using Billing.Domain;

            [Migration(2026040101)]
            public sealed class SeedOpeningInvoice : Migration
            {
                public override void Up() =>
                    Insert.IntoTable("invoices").Row(new { number = {|INTR218:new InvoiceNumberFormat()|}.Format(1), status = (int){|INTR218:InvoiceStatus.Open|} });

                public override void Down() => Delete.FromTable("invoices").Row(new { number = "INV-000001" });
            }
        }
        """);

    [Fact]
    public Task FluentCustomBaseNestedTypesAndMigrationHelpers_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using FluentMigrator;
        using FluentMigrator.Builders.Create.Table;

        namespace Billing.Migrations
        {
            public abstract class BillingMigration : Migration
            {
                protected const string InvoicesTable = "invoices";
            }

            public static class Columns
            {
                public static ICreateTableColumnOptionOrWithColumnSyntax WithAuditColumns(this ICreateTableWithColumnSyntax table) =>
                    table.WithColumn("created_at").AsDateTimeOffset().WithColumn("created_by").AsString(64);
            }

            [Migration(2026040201)]
            public sealed class CreateCreditNotes : BillingMigration
            {
                private enum LegacyState { Open = 1, Closed = 2 }

                public override void Up()
                {
                    Create.Table("credit_notes").WithAuditColumns().WithColumn("id").AsInt64().PrimaryKey();
                    Insert.IntoTable(InvoicesTable).Row(new { state = (int)LegacyState.Open });
                }

                public override void Down() => Delete.Table("credit_notes");
            }
        }
        """);

    [Fact]
    public Task MigrationBuilderExtensionsOfTheApp_DoNotTrigger() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Ops.Infrastructure
        {
            public static class AuditTriggers
            {
                public static void CreateAuditTrigger(this MigrationBuilder migrationBuilder, string table) =>
                    migrationBuilder.Sql($"CREATE TRIGGER audit_{table} AFTER UPDATE ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION audit()");
            }
        }

        namespace Ops.Data
        {
            using Ops.Infrastructure;

            public partial class AuditServers : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateAuditTrigger("Servers");
            }
        }
        """);

    [Fact]
    public Task HelpersInTheMigrationsNamespaceAndOtherMigrations_DoNotTrigger() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Ops.Data.Migrations
        {
            internal static class SqlViews
            {
                public const string OpenAlerts = "CREATE VIEW open_alerts AS SELECT id FROM alerts WHERE closed_at IS NULL";
            }

            public partial class CreateAlerts : Migration
            {
                public const string Table = "Alerts";

                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.Sql("CREATE TABLE \"Alerts\" (id bigint PRIMARY KEY)");
            }

            public partial class CreateOpenAlertsView : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.Sql(SqlViews.OpenAlerts);
                    migrationBuilder.Sql("COMMENT ON TABLE \"" + CreateAlerts.Table + "\" IS 'alerts'");
                }

                protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW open_alerts");
            }
        }
        """);

    [Fact]
    public Task UnresolvedTypesInABrokenMigration_DoNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using Microsoft.EntityFrameworkCore.Migrations;

                public partial class AddServerStatus : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) =>
                        migrationBuilder.AddColumn<int>(name: "Status", table: "Servers", nullable: false, defaultValue: (int){|CS0103:MissingStatus|}.Active);
                }
                """,
        };

        return test.RunAsync();
    }
}

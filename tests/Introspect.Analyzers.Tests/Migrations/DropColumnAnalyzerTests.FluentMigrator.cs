using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.DropColumnAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations;

/// <summary>INTR201 on FluentMigrator migrations: <c>Delete.Column(…).FromTable(…)</c> in Up.</summary>
public sealed partial class DropColumnAnalyzerTests
{
    private const string FluentUsings = """
        using System;
        using FluentMigrator;

        """;

    private const string PostgresProvider = "is_global = true\nintrospect.migrations.provider = postgresql\n";

    [Fact]
    public Task FluentDeleteColumn_Triggers() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026020101, "The old ticket system is gone")]
        public sealed class DropLegacyTicketRef : Migration
        {
            public override void Up()
            {
                Delete.{|INTR201:Column|}("legacy_ticket_ref").FromTable("invoices");
            }

            public override void Down()
            {
                Alter.Table("invoices").AddColumn("legacy_ticket_ref").AsString(40).Nullable();
            }
        }
        """);

    [Fact]
    public Task FluentDeleteOfSeveralColumns_TriggersForEachColumn() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026020201)]
        public sealed class DropInvoiceExportFlags : Migration
        {
            public override void Up() =>
                Delete.{|INTR201:Column|}("exported").{|INTR201:Column|}("exported_at").FromTable("invoices").InSchema("billing");

            public override void Down() =>
                Alter.Table("invoices").InSchema("billing")
                    .AddColumn("exported").AsBoolean().Nullable()
                    .AddColumn("exported_at").AsDateTimeOffset().Nullable();
        }
        """);

    [Fact]
    public Task FluentDeleteInAForwardOnlyMigrationOfACustomBase_Triggers() => Verify.VerifyAsync(FluentUsings + """
        public abstract class BillingMigration : ForwardOnlyMigration
        {
            protected const string InvoicesTable = "invoices";
        }

        [Migration(2026020301)]
        public sealed class DropInvoiceFaxNumber : BillingMigration
        {
            public override void Up() => Delete.{|INTR201:Column|}("fax_number").FromTable(InvoicesTable);
        }
        """);

    [Fact]
    public async Task FluentDeleteUnderIfDatabaseOfTheProjectsProvider_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = FluentUsings + """
                [Migration(2026020401)]
                public sealed class DropPostgresSearchVector : Migration
                {
                    public override void Up() => IfDatabase("postgres").Delete.{|INTR201:Column|}("search_vector").FromTable("invoices");

                    public override void Down()
                    {
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", PostgresProvider));

        await test.RunAsync();
    }

    [Fact]
    public async Task ShippedFluentMigration_IsReportedAsANote()
    {
        var test = new Verify.Test
        {
            TestCode = FluentUsings + """
                [Migration(2026020101)]
                public sealed class DropLegacyTicketRef : Migration
                {
                    public override void Up() => Delete.{|#0:Column|}("legacy_ticket_ref").FromTable("invoices");

                    public override void Down() => Alter.Table("invoices").AddColumn("legacy_ticket_ref").AsString(40).Nullable();
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult("INTR201", DiagnosticSeverity.Info).WithLocation(0).WithMessage(
                    "Migration 'DropLegacyTicketRef' drops column invoices.legacy_ticket_ref while the running version of the app may still use it; stop using the column in this release and drop it in a later one (this migration has already shipped, so this is a note)"),
            },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 2026020101\n"));

        await test.RunAsync();
    }

    [Fact]
    public Task FluentDeleteColumnInDown_DoesNotTrigger() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026011201)]
        public sealed class AddInvoicePurchaseOrder : Migration
        {
            public override void Up() => Alter.Table("invoices").AddColumn("po_number").AsString(64).Nullable();

            public override void Down() => Delete.Column("po_number").FromTable("invoices");
        }
        """);

    [Fact]
    public Task FluentDeleteColumnOfATableCreatedInTheSameMigration_DoesNotTrigger() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026010101)]
        public sealed class CreateDunningRuns : Migration
        {
            public override void Up()
            {
                Create.Table("dunning_runs")
                    .WithColumn("id").AsInt64().PrimaryKey().Identity()
                    .WithColumn("draft_notes").AsString().Nullable();
                Delete.Column("draft_notes").FromTable("dunning_runs");
            }

            public override void Down() => Delete.Table("dunning_runs");
        }
        """);

    [Fact]
    public Task FluentDropInsideExecuteSql_IsLeftToTheRawSqlRule() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026030101)]
        public sealed class DropLegacyTicketRefBySql : Migration
        {
            public override void Up() => Execute.Sql("ALTER TABLE invoices DROP COLUMN legacy_ticket_ref;");

            public override void Down() => Execute.Sql("ALTER TABLE invoices ADD COLUMN legacy_ticket_ref varchar(40);");
        }
        """);

    [Fact]
    public async Task FluentDeleteForAnotherDatabase_DoesNotTrigger()
    {
        var test = new Verify.Test
        {
            TestCode = FluentUsings + """
                [Migration(2026020501)]
                public sealed class DropSqlServerRowVersion : Migration
                {
                    public override void Up() => IfDatabase("sqlserver").Delete.Column("row_version").FromTable("invoices");

                    public override void Down()
                    {
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", PostgresProvider));

        await test.RunAsync();
    }

    [Fact]
    public Task OtherFluentDeletes_DoNotTrigger() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026030501)]
        public sealed class RemoveInvoiceIndexes : Migration
        {
            public override void Up()
            {
                Delete.Index("ix_invoices_exported").OnTable("invoices");
                Delete.ForeignKey("fk_invoices_customer").OnTable("invoices");
                Delete.FromTable("invoice_states").Row(new { code = "void" });
            }

            public override void Down()
            {
            }
        }
        """);

    [Fact]
    public Task LookAlikeFluentApiOutsideAMigration_DoesNotTrigger() => Verify.VerifyAsync(FluentUsings + """
        /// <summary>Cleans a reporting cache; its fluent API only resembles FluentMigrator's.</summary>
        public sealed class ReportCacheJanitor
        {
            public ReportCacheJanitor Delete => this;

            public ReportCacheJanitor Column(string name) => this;

            public void FromTable(string table)
            {
            }

            public void Up() => Delete.Column("cached_at").FromTable("report_cache");
        }
        """);
}

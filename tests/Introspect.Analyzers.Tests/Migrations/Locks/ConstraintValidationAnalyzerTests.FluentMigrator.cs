using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR209 on FluentMigrator migrations.</summary>
public sealed partial class ConstraintValidationAnalyzerTests
{
    [Fact]
    public Task FluentForeignKeyOnAnExistingTable_Triggers() => Code<ConstraintValidationAnalyzer>(FluentUsings + """
        [Migration(2026031501, "Credit memos must belong to an existing invoice")]
        public sealed class LinkCreditMemosToInvoices : Migration
        {
            public override void Up() =>
                Create.{|INTR209:ForeignKey|}("fk_credit_memos_invoice")
                    .FromTable("credit_memos").ForeignColumn("invoice_id")
                    .ToTable("invoices").PrimaryColumn("id");

            public override void Down() => Delete.ForeignKey("fk_credit_memos_invoice").OnTable("credit_memos");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentAddedColumnWithAForeignKey_Triggers() => Code<ConstraintValidationAnalyzer>(FluentUsings + """
        [Migration(2026031601)]
        public sealed class AddInvoiceDunningRun : Migration
        {
            public override void Up() =>
                Alter.Table("invoices").AddColumn("dunning_run_id").AsInt64().Nullable()
                    .{|INTR209:ForeignKey|}("fk_invoices_dunning_run", "dunning_runs", "id");

            public override void Down() => Delete.Column("dunning_run_id").FromTable("invoices");
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task FluentForeignKeysOfNewTables_DoNotTrigger() => Code<ConstraintValidationAnalyzer>(FluentUsings + """
        [Migration(2026010101)]
        public sealed class CreateInvoiceTables : AutoReversingMigration
        {
            public override void Up()
            {
                Create.Table("invoice_lines")
                    .WithColumn("id").AsInt64().PrimaryKey().Identity()
                    .WithColumn("invoice_id").AsInt64().NotNullable().ForeignKey("fk_lines_invoice", "invoices", "id");
                Create.ForeignKey("fk_invoice_lines_invoice_again")
                    .FromTable("invoice_lines").ForeignColumn("invoice_id")
                    .ToTable("invoices").PrimaryColumn("id");
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentNotValidThroughExecuteSql_DoesNotTrigger() => Code<ConstraintValidationAnalyzer>(FluentUsings + """
        [Migration(2026031502)]
        public sealed class LinkCreditMemosNotValid : Migration
        {
            public override void Up() =>
                Execute.Sql("ALTER TABLE credit_memos ADD CONSTRAINT fk_credit_memos_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id) NOT VALID;");

            public override void Down() => Delete.ForeignKey("fk_credit_memos_invoice").OnTable("credit_memos");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentForeignKeyInDown_DoesNotTrigger() => Code<ConstraintValidationAnalyzer>(FluentUsings + """
        [Migration(2026031701)]
        public sealed class UnlinkCreditMemosFromInvoices : Migration
        {
            public override void Up() => Delete.ForeignKey("fk_credit_memos_invoice").OnTable("credit_memos");

            public override void Down() =>
                Create.ForeignKey("fk_credit_memos_invoice")
                    .FromTable("credit_memos").ForeignColumn("invoice_id")
                    .ToTable("invoices").PrimaryColumn("id");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public async Task ShippedFluentMigration_IsReportedAsANote()
    {
        var test = Code<ConstraintValidationAnalyzer>(FluentUsings + """
            [Migration(2026031501)]
            public sealed class LinkCreditMemosToInvoices : Migration
            {
                public override void Up() =>
                    Create.{|#0:ForeignKey|}("fk_credit_memos_invoice")
                        .FromTable("credit_memos").ForeignColumn("invoice_id")
                        .ToTable("invoices").PrimaryColumn("id");

                public override void Down() => Delete.ForeignKey("fk_credit_memos_invoice").OnTable("credit_memos");
            }
            """, "postgresql", "introspect.migrations.last_shipped = 2026031501\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR209", DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }
}

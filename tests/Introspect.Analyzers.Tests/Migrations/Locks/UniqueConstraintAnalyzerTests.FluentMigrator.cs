using Introspect.Analyzers.Migrations.Rules;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR208 on FluentMigrator migrations.</summary>
public sealed partial class UniqueConstraintAnalyzerTests
{
    [Fact]
    public Task FluentUniqueIndexOnAnExistingTable_Triggers() => Code<UniqueConstraintAnalyzer>(FluentUsings + """
        [Migration(2026030501, "Invoice numbers are unique")]
        public sealed class AddUniqueInvoiceNumber : Migration
        {
            public override void Up() =>
                Create.{|INTR208:Index|}("ux_invoices_number").OnTable("invoices").OnColumn("number").Ascending().WithOptions().Unique();

            public override void Down() => Delete.Index("ux_invoices_number").OnTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentUniqueConstraintAndPrimaryKey_Trigger() => Code<UniqueConstraintAnalyzer>(FluentUsings + """
        [Migration(2026030601)]
        public sealed class KeyCreditMemos : Migration
        {
            public override void Up()
            {
                Create.{|INTR208:UniqueConstraint|}("uq_credit_memos_number").OnTable("credit_memos").Columns("number", "issued_year");
                Create.{|INTR208:PrimaryKey|}("pk_payments").OnTable("payments").Column("id");
            }

            public override void Down()
            {
                Delete.UniqueConstraint("uq_credit_memos_number").FromTable("credit_memos");
                Delete.PrimaryKey("pk_payments").FromTable("payments");
            }
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task FluentAddedColumnMarkedUnique_Triggers() => Code<UniqueConstraintAnalyzer>(FluentUsings + """
        [Migration(2026030701)]
        public sealed class AddInvoiceExternalId : Migration
        {
            public override void Up() =>
                Alter.Table("invoices").AddColumn("external_id").AsGuid().Nullable().{|INTR208:Unique|}("ux_invoices_external_id");

            public override void Down() => Delete.Column("external_id").FromTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentUniqueColumnsOfANewTable_DoNotTrigger() => Code<UniqueConstraintAnalyzer>(FluentUsings + """
        [Migration(2026010101)]
        public sealed class CreateDunningRuns : AutoReversingMigration
        {
            public override void Up()
            {
                Create.Table("dunning_runs")
                    .WithColumn("id").AsInt64().PrimaryKey().Identity()
                    .WithColumn("run_key").AsString(64).NotNullable().Unique();
                Create.Index("ux_dunning_runs_started").OnTable("dunning_runs").OnColumn("started_at").Ascending().WithOptions().Unique();
                Create.UniqueConstraint("uq_dunning_runs_key").OnTable("dunning_runs").Column("run_key");
            }
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentUniqueIndexBuiltConcurrently_DoesNotTrigger() => Code<UniqueConstraintAnalyzer>(FluentUsings + """
        using FluentMigrator.Postgres;

        [Migration(2026030502, TransactionBehavior.None, "Invoice numbers are unique")]
        public sealed class AddUniqueInvoiceNumberConcurrently : Migration
        {
            public override void Up() =>
                Create.Index("ux_invoices_number").OnTable("invoices").OnColumn("number").Ascending()
                    .WithOptions().Unique()
                    .WithOptions().AsConcurrently();

            public override void Down() => Delete.Index("ux_invoices_number").OnTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentPlainIndexOnAnExistingTable_DoesNotTrigger() => Code<UniqueConstraintAnalyzer>(FluentUsings + """
        [Migration(2026030801)]
        public sealed class IndexInvoiceDueDates : Migration
        {
            public override void Up() => Create.Index("ix_invoices_due_at").OnTable("invoices").OnColumn("due_at").Ascending();

            public override void Down() => Delete.Index("ix_invoices_due_at").OnTable("invoices");
        }
        """, "postgresql").RunAsync();
}

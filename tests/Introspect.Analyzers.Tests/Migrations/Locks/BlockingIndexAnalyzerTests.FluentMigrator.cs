using Introspect.Analyzers.Migrations.Rules;
using static Introspect.Analyzers.Tests.Migrations.Locks.LockRuleTest;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>INTR210 on FluentMigrator migrations.</summary>
public sealed partial class BlockingIndexAnalyzerTests
{
    [Fact]
    public Task FluentIndexOnAnExistingTable_Triggers() => Code<BlockingIndexAnalyzer>(FluentUsings + """
        [Migration(2026030501)]
        public sealed class AddUniqueInvoiceNumber : Migration
        {
            public override void Up() =>
                Create.{|INTR210:Index|}("ux_invoices_number").OnTable("invoices").OnColumn("number").Ascending().WithOptions().Unique();

            public override void Down() => Delete.Index("ux_invoices_number").OnTable("invoices");
        }
        """, "postgresql").RunAsync();

    [Fact]
    public Task FluentIndexedAddedColumnOnSqlServer_Triggers() => Code<BlockingIndexAnalyzer>(FluentUsings + """
        [Migration(2026030901)]
        public sealed class AddInvoiceSegment : Migration
        {
            public override void Up() =>
                Alter.Table("invoices").AddColumn("segment").AsString(16).Nullable().{|INTR210:Indexed|}("ix_invoices_segment");

            public override void Down() => Delete.Column("segment").FromTable("invoices");
        }
        """, "sqlserver").RunAsync();

    [Fact]
    public Task FluentConcurrentAndOnlineIndexes_DoNotTrigger() => Code<BlockingIndexAnalyzer>(FluentUsings + """
        using FluentMigrator.Postgres;
        using FluentMigrator.SqlServer;

        [Migration(2026031001, TransactionBehavior.None)]
        public sealed class IndexInvoiceDates : Migration
        {
            public override void Up()
            {
                Create.Index("ix_invoices_due_at").OnTable("invoices").OnColumn("due_at").Ascending().WithOptions().AsConcurrently();
                Create.Index("ix_invoices_issued_at").OnTable("invoices").OnColumn("issued_at").Ascending().WithOptions().Online();
            }

            public override void Down()
            {
                Delete.Index("ix_invoices_due_at").OnTable("invoices");
                Delete.Index("ix_invoices_issued_at").OnTable("invoices");
            }
        }
        """, provider: null).RunAsync();

    [Fact]
    public Task FluentIndexOfANewTable_DoesNotTrigger() => Code<BlockingIndexAnalyzer>(FluentUsings + """
        [Migration(2026012001)]
        public sealed class CreateCreditNotes : AutoReversingMigration
        {
            public override void Up()
            {
                Create.Table("credit_notes")
                    .WithColumn("id").AsInt64().PrimaryKey().Identity()
                    .WithColumn("invoice_id").AsInt64().NotNullable().Indexed();
                Create.Index("ix_credit_notes_invoice_id").OnTable("credit_notes").OnColumn("invoice_id").Ascending();
            }
        }
        """, "postgresql").RunAsync();
}

using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026031501, "Credit memos must belong to an existing invoice")]
public sealed class M2026031501_LinkCreditMemosToInvoices : Migration
{
    public override void Up()
    {
        Create.ForeignKey("fk_credit_memos_invoice")
            .FromTable("credit_memos").ForeignColumn("invoice_id")
            .ToTable("invoices").PrimaryColumn("id");
    }

    public override void Down()
    {
        Delete.ForeignKey("fk_credit_memos_invoice").OnTable("credit_memos");
    }
}

using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026020301, "cust_id -> customer_id, like everywhere else")]
public sealed class M2026020301_RenameInvoiceCustomerColumn : Migration
{
    public override void Up()
    {
        Rename.Column("cust_id").OnTable("invoices").To("customer_id");
    }

    public override void Down()
    {
        Rename.Column("customer_id").OnTable("invoices").To("cust_id");
    }
}

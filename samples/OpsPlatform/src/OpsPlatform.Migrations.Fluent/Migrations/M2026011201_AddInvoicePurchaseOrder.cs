using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026011201, "Customers' purchase order number on invoices")]
public sealed class M2026011201_AddInvoicePurchaseOrder : Migration
{
    public override void Up()
    {
        Alter.Table("invoices")
            .AddColumn("po_number").AsString(64).Nullable();
    }

    public override void Down()
    {
        Delete.Column("po_number").FromTable("invoices");
    }
}

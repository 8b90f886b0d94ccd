using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026030501, "Invoice numbers are unique")]
public sealed class M2026030501_AddUniqueInvoiceNumber : Migration
{
    public override void Up()
    {
        Create.Index("ux_invoices_number")
            .OnTable("invoices")
            .OnColumn("number").Ascending()
            .WithOptions().Unique();
    }

    public override void Down()
    {
        Delete.Index("ux_invoices_number").OnTable("invoices");
    }
}

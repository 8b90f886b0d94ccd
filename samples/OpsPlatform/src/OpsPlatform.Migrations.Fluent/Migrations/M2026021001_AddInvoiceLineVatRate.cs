using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026021001, "VAT rate per invoice line (reverse charge for EU business customers)")]
public sealed class M2026021001_AddInvoiceLineVatRate : Migration
{
    public override void Up()
    {
        Alter.Table("invoice_lines")
            .AddColumn("vat_rate").AsDecimal(5, 2).NotNullable();
    }

    public override void Down()
    {
        Delete.Column("vat_rate").FromTable("invoice_lines");
    }
}

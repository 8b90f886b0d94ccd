using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026020501, "Every invoice has a currency")]
public sealed class M2026020501_RequireInvoiceCurrency : Migration
{
    public override void Up()
    {
        Alter.Column("currency").OnTable("invoices")
            .AsFixedLengthString(3).NotNullable();
    }

    public override void Down()
    {
        Alter.Column("currency").OnTable("invoices")
            .AsFixedLengthString(3).Nullable();
    }
}

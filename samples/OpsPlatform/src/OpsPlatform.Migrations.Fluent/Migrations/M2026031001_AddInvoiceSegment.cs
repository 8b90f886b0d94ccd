using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026031001, "Revenue segment per invoice for the controlling reports")]
public sealed class M2026031001_AddInvoiceSegment : Migration
{
    public override void Up()
    {
        Alter.Table("invoices")
            .AddColumn("segment").AsString(16).Nullable();

        Update.Table("invoices")
            .Set(new { segment = "hosting" })
            .AllRows();
    }

    public override void Down()
    {
        Delete.Column("segment").FromTable("invoices");
    }
}

using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026020101, "The old ticket system is gone; its references on invoices are unused")]
public sealed class M2026020101_DropLegacyTicketRef : Migration
{
    public override void Up()
    {
        Delete.Column("legacy_ticket_ref").FromTable("invoices");
    }

    public override void Down()
    {
        Alter.Table("invoices")
            .AddColumn("legacy_ticket_ref").AsString(40).Nullable();
    }
}

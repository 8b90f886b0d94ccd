using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026010101, "Invoices, invoice lines and payment reminders")]
public sealed class M2026010101_CreateInvoiceTables : AutoReversingMigration
{
    public override void Up()
    {
        Create.Table("invoices")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("number").AsString(32).NotNullable()
            .WithColumn("cust_id").AsInt32().NotNullable()
            .WithColumn("issued_at").AsDateTimeOffset().NotNullable()
            .WithColumn("due_at").AsDateTimeOffset().NotNullable()
            .WithColumn("currency").AsFixedLengthString(3).Nullable()
            .WithColumn("total_net").AsDecimal(12, 2).NotNullable()
            .WithColumn("total_gross").AsDecimal(12, 2).NotNullable()
            .WithColumn("exported").AsBoolean().NotNullable().WithDefaultValue(false)
            .WithColumn("legacy_ticket_ref").AsString(40).Nullable();

        Create.Table("invoice_lines")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("invoice_id").AsInt64().NotNullable()
            .WithColumn("description").AsString(500).NotNullable()
            .WithColumn("quantity").AsDecimal(12, 4).NotNullable()
            .WithColumn("unit_price").AsDecimal(12, 4).NotNullable();

        Create.ForeignKey("fk_invoice_lines_invoice")
            .FromTable("invoice_lines").ForeignColumn("invoice_id")
            .ToTable("invoices").PrimaryColumn("id")
            .OnDelete(System.Data.Rule.Cascade);

        Create.Index("ix_invoice_lines_invoice_id")
            .OnTable("invoice_lines")
            .OnColumn("invoice_id").Ascending();

        Create.Table("payment_reminders")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("invoice_id").AsInt64().NotNullable()
            .WithColumn("level").AsInt16().NotNullable()
            .WithColumn("sent_at").AsDateTimeOffset().NotNullable();
    }
}

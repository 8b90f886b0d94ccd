using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026012001, "Credit notes")]
public sealed class M2026012001_CreateCreditNotes : AutoReversingMigration
{
    public override void Up()
    {
        Create.Table("credit_notes")
            .WithColumn("id").AsInt64().PrimaryKey().Identity()
            .WithColumn("number").AsString(32).NotNullable()
            .WithColumn("invoice_id").AsInt64().NotNullable()
            .WithColumn("amount_net").AsDecimal(12, 2).NotNullable()
            .WithColumn("reason").AsString(500).NotNullable()
            .WithColumn("issued_at").AsDateTimeOffset().NotNullable();

        Create.Index("ix_credit_notes_invoice_id")
            .OnTable("credit_notes")
            .OnColumn("invoice_id").Ascending();
    }
}

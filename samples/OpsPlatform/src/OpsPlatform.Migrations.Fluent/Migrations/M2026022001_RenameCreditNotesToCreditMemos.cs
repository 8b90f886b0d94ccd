using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026022001, "Accounting calls them credit memos")]
public sealed class M2026022001_RenameCreditNotesToCreditMemos : Migration
{
    public override void Up()
    {
        Rename.Table("credit_notes").To("credit_memos");
    }

    public override void Down()
    {
        Rename.Table("credit_memos").To("credit_notes");
    }
}

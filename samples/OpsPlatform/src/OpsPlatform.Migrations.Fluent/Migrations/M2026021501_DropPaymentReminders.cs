using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026021501, "Dunning moved to the accounting system")]
public sealed class M2026021501_DropPaymentReminders : Migration
{
    public override void Up()
    {
        Delete.Table("payment_reminders");
    }

    public override void Down()
    {
    }
}

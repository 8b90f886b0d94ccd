using FluentMigrator;

namespace OpsPlatform.Migrations.Fluent.Migrations;

[Migration(2026030101, "The old reporting view still reads cust_id and blocks further changes")]
public sealed class M2026030101_DropOpenInvoicesView : Migration
{
    public override void Up()
    {
        Execute.Sql("DROP VIEW IF EXISTS open_invoices_v1;");
    }

    public override void Down()
    {
        Execute.Sql("""
            CREATE VIEW open_invoices_v1 AS
            SELECT id, number, customer_id AS cust_id, due_at, total_gross
            FROM invoices
            WHERE NOT exported;
            """);
    }
}

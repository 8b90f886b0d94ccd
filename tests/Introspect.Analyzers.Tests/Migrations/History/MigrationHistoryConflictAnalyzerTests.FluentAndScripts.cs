using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.MigrationHistoryConflictAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.History;

/// <summary>INTR220 on FluentMigrator versions and Flyway/Evolve script versions.</summary>
public sealed partial class MigrationHistoryConflictAnalyzerTests
{
    private const string FluentUsings = """
        using FluentMigrator;

        """;

    private static Verify.Test Scripts(params (string Path, string Text)[] scripts)
    {
        var test = new Verify.Test { TestCode = "public static class Program { }\n" };
        foreach (var script in scripts)
        {
            test.TestState.AdditionalFiles.Add(script);
        }

        return test;
    }

    [Fact]
    public Task FluentMigrationsWithOneVersion_TriggerOnBoth() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026020301)]
        public sealed class {|INTR220:RenameInvoiceCustomerColumn|} : Migration
        {
            public override void Up() => Rename.Column("cust_id").OnTable("invoices").To("customer_id");

            public override void Down() => Rename.Column("customer_id").OnTable("invoices").To("cust_id");
        }

        [Migration(2026020301, "Added on another branch the same day")]
        public sealed class {|INTR220:AddInvoiceDueDate|} : AutoReversingMigration
        {
            public override void Up() => Alter.Table("invoices").AddColumn("due_at").AsDateTimeOffset().Nullable();
        }
        """);

    [Fact]
    public Task FluentMigrationsWithDistinctVersions_DoNotTrigger() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026020301)]
        public sealed class RenameInvoiceCustomerColumn : Migration
        {
            public override void Up() => Rename.Column("cust_id").OnTable("invoices").To("customer_id");

            public override void Down() => Rename.Column("customer_id").OnTable("invoices").To("cust_id");
        }

        [Migration(2026020302)]
        public sealed class AddInvoiceDueDate : AutoReversingMigration
        {
            public override void Up() => Alter.Table("invoices").AddColumn("due_at").AsDateTimeOffset().Nullable();
        }

        public abstract class BillingMigration : Migration
        {
        }
        """);

    [Fact]
    public Task FlywayScriptsWithOneVersion_TriggerOnBoth() => Scripts(
        ("/0/db/migration/V4__index_usage_by_customer.sql", "{|INTR220:CREATE INDEX CONCURRENTLY ix_usage_customer ON usage_records (customer_id)|};"),
        ("/0/db/migration/V4_0__add_usage_region.sql", "{|INTR220:ALTER TABLE usage_records ADD COLUMN region text NULL|};"),
        ("/0/db/migration/V3__create_usage.sql", "CREATE TABLE usage_records (id bigint PRIMARY KEY);")).RunAsync();

    [Fact]
    public Task DottedAndUnderscoredVersions_AreTheSameVersion() => Scripts(
        ("/0/db/migration/V1.2__add_region.sql", "{|INTR220:ALTER TABLE usage_records ADD COLUMN region text NULL|};"),
        ("/0/db/migration/V1_2__add_unit.sql", "{|INTR220:ALTER TABLE usage_records ADD COLUMN unit text NULL|};")).RunAsync();

    [Fact]
    public Task SameVersionInAnotherFolderUndoAndRepeatableScripts_DoNotTrigger() => Scripts(
        ("/0/billing/migration/V4__create_invoices.sql", "CREATE TABLE invoices (id bigint PRIMARY KEY);"),
        ("/0/usage/migration/V4__create_usage.sql", "CREATE TABLE usage_records (id bigint PRIMARY KEY);"),
        ("/0/usage/migration/U4__drop_usage.sql", "DROP TABLE usage_records;"),
        ("/0/usage/migration/R__usage_view.sql", "CREATE OR REPLACE VIEW usage_v AS SELECT id FROM usage_records;"),
        ("/0/usage/migration/R__other_view.sql", "CREATE OR REPLACE VIEW other_v AS SELECT id FROM usage_records;")).RunAsync();

    [Fact]
    public Task DbUpScriptsWithOneNumber_DoNotTrigger() => Scripts(
        ("/0/Scripts/0004_index_usage_by_customer.sql", "CREATE INDEX ix_usage_customer ON usage_records (customer_id);"),
        ("/0/Scripts/0004_add_usage_region.sql", "ALTER TABLE usage_records ADD COLUMN region text NULL;")).RunAsync();

    [Fact]
    public Task ScriptPathsWithCharactersWindowsRejects_AreStillCompared() => Scripts(
        ("/0/db/mig<rations>|/V7__add_unit.sql", "{|INTR220:ALTER TABLE usage_records ADD COLUMN unit text NULL|};"),
        ("/0/db/mig<rations>|/V7__add_region.sql", "{|INTR220:ALTER TABLE usage_records ADD COLUMN region text NULL|};"),
        ("/0/db/mig<rations>|/V__no_version.sql", "SELECT 1;"),
        ("/0/db/mig<rations>|/V.__no_version.sql", "SELECT 1;")).RunAsync();
}

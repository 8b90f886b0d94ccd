using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.DroppedWhileCodeUsesItAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.CodeUse;

/// <summary>INTR214 from the SQL in the code: Dapper and ADO.NET queries of the same compilation.</summary>
public sealed partial class DroppedWhileCodeUsesItAnalyzerTests
{
    private const string FluentDrop = """
        [Migration(2026020101)]
        public sealed class DropLegacyTicketRef : Migration
        {
            public override void Up() => Delete.{|#0:Column|}("legacy_ticket_ref").FromTable("invoices");

            public override void Down() { }
        }

        """;

    private static string Repository(string query) => $$""""
        public sealed class InvoiceQueries
        {
            public string Overdue() => {{query}};
        }
        """";

    [Fact]
    public Task FluentDropOfAColumnADapperQueryReads_TriggersNamingTheQuery() => Test.Code(
        Test.FluentUsings + FluentDrop + Repository("\"SELECT i.id, i.legacy_ticket_ref FROM billing.invoices i WHERE i.due < now()\""),
        "postgresql",
        new DiagnosticResult("INTR214", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "DropLegacyTicketRef",
            "drops column invoices.legacy_ticket_ref",
            "the SQL in InvoiceQueries.Overdue (Test0.cs line 12)",
            "remove those uses in this release and drop it in the next one, once no instance of this release runs")).RunAsync();

    [Fact]
    public Task RawStringAndInterpolatedQueries_Trigger() => Test.Code(
        Test.FluentUsings + """"
            [Migration(2026022001)]
            public sealed class RenameCreditNotes : Migration
            {
                public override void Up() => Rename.{|INTR214:Table|}("credit_notes").To("credit_memos");

                public override void Down() { }
            }

            public sealed class CreditQueries
            {
                public string Insert(string table) => $"INSERT INTO credit_notes (invoice_id, amount) VALUES (@invoice, {table.Length})";

                public const string Open = """
                    UPDATE "credit_notes" SET status = 'open' WHERE id = @id
                    """;
            }
            """",
        "postgresql").RunAsync();

    [Fact]
    public async Task ScriptDropOfAColumnAQueryReads_Triggers()
    {
        var test = Test.Code("public static class UsageQueries { public const string Daily = \"SELECT customer_id, legacy_sku FROM usage_records WHERE day = @day\"; }\n");
        test.TestState.AdditionalFiles.Add(("/0/Scripts/0006_drop_usage_legacy_sku.sql", "{|INTR214:ALTER TABLE usage_records DROP COLUMN legacy_sku|};"));

        await test.RunAsync();
    }

    [Fact]
    public Task QueryOfAnotherTableWithTheSameColumnName_DoesNotTrigger() => Test.Code(
        Test.FluentUsings + FluentDrop + Repository("\"SELECT t.legacy_ticket_ref FROM support_tickets t\""),
        "postgresql").RunAsync();

    [Fact]
    public Task StringThatMerelyContainsTheWords_DoesNotTrigger() => Test.Code(
        Test.FluentUsings + FluentDrop + Repository("\"legacy_ticket_ref was removed from invoices\"") + """
            public static class Log
            {
                public const string Note = "Selected invoices: legacy_ticket_ref is gone";
                public const string Help = "SELECTED FROM invoices legacy_ticket_ref";
            }
            """,
        "postgresql").RunAsync();

    [Fact]
    public Task QueryNamingTheColumnOnlyInALiteralOrComment_DoesNotTrigger() => Test.Code(
        Test.FluentUsings + FluentDrop + Repository("\"SELECT id, 'legacy_ticket_ref' AS note FROM invoices -- legacy_ticket_ref\""),
        "postgresql").RunAsync();

    [Fact]
    public Task QueryOfTheTableWithoutTheColumn_DoesNotTrigger() => Test.Code(
        Test.FluentUsings + FluentDrop + Repository("\"SELECT id, number FROM invoices WHERE legacy = 1\""),
        "postgresql").RunAsync();

    [Fact]
    public Task SqlInsideOtherMigrations_DoesNotCount() => Test.Code(
        Test.FluentUsings + FluentDrop.Replace("{|#0:", string.Empty).Replace("Column|}", "Column") + """
            [Migration(2026010101)]
            public sealed class BackfillTicketRef : Migration
            {
                public override void Up() => Execute.Sql("UPDATE invoices SET legacy_ticket_ref = '' WHERE legacy_ticket_ref IS NULL");

                public override void Down() { }
            }
            """,
        "postgresql").RunAsync();
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.RawSqlHazardAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.RawSql;

/// <summary>
/// INTR211 on FluentMigrator's Execute.Sql (every hazard) and on plain .sql scripts (only what no specific rule reads
/// from scripts: every-row UPDATE/DELETE, TRUNCATE, DROP VIEW).
/// </summary>
public sealed partial class RawSqlHazardAnalyzerTests
{
    private const string FluentUsings = """
        using FluentMigrator;

        """;

    private const string NoCode = "public static class Program { }\n";

    private static Verify.Test ScriptTest(string path, string script, string provider)
    {
        var test = new Verify.Test { TestCode = NoCode };
        test.TestState.AdditionalFiles.Add((path, script));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nintrospect.migrations.provider = {provider}\n"));
        return test;
    }

    [Fact]
    public Task FluentDropViewInExecuteSql_Triggers() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026030101, "The old reporting view still reads cust_id")]
        public sealed class DropOpenInvoicesView : Migration
        {
            public override void Up() => Execute.Sql({|INTR211:"DROP VIEW IF EXISTS open_invoices_v1;"|});

            public override void Down() => Execute.Sql("CREATE VIEW open_invoices_v1 AS SELECT id, number FROM invoices;");
        }
        """);

    [Fact]
    public Task FluentDropColumnAndDeleteOfEveryRowInExecuteSql_Trigger() => VerifyOn("postgresql", FluentUsings + """
        [Migration(2026030201)]
        public sealed class PurgeExportFlags : Migration
        {
            public override void Up()
            {
                Execute.Sql({|INTR211:"ALTER TABLE invoices DROP COLUMN exported;"|});
                Execute.Sql({|INTR211:"DELETE FROM invoice_exports;"|});
            }

            public override void Down()
            {
            }
        }
        """);

    [Fact]
    public Task FluentIndexBuiltWithoutOnlineOnSqlServer_Triggers() => VerifyOn("sqlserver", FluentUsings + """
        [Migration(2026030301)]
        public sealed class IndexInvoicesByDueDate : Migration
        {
            public override void Up() => Execute.Sql({|INTR211:"CREATE INDEX IX_invoices_due_at ON dbo.invoices (due_at)"|});

            public override void Down() => Execute.Sql("DROP INDEX IX_invoices_due_at ON dbo.invoices");
        }
        """);

    [Fact]
    public Task FluentUpdateOfEveryRowWithTheFluentApi_IsNotRawSql() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026031001)]
        public sealed class AddInvoiceSegment : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices").AddColumn("segment").AsString(16).Nullable();
                Update.Table("invoices").Set(new { segment = "hosting" }).AllRows();
                Delete.Table("invoice_drafts");
            }

            public override void Down() => Delete.Column("segment").FromTable("invoices");
        }
        """);

    [Fact]
    public Task FluentOnlineIndexAndNoCheckConstraintOnSqlServer_DoNotTrigger() => VerifyOn("sqlserver", FluentUsings + """
        [Migration(2026030401)]
        public sealed class IndexAndCheckInvoices : Migration
        {
            public override void Up()
            {
                Execute.Sql("CREATE INDEX IX_invoices_due_at ON dbo.invoices (due_at) WITH (ONLINE = ON)");
                Execute.Sql("ALTER TABLE dbo.invoices WITH NOCHECK ADD CONSTRAINT CK_invoices_total CHECK (total_gross >= 0)");
            }

            public override void Down()
            {
            }
        }
        """);

    [Fact]
    public Task ScriptUpdateOfEveryRow_Triggers() => ScriptTest("/0/Scripts/0010_reset_rollup_export_flags.sql", """
        -- The export to the new invoicing system starts from scratch.
        {|INTR211:UPDATE daily_usage_rollups SET exported = false|};
        """, "postgresql").RunAsync();

    [Fact]
    public async Task TSqlScriptTruncateAndDeleteOfEveryRow_Trigger()
    {
        var test = ScriptTest("/0/Scripts/0011_reset_imports.sql", """
            {|#0:TRUNCATE TABLE dbo.ImportBatches|};
            GO
            {|#1:DELETE FROM dbo.ImportErrors|};
            GO
            """, "sqlserver");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR211", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "0011_reset_imports",
            "truncates dbo.ImportBatches",
            "its rows cannot come back on rollback, and SQL Server's TRUNCATE takes a schema-modification lock that blocks even reads",
            "archive the rows first, or keep the table until the contract release and then drop it"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR211", DiagnosticSeverity.Warning).WithLocation(1));

        await test.RunAsync();
    }

    [Fact]
    public Task ScriptDropView_Triggers() => ScriptTest("/0/Scripts/0012_drop_usage_view.sql", """
        {|INTR211:DROP VIEW IF EXISTS usage_by_customer_v1|};
        """, "postgresql").RunAsync();

    [Fact]
    public Task ScriptSchemaChanges_AreLeftToTheSpecificRules() => ScriptTest("/0/Scripts/0006_reshape_usage.sql", """
        ALTER TABLE usage_records DROP COLUMN legacy_sku;
        ALTER TABLE usage_records RENAME COLUMN qty TO quantity;
        ALTER TABLE usage_records ALTER COLUMN region SET NOT NULL;
        CREATE INDEX ix_usage_records_customer ON usage_records (customer_id);
        DROP TABLE usage_staging;
        """, "postgresql").RunAsync();

    [Fact]
    public Task ScriptBatchedUpdateAndRecreatedView_DoNotTrigger() => ScriptTest("/0/Scripts/0013_backfill_region.sql", """
        UPDATE usage_records SET region = 'eu-central' WHERE region IS NULL AND id < 100000;
        DELETE FROM usage_staging WHERE recorded_at < now() - interval '90 days';
        DROP VIEW IF EXISTS usage_by_customer;
        CREATE VIEW usage_by_customer AS SELECT customer_id, sum(quantity) AS quantity FROM usage_records GROUP BY customer_id;
        """, "postgresql").RunAsync();

    [Fact]
    public Task ScriptChangingRowsOfATableItCreates_DoesNotTrigger() => ScriptTest("/0/Scripts/0003_create_export_runs.sql", """
        CREATE TABLE export_runs (id bigint PRIMARY KEY, state text);
        INSERT INTO export_runs (id, state) VALUES (1, 'seed');
        UPDATE export_runs SET state = 'done';
        TRUNCATE export_runs;
        """, "postgresql").RunAsync();

    [Fact]
    public Task TSqlScriptThatDoesNotParse_DoesNotTrigger() => ScriptTest("/0/Scripts/0014_broken.sql", """
        TRUNCATE TABLE dbo.ImportBatches WHERE (;
        """, "sqlserver").RunAsync();
}

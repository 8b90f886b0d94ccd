using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.SchemaChangeWithBackfillAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Backfill;

/// <summary>INTR213 on FluentMigrator migrations and on .sql scripts, with the runner's transaction handling.</summary>
public sealed partial class SchemaChangeWithBackfillAnalyzerTests
{
    private const string FluentUsings = """
        using FluentMigrator;

        """;

    private const string DbUpWithTransactionPerScript = """
        using DbUp.Builder;

        public static class ReportingUpgrade
        {
            public static UpgradeEngineBuilder Configure(UpgradeEngineBuilder builder) => builder.WithTransactionPerScript();
        }
        """;

    private const string DbUpWithoutTransaction = """
        using DbUp.Builder;

        public static class ReportingUpgrade
        {
            public static UpgradeEngineBuilder Configure(UpgradeEngineBuilder builder) => builder.WithoutTransaction();
        }
        """;

    private static Verify.Test Script(string code, string path, string script, string provider = "postgresql")
    {
        var test = On(provider, code);
        test.TestState.AdditionalFiles.Add((path, script));
        return test;
    }

    [Fact]
    public Task FluentAddColumnAndUpdateOfAllRows_Triggers() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026031001, "Revenue segment per invoice")]
        public sealed class AddInvoiceSegment : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices").AddColumn("segment").AsString(16).Nullable();
                Update.{|INTR213:Table|}("invoices").Set(new { segment = "hosting" }).AllRows();
            }

            public override void Down() => Delete.Column("segment").FromTable("invoices");
        }
        """);

    [Fact]
    public Task FluentAddColumnAndLimitedUpdateOfTheSameTable_Triggers() => On("sqlserver", FluentUsings + """
        [Migration(2026031101)]
        public sealed class AddInvoiceChannel : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices").AddColumn("channel").AsString(8).Nullable();
                Update.{|INTR213:Table|}("invoices").Set(new { channel = "email" }).Where(new { channel = (string?)null });
            }

            public override void Down() => Delete.Column("channel").FromTable("invoices");
        }
        """).RunAsync();

    [Fact]
    public Task FluentMigrationWithoutTransaction_DoesNotTrigger() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026031001, TransactionBehavior.None, "Revenue segment per invoice")]
        public sealed class AddInvoiceSegment : Migration
        {
            public override void Up()
            {
                Alter.Table("invoices").AddColumn("segment").AsString(16).Nullable();
                Update.Table("invoices").Set(new { segment = "hosting" }).AllRows();
            }

            public override void Down() => Delete.Column("segment").FromTable("invoices");
        }
        """);

    [Fact]
    public Task FluentNewTableWithSeedRows_DoesNotTrigger() => Verify.VerifyAsync(FluentUsings + """
        [Migration(2026031201)]
        public sealed class CreateCurrencies : Migration
        {
            public override void Up()
            {
                Create.Table("currencies").WithColumn("code").AsString(3).PrimaryKey().WithColumn("name").AsString(64);
                Insert.IntoTable("currencies").Row(new { code = "EUR", name = "Euro" });
                Update.Table("currencies").Set(new { name = "Euro (EUR)" }).AllRows();
            }

            public override void Down() => Delete.Table("currencies");
        }
        """);

    [Fact]
    public Task PostgresScriptWithSchemaChangeAndBackfill_TriggersWhenTheRunnerUsesATransaction() => Script(
        DbUpWithTransactionPerScript,
        "/0/Scripts/0011_add_usage_source.sql",
        """
        ALTER TABLE usage_records ADD COLUMN source text NULL;
        {|INTR213:UPDATE usage_records SET source = 'agent'|};
        """).RunAsync();

    [Fact]
    public Task TSqlScriptWithAnExplicitTransaction_Triggers() => Script(
        DbUpWithoutTransaction,
        "/0/Scripts/0012_add_usage_source.sql",
        """
        BEGIN TRANSACTION;
        ALTER TABLE dbo.UsageRecords ADD Source nvarchar(16) NULL;
        GO
        {|INTR213:UPDATE dbo.UsageRecords SET Source = N'agent' WHERE Source IS NULL|};
        COMMIT;
        """,
        "sqlserver").RunAsync();

    [Fact]
    public Task ScriptRunByDbUpWithoutTransaction_DoesNotTrigger() => Script(
        DbUpWithoutTransaction,
        "/0/Scripts/0011_add_usage_source.sql",
        """
        ALTER TABLE usage_records ADD COLUMN source text NULL;
        UPDATE usage_records SET source = 'agent';
        """).RunAsync();

    [Fact]
    public Task ScriptWithEvolvesNoTransactionMarker_DoesNotTrigger() => Script(
        DbUpWithTransactionPerScript,
        "/0/Scripts/V11__add_usage_source.sql",
        """
        -- evolve-tx-off
        ALTER TABLE usage_records ADD COLUMN source text NULL;
        UPDATE usage_records SET source = 'agent';
        """).RunAsync();

    [Fact]
    public Task ScriptBackfillAfterTheExplicitTransactionCommitted_DoesNotTrigger() => Script(
        DbUpWithoutTransaction,
        "/0/Scripts/0013_add_usage_source.sql",
        """
        BEGIN;
        ALTER TABLE usage_records ADD COLUMN source text NULL;
        COMMIT;
        UPDATE usage_records SET source = 'agent';
        """).RunAsync();
}

using Introspect.Analyzers.Migrations;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Tests.Migrations.Sql;
using Introspect.Analyzers.Tests.Verifiers;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Tests.Migrations;

/// <summary>
/// What the readers say about data changes (insert, insert from a query, update, delete, merge) and about which
/// operations run outside the migration's transaction.
/// </summary>
public sealed class DataChangeAndTransactionReadingTests
{
    private const string Migrations = """
        using FluentMigrator;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Ops.Migrations;

        public partial class SeedAndBackfill : Microsoft.EntityFrameworkCore.Migrations.Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.InsertData(table: "Tiers", column: "Code", value: "standard");
                migrationBuilder.UpdateData(table: "Tiers", keyColumn: "Code", keyValue: "standard", column: "Name", value: "Standard");
                migrationBuilder.DeleteData(table: "Tiers", keyColumn: "Code", keyValue: "legacy");
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"Tier\" = 'standard';", suppressTransaction: true);
                migrationBuilder.Sql("DELETE FROM \"Imports\";");
            }
        }

        [FluentMigrator.Migration(2026031001)]
        public sealed class FluentRows : FluentMigrator.Migration
        {
            public override void Up()
            {
                Insert.IntoTable("currencies").Row(new { code = "EUR" });
                Update.Table("invoices").Set(new { segment = "hosting" }).AllRows();
                Delete.FromTable("invoice_drafts").AllRows();
            }

            public override void Down()
            {
            }
        }
        """;

    private static readonly Lazy<Compilation> s_compilation = new(() => SnippetCompilation.Create(Migrations));

    private static MigrationDefinition Read(string typeName) =>
        MigrationCatalog.For(s_compilation.Value).Read(s_compilation.Value.Type(typeName), new MigrationOptions(null, DatabaseProvider.PostgreSql), CancellationToken.None)!;

    [Theory]
    [InlineData("INSERT INTO tiers (code) VALUES ('standard');", DataChangeKind.Insert)]
    [InlineData("INSERT INTO tiers (code, name) SELECT DISTINCT tier, tier FROM customers;", DataChangeKind.InsertFromQuery)]
    [InlineData("WITH t AS (SELECT 1 AS x) INSERT INTO tiers SELECT x FROM t;", DataChangeKind.InsertFromQuery)]
    [InlineData("INSERT INTO tiers (code, total) VALUES ('x', (SELECT count(*) FROM customers));", DataChangeKind.Insert)]
    [InlineData("UPDATE customers SET tier = 'standard' WHERE tier IS NULL;", DataChangeKind.Update)]
    [InlineData("DELETE FROM imports;", DataChangeKind.Delete)]
    [InlineData("MERGE INTO tiers t USING staging s ON t.code = s.code WHEN MATCHED THEN UPDATE SET name = s.name;", DataChangeKind.Merge)]
    public void PostgreSqlDataStatements_SayWhatTheyDoToRows(string sql, DataChangeKind expected)
    {
        var operation = SqlReading.Single(sql, DatabaseProvider.PostgreSql);

        Assert.Equal((SchemaOperationKind.ModifyData, expected), (operation.Kind, operation.DataChange));
    }

    [Theory]
    [InlineData("INSERT INTO dbo.Tiers (Code) VALUES (N'standard')", DataChangeKind.Insert)]
    [InlineData("INSERT INTO dbo.Tiers (Code) SELECT DISTINCT Tier FROM dbo.Customers", DataChangeKind.InsertFromQuery)]
    [InlineData("INSERT INTO dbo.Tiers (Code) EXEC dbo.ListTiers", DataChangeKind.InsertFromQuery)]
    [InlineData("UPDATE c SET Tier = N'standard' FROM dbo.Customers c", DataChangeKind.Update)]
    [InlineData("DELETE TOP (1000) FROM dbo.Imports", DataChangeKind.Delete)]
    [InlineData("MERGE dbo.Tiers AS t USING dbo.Staging AS s ON t.Code = s.Code WHEN MATCHED THEN UPDATE SET Name = s.Name;", DataChangeKind.Merge)]
    public void TSqlDataStatements_SayWhatTheyDoToRows(string sql, DataChangeKind expected)
    {
        var operation = SqlReading.Single(sql, DatabaseProvider.SqlServer);

        Assert.Equal((SchemaOperationKind.ModifyData, expected), (operation.Kind, operation.DataChange));
    }

    [Fact]
    public void EfCoreDataOperations_SayWhatTheyDoAndWhichRunOutsideTheTransaction()
    {
        var up = Read("Ops.Migrations.SeedAndBackfill").Up;

        Assert.Equal(
            [(DataChangeKind.Insert, false), (DataChangeKind.Update, false), (DataChangeKind.Delete, false), (DataChangeKind.Update, true), (DataChangeKind.Delete, false)],
            up.Select(operation => (operation.DataChange!.Value, operation.SuppressesTransaction)).ToArray());
        Assert.Equal([false, false, false, true, true], up.Select(operation => operation.IsFromEmbeddedSql).ToArray());
    }

    [Fact]
    public void FluentDataExpressions_SayWhatTheyDo() =>
        Assert.Equal(
            [DataChangeKind.Insert, DataChangeKind.Update, DataChangeKind.Delete],
            Read("Ops.Migrations.FluentRows").Up.Select(operation => operation.DataChange!.Value).ToArray());

    [Theory]
    [InlineData("builder.WithTransactionPerScript()", false)]
    [InlineData("builder.WithTransaction()", false)]
    [InlineData("StandardExtensions.WithTransactionAlwaysRollback(builder)", false)]
    [InlineData("builder.WithoutTransaction()", true)]
    [InlineData("builder", true)]
    public void ScriptsOfADbUpProject_RunOutsideATransactionUnlessDbUpIsAskedForOne(string configuration, bool runsWithoutTransaction)
    {
        var compilation = SnippetCompilation.Create($$"""
            using DbUp.Builder;

            public static class ReportingUpgrade
            {
                public static UpgradeEngineBuilder Configure(UpgradeEngineBuilder builder) => {{configuration}};
            }
            """);

        Assert.Equal(runsWithoutTransaction, ReadScript(compilation).SuppressesTransaction);
    }

    [Fact]
    public void ScriptsOfAProjectWithoutDbUp_RunInTheRunnersTransaction()
    {
        var compilation = CSharpCompilation.Create(
            "Scripts",
            [CSharpSyntaxTree.ParseText("public static class Program { }")],
            FrameworkReferences.Net100,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.False(ReadScript(compilation).SuppressesTransaction);
    }

    private static MigrationDefinition ReadScript(Compilation compilation) =>
        MigrationCatalog.For(compilation).ReadScript(
            new Script("/repo/Scripts/0011_add_usage_source.sql", "ALTER TABLE usage_records ADD COLUMN source text NULL;\nUPDATE usage_records SET source = 'agent';"),
            new MigrationOptions(null, DatabaseProvider.PostgreSql),
            CancellationToken.None)!;

    private sealed class Script(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}

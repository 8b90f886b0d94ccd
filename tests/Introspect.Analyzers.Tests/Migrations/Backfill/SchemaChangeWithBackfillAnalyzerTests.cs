using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.SchemaChangeWithBackfillAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Backfill;

/// <summary>INTR213 on EF Core migrations: a schema change and a backfill in one migration transaction.</summary>
public sealed partial class SchemaChangeWithBackfillAnalyzerTests
{
    private const string EfUsings = """
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    private static Verify.Test On(string provider, string source)
    {
        var test = new Verify.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nintrospect.migrations.provider = {provider}\n"));
        return test;
    }

    [Fact]
    public async Task AddColumnAndUpdateOfEveryRow_TriggersAtTheBackfill()
    {
        var test = On("postgresql", EfUsings + """
            public partial class AddCustomerSupportTier : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.AddColumn<string>(name: "SupportTier", table: "Customers", maxLength: 16, nullable: true);
                    migrationBuilder.Sql({|#0:"UPDATE \"Customers\" SET \"SupportTier\" = 'standard';"|});
                }

                protected override void Down(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.DropColumn(name: "SupportTier", table: "Customers");
            }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR213", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'AddCustomerSupportTier' updates every row of Customers in the same transaction in which it adds column Customers.SupportTier: on PostgreSQL its ACCESS EXCLUSIVE lock is then held until the backfill commits, blocking every read and write of the table; move the backfill into a migration of its own (or a job) and run it in batches"));

        await test.RunAsync();
    }

    [Fact]
    public Task AddColumnAndLimitedUpdateOfTheSameTable_Triggers() => On("sqlserver", EfUsings + """
        public partial class AddServerRackUnit : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<int>(name: "RackUnit", table: "Servers", nullable: true);
                migrationBuilder.Sql({|INTR213:"UPDATE dbo.Servers SET RackUnit = 1 WHERE RackUnit IS NULL"|});
            }
        }
        """).RunAsync();

    [Fact]
    public Task AlterColumnAndCopyIntoAnotherTable_Triggers() => Verify.VerifyAsync(EfUsings + """
        public partial class ArchiveLegacyNotes : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AlterColumn<string>(name: "Notes", table: "Servers", maxLength: 2000, nullable: true, oldMaxLength: 500, oldNullable: true);
                migrationBuilder.Sql({|INTR213:"INSERT INTO server_notes_archive (server_id, notes) SELECT id, notes FROM servers WHERE notes IS NOT NULL;"|});
            }
        }
        """);

    [Fact]
    public async Task ShippedMigration_IsReportedAsANote()
    {
        var test = On("postgresql", EfUsings + """
            [Migration("20260804094527_AddCustomerSupportTier")]
            public partial class AddCustomerSupportTier : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.AddColumn<string>(name: "SupportTier", table: "Customers", nullable: true);
                    migrationBuilder.Sql({|#0:"UPDATE \"Customers\" SET \"SupportTier\" = 'standard';"|});
                }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*]\nintrospect.migrations.last_shipped = 20260804094527\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR213", DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public Task DataOnlyMigration_DoesNotTrigger() => On("postgresql", EfUsings + """
        public partial class BackfillSupportTier : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"SupportTier\" = 'standard' WHERE \"SupportTier\" IS NULL;");
        }
        """).RunAsync();

    [Fact]
    public Task SeedDataIntoANewTable_DoesNotTrigger() => On("postgresql", EfUsings + """
        public partial class AddSupportTiers : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateTable(
                    name: "SupportTiers",
                    columns: table => new { Code = table.Column<string>(maxLength: 16, nullable: false), Name = table.Column<string>(nullable: false) });
                migrationBuilder.InsertData(table: "SupportTiers", columns: new[] { "Code", "Name" }, values: new object[] { "standard", "Standard" });
                migrationBuilder.Sql("INSERT INTO \"SupportTiers\" (\"Code\", \"Name\") SELECT DISTINCT \"Tier\", \"Tier\" FROM \"LegacyCustomers\";");
                migrationBuilder.Sql("UPDATE \"SupportTiers\" SET \"Name\" = initcap(\"Name\");");
            }
        }
        """).RunAsync();

    [Fact]
    public Task BackfillOutsideTheTransaction_DoesNotTrigger() => On("postgresql", EfUsings + """
        public partial class AddCustomerSupportTier : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<string>(name: "SupportTier", table: "Customers", nullable: true);
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"SupportTier\" = 'standard';", suppressTransaction: true);
            }
        }
        """).RunAsync();

    [Fact]
    public Task SchemaChangeAfterASuppressedStatement_IsInAnotherTransaction() => On("postgresql", EfUsings + """
        public partial class IndexThenBackfill : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"SupportTier\" = 'standard';");
                migrationBuilder.Sql("CREATE INDEX CONCURRENTLY ix_customers_tier ON \"Customers\" (\"SupportTier\");", suppressTransaction: true);
                migrationBuilder.AddColumn<string>(name: "Segment", table: "Customers", nullable: true);
            }
        }
        """).RunAsync();

    [Fact]
    public Task ConcurrentIndexOnNpgsqlSplitsTheTransaction() => On("postgresql", EfUsings + """
        public partial class AddCustomerTierAndIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<string>(name: "SupportTier", table: "Customers", nullable: true);
                migrationBuilder.CreateIndex(name: "IX_Customers_SupportTier", table: "Customers", column: "SupportTier")
                    .Annotation("Npgsql:CreatedConcurrently", true);
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"SupportTier\" = 'standard';");
            }
        }
        """).RunAsync();

    [Fact]
    public Task SeedEditsByKeyAndUnrelatedLimitedUpdate_DoNotTrigger() => On("postgresql", EfUsings + """
        public partial class AddCustomerRegion : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<string>(name: "Region", table: "Customers", nullable: true);
                migrationBuilder.UpdateData(table: "Customers", keyColumn: "Id", keyValue: 1, column: "Region", value: "eu");
                migrationBuilder.Sql("UPDATE settings SET value = 'on' WHERE key = 'regions.enabled';");
            }
        }
        """).RunAsync();

    [Fact]
    public Task BackfillOnMySqlAndSqlite_DoesNotTrigger()
    {
        const string Source = EfUsings + """
            public partial class AddCustomerSupportTier : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.AddColumn<string>(name: "SupportTier", table: "Customers", nullable: true);
                    migrationBuilder.Sql("UPDATE Customers SET SupportTier = 'standard';");
                }
            }
            """;
        return Task.WhenAll(On("mysql", Source).RunAsync(), On("sqlite", Source).RunAsync());
    }

    [Fact]
    public Task BackfillInDown_DoesNotTrigger() => On("postgresql", EfUsings + """
        public partial class SplitCustomerName : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "LastName", table: "Customers", nullable: true);

            protected override void Down(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"Name\" = \"Name\" || ' ' || \"LastName\";");
                migrationBuilder.DropColumn(name: "LastName", table: "Customers");
            }
        }
        """).RunAsync();
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.RawSqlHazardAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.RawSql;

/// <summary>INTR211 on SQL strings of EF Core migrations: every hazard of the schema rules, hidden in migrationBuilder.Sql.</summary>
public sealed partial class RawSqlHazardAnalyzerTests
{
    private const string EfUsings = """
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    private static Task VerifyOn(string provider, string source)
    {
        var test = new Verify.Test { TestCode = source };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nintrospect.migrations.provider = {provider}\n"));
        return test.RunAsync();
    }

    [Fact]
    public async Task UpdateOfEveryRowInSql_TriggersWithTheProvidersCost()
    {
        var test = new Verify.Test
        {
            TestCode = EfUsings + """
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
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult("INTR211", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                    "Raw SQL in migration 'AddCustomerSupportTier' updates every row of Customers in one statement: it keeps every row locked until it commits, and PostgreSQL writes a new version of each row (bloat, a burst of WAL, replica lag); backfill in batches (WHERE id BETWEEN … AND …, or a job) in a migration of its own"),
            },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.provider = postgresql\n"));

        await test.RunAsync();
    }

    [Fact]
    public Task DropTableInSql_Triggers() => Verify.VerifyAsync(EfUsings + """
        public partial class DropLegacyZabbixImportTable : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql({|INTR211:"DROP TABLE IF EXISTS legacy_zabbix_import;"|});

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }
        """);

    [Fact]
    public async Task DropRenameAndTypeChangeInOneSqlString_TriggerForEachStatement()
    {
        var test = new Verify.Test
        {
            TestCode = EfUsings + """
                public partial class ReshapeServers : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) =>
                        migrationBuilder.Sql({|#0:@"
                            ALTER TABLE ""Servers"" DROP COLUMN ""LegacyRackCode"";
                            ALTER TABLE ""Servers"" RENAME COLUMN ""Rack"" TO ""RackCode"";
                            ALTER TABLE ""Servers"" ALTER COLUMN ""Hostname"" TYPE varchar(63);"|});
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult("INTR211", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                    "ReshapeServers",
                    "drops column Servers.LegacyRackCode",
                    "the running version of the app may still use it, and a rollback cannot bring its data back (the hazard of INTR201)",
                    "stop using the column in this release and drop it in a later one"),
                new DiagnosticResult("INTR211", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                    "ReshapeServers",
                    "renames column Servers.Rack to RackCode",
                    "the running version of the app still uses the old name (the hazard of INTR203)",
                    "add the new column, write to both, backfill, switch reads, and drop the old column in a later release"),
                new DiagnosticResult("INTR211", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                    "ReshapeServers",
                    "changes the type of column Servers.Hostname to varchar(63)",
                    "unless that only widens it, PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock (only a longer varchar or varchar to text is free), and writes of the running version may fail or be cut (the hazard of INTR205)",
                    "add a column of the new type, backfill it in batches, switch reads and writes, and drop the old column in a later release"),
            },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.provider = postgresql\n"));

        await test.RunAsync();
    }

    [Fact]
    public Task SetNotNullAndIndexWithoutConcurrentlyInSql_Trigger() => VerifyOn("postgresql", EfUsings + """
        public partial class TightenServers : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql({|INTR211:"ALTER TABLE \"Servers\" ALTER COLUMN \"DatacenterCode\" SET NOT NULL;"|});
                migrationBuilder.Sql({|INTR211:"CREATE INDEX \"IX_Servers_DatacenterCode\" ON \"Servers\" (\"DatacenterCode\");"|});
            }
        }
        """);

    [Fact]
    public Task ValidatedForeignKeyAndNotNullColumnWithoutDefaultInSql_Trigger() => VerifyOn("postgresql", EfUsings + """
        public partial class LinkHostsToServers : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql({|INTR211:"ALTER TABLE \"MonitoredHosts\" ADD COLUMN \"ServerId\" integer NOT NULL;"|});
                migrationBuilder.Sql({|INTR211:"ALTER TABLE \"MonitoredHosts\" ADD CONSTRAINT \"FK_MonitoredHosts_Servers\" FOREIGN KEY (\"ServerId\") REFERENCES \"Servers\" (\"Id\");"|});
            }
        }
        """);

    [Fact]
    public Task TruncateAndDeleteOfEveryRowInSql_Trigger() => Verify.VerifyAsync(EfUsings + """
        public partial class ResetImportState : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql({|INTR211:"TRUNCATE TABLE import_batches;"|});
                migrationBuilder.Sql({|INTR211:"DELETE FROM import_errors;"|});
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }
        """);

    [Fact]
    public Task TSqlNotNullAndRenameOnSqlServer_Trigger() => VerifyOn("sqlserver", EfUsings + """
        public partial class RequireServerDatacenterCode : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql({|INTR211:"ALTER TABLE [dbo].[Servers] ALTER COLUMN [DatacenterCode] nvarchar(8) NOT NULL"|});
                migrationBuilder.Sql({|INTR211:"EXEC sp_rename 'dbo.Servers.Rack', 'RackCode', 'COLUMN'"|});
            }
        }
        """);

    [Fact]
    public async Task ShippedMigration_IsReportedAsANote()
    {
        var test = new Verify.Test
        {
            TestCode = EfUsings + """
                [Migration("20261006102045_DropLegacyZabbixImportTable")]
                public partial class DropLegacyZabbixImportTable : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) =>
                        migrationBuilder.Sql({|#0:"DROP TABLE legacy_zabbix_import;"|});
                }
                """,
            ExpectedDiagnostics = { new DiagnosticResult("INTR211", DiagnosticSeverity.Info).WithLocation(0) },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 20261006102045\n"));

        await test.RunAsync();
    }

    [Fact]
    public Task BatchedUpdateWithWhere_DoesNotTrigger() => VerifyOn("postgresql", EfUsings + """
        public partial class BackfillSupportTier : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("UPDATE \"Customers\" SET \"SupportTier\" = 'standard' WHERE \"SupportTier\" IS NULL AND \"Id\" < 10000;");
        }
        """);

    [Fact]
    public Task ChangesToATableCreatedInTheSameMigration_DoNotTrigger() => VerifyOn("postgresql", EfUsings + """
        public partial class CreateImportBatches : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql(@"
                    CREATE TABLE import_batches (id bigint PRIMARY KEY, state text NULL);
                    CREATE INDEX ix_import_batches_state ON import_batches (state);
                    UPDATE import_batches SET state = 'new';
                    ALTER TABLE import_batches ALTER COLUMN state SET NOT NULL;");
        }
        """);

    [Fact]
    public Task ConcurrentIndexAndNotValidConstraint_DoNotTrigger() => VerifyOn("postgresql", EfUsings + """
        public partial class IndexAndLinkHosts : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_hosts_server ON \"MonitoredHosts\" (\"ServerId\");", suppressTransaction: true);
                migrationBuilder.Sql("ALTER TABLE \"MonitoredHosts\" ADD CONSTRAINT fk_hosts_servers FOREIGN KEY (\"ServerId\") REFERENCES \"Servers\" (\"Id\") NOT VALID;");
                migrationBuilder.Sql("ALTER TABLE \"MonitoredHosts\" ADD COLUMN \"Notes\" text NULL, ADD COLUMN \"Weight\" integer NOT NULL DEFAULT 1;");
            }
        }
        """);

    [Fact]
    public Task SetNotNullAfterValidatingACheckConstraint_DoesNotTrigger() => VerifyOn("postgresql", EfUsings + """
        public partial class RequireDatacenterCode : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql(@"
                    ALTER TABLE ""Servers"" VALIDATE CONSTRAINT ck_servers_datacenter_not_null;
                    ALTER TABLE ""Servers"" ALTER COLUMN ""DatacenterCode"" SET NOT NULL;");
        }
        """);

    [Fact]
    public Task ViewRecreatedAndTypeWidenedToText_DoNotTrigger() => VerifyOn("postgresql", EfUsings + """
        public partial class ReshapeOpenInvoicesView : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql(@"
                    DROP VIEW IF EXISTS open_invoices;
                    CREATE VIEW open_invoices AS SELECT id, number FROM invoices WHERE NOT paid;
                    ALTER TABLE invoices ALTER COLUMN notes TYPE text;");
        }
        """);

    [Fact]
    public Task DestructiveSqlInDownOnly_DoesNotTrigger() => Verify.VerifyAsync(EfUsings + """
        public partial class CreateLegacyImport : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("CREATE TABLE legacy_import (id integer PRIMARY KEY);");

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("DROP TABLE legacy_import; TRUNCATE audit_log;");
        }
        """);

    [Fact]
    public Task FunctionBodiesAndUnparseableSql_DoNotTrigger() => VerifyOn("sqlserver", EfUsings + """
        public partial class AddPurgeProcedure : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.Sql("CREATE PROCEDURE dbo.PurgeImports AS BEGIN TRUNCATE TABLE dbo.ImportBatches; DELETE FROM dbo.ImportErrors; END");
                migrationBuilder.Sql("DROP TABLE dbo.Staging WHERE oops (");
            }
        }
        """);

    [Fact]
    public Task SchemaChangesWrittenWithMigrationBuilder_AreLeftToTheirOwnRules() => Verify.VerifyAsync(EfUsings + """
        public partial class DropHostGroups : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.DropTable(name: "HostGroups");
                migrationBuilder.RenameColumn(name: "VisibleName", table: "MonitoredHosts", newName: "DisplayName");
                migrationBuilder.DeleteData(table: "Customers", keyColumn: "Id", keyValue: 1);
            }
        }
        """);

    [Fact]
    public Task IndexBuildOnMySql_DoesNotTrigger() => VerifyOn("mysql", EfUsings + """
        public partial class IndexServersByDatacenter : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("CREATE INDEX ix_servers_datacenter ON servers (datacenter_code);");
        }
        """);
}

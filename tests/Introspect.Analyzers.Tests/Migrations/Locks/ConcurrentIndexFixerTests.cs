using Introspect.Analyzers.Migrations.Rules;
using Introspect.CodeFixes.Migrations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Fix = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<Introspect.Analyzers.Migrations.Rules.BlockingIndexAnalyzer, Introspect.CodeFixes.Migrations.ConcurrentIndexFixer>;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>The INTR210 fix: an EF Core index on Npgsql gets .Annotation("Npgsql:CreatedConcurrently", true).</summary>
public sealed class ConcurrentIndexFixerTests
{
    private static Fix.Test Test(string source, string fixedSource, string provider = "postgresql", string settings = "")
    {
        var test = new Fix.Test { TestCode = LockRuleTest.EfUsings + source, FixedCode = LockRuleTest.EfUsings + fixedSource };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nintrospect.migrations.provider = {provider}\n{settings}"));
        return test;
    }

    [Fact]
    public Task IndexThatIsTheWholeMigration_IsMarkedConcurrent() => Test(
        """
        public class IndexMonitoredHostsByServer : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.{|INTR210:CreateIndex|}(
                    name: "IX_MonitoredHosts_ServerId",
                    table: "MonitoredHosts",
                    column: "ServerId");
            }
        }
        """,
        """
        public class IndexMonitoredHostsByServer : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateIndex(
                    name: "IX_MonitoredHosts_ServerId",
                    table: "MonitoredHosts",
                    column: "ServerId")
                    .Annotation("Npgsql:CreatedConcurrently", true);
            }
        }
        """).RunAsync();

    [Fact]
    public Task ExpressionBodiedUp_IsMarkedConcurrent() => Test(
        """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR210:CreateIndex|}("IX_Snapshots_TakenAt", "Snapshots", "TakenAt");
        }
        """,
        """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateIndex("IX_Snapshots_TakenAt", "Snapshots", "TakenAt")
                    .Annotation("Npgsql:CreatedConcurrently", true);
        }
        """).RunAsync();

    [Fact]
    public Task OtherAnnotations_StayAndTheNewOneComesLast() => Test(
        """
        public class IndexHostnamesForSearch : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.{|INTR210:CreateIndex|}(name: "IX_MonitoredHosts_Hostname", table: "MonitoredHosts", column: "Hostname")
                    .Annotation("Npgsql:IndexMethod", "gin");
            }
        }
        """,
        """
        public class IndexHostnamesForSearch : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.CreateIndex(name: "IX_MonitoredHosts_Hostname", table: "MonitoredHosts", column: "Hostname")
                    .Annotation("Npgsql:IndexMethod", "gin")
                    .Annotation("Npgsql:CreatedConcurrently", true);
            }
        }
        """).RunAsync();

    [Fact]
    public Task CreatedConcurrentlyFalse_IsTurnedTrueRatherThanAddedTwice() => Test(
        """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR210:CreateIndex|}("IX_Snapshots_TakenAt", "Snapshots", "TakenAt")
                    .Annotation("Npgsql:CreatedConcurrently", false);
        }
        """,
        """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateIndex("IX_Snapshots_TakenAt", "Snapshots", "TakenAt")
                    .Annotation("Npgsql:CreatedConcurrently", true);
        }
        """).RunAsync();

    [Fact]
    public Task FixAll_MarksTheIndexOfEachSingleIndexMigration() => Test(
        """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR210:CreateIndex|}("IX_Snapshots_TakenAt", "Snapshots", "TakenAt");
        }

        public class IndexSnapshotsByServer : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR210:CreateIndex|}("IX_Snapshots_ServerId", "Snapshots", "ServerId");
        }
        """,
        """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateIndex("IX_Snapshots_TakenAt", "Snapshots", "TakenAt")
                    .Annotation("Npgsql:CreatedConcurrently", true);
        }

        public class IndexSnapshotsByServer : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.CreateIndex("IX_Snapshots_ServerId", "Snapshots", "ServerId")
                    .Annotation("Npgsql:CreatedConcurrently", true);
        }
        """).RunAsync();

    private const string IndexWithAnotherChange = """
        public class LinkMonitoredHostsToServers : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<int>(name: "ServerId", table: "MonitoredHosts", nullable: true);
                migrationBuilder.{|INTR210:CreateIndex|}(name: "IX_MonitoredHosts_ServerId", table: "MonitoredHosts", column: "ServerId");
            }
        }
        """;

    [Fact]
    public Task IndexNextToOtherChanges_IsNotFixed() =>
        // Outside the transaction the index would commit apart from the column: a failed build leaves a half-applied migration.
        Test(IndexWithAnotherChange, IndexWithAnotherChange).RunAsync();

    private const string SqlServerIndex = """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.{|INTR210:CreateIndex|}("IX_Snapshots_TakenAt", "Snapshots", "TakenAt");
        }
        """;

    [Fact]
    public Task IndexOnSqlServer_IsNotFixedWithTheNpgsqlAnnotation() => Test(SqlServerIndex, SqlServerIndex, provider: "sqlserver").RunAsync();

    [Fact]
    public async Task ShippedMigration_IsNotFixed()
    {
        const string Shipped = """
            [Migration("20260101000000_IndexSnapshotsByTakenAt")]
            public class IndexSnapshotsByTakenAt : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.{|#0:CreateIndex|}("IX_Snapshots_TakenAt", "Snapshots", "TakenAt");
            }
            """;
        var test = Test(Shipped, Shipped, settings: "introspect.migrations.last_shipped = 20260101000000\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR210", DiagnosticSeverity.Info).WithLocation(0));
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("INTR210", DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }
}

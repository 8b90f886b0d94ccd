using Fix = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<Introspect.Analyzers.Migrations.Rules.LockSafetyAnalyzer, Introspect.CodeFixes.Migrations.LockSafetyFixer>;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>The INTR219 fix: an EF Core Sql call that runs CONCURRENTLY in the migration's transaction gets suppressTransaction: true.</summary>
public sealed class LockSafetyFixerTests
{
    private static Fix.Test Test(string source, string fixedSource)
    {
        var test = new Fix.Test { TestCode = LockRuleTest.EfUsings + source, FixedCode = LockRuleTest.EfUsings + fixedSource };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.provider = postgresql\n"));
        return test;
    }

    [Fact]
    public Task ConcurrentIndexSql_GetsSuppressTransaction() => Test(
        """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql({|INTR219:"CREATE INDEX CONCURRENTLY \"IX_Snapshots_TakenAt\" ON \"Snapshots\" (\"TakenAt\");"|});
        }
        """,
        """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("CREATE INDEX CONCURRENTLY \"IX_Snapshots_TakenAt\" ON \"Snapshots\" (\"TakenAt\");", suppressTransaction: true);
        }
        """).RunAsync();

    [Fact]
    public Task SuppressTransactionFalse_BecomesTrue() => Test(
        """
        public class DropSnapshotLegacyIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql({|INTR219:"DROP INDEX CONCURRENTLY IF EXISTS \"IX_Snapshots_Legacy\";"|}, false);
        }
        """,
        """
        public class DropSnapshotLegacyIndex : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("DROP INDEX CONCURRENTLY IF EXISTS \"IX_Snapshots_Legacy\";", true);
        }
        """).RunAsync();

    private const string NextToAnotherChange = """
        public class AddSnapshotTier : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                migrationBuilder.AddColumn<int>(name: "Tier", table: "Snapshots", nullable: true);
                migrationBuilder.Sql({|INTR219:"CREATE INDEX CONCURRENTLY \"IX_Snapshots_Tier\" ON \"Snapshots\" (\"Tier\");"|});
            }
        }
        """;

    [Fact]
    public Task ConcurrentSqlNextToOtherChanges_IsNotFixed() => Test(NextToAnotherChange, NextToAnotherChange).RunAsync();

    private const string SharedString = """
        public class IndexSnapshotsByTakenAt : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql({|INTR219:"SET lock_timeout = '5s'; CREATE INDEX CONCURRENTLY \"IX_Snapshots_TakenAt\" ON \"Snapshots\" (\"TakenAt\");"|});
        }
        """;

    [Fact]
    public Task ConcurrentSqlSharingItsStringWithOtherStatements_IsNotFixed() =>
        // suppressTransaction alone would not help: the string still runs as one implicit transaction.
        Test(SharedString, SharedString).RunAsync();
}

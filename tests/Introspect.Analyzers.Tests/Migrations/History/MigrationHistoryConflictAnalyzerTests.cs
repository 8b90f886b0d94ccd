using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.MigrationHistoryConflictAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.History;

/// <summary>INTR220 on EF Core: the model snapshot against the latest migration's target model, and duplicate ids.</summary>
public sealed partial class MigrationHistoryConflictAnalyzerTests
{
    private const string Context = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        public sealed class OpsDbContext : DbContext { }

        public sealed class BillingDbContext : DbContext { }

        """;

    /// <summary>An EF Core migration (its code file and its Designer) whose target model has a Servers table with the given columns.</summary>
    private static string Migration(string id, string name, string columns, string marker = "") => $$"""
        public partial class {{marker}}{{name}}{{(marker.Length > 0 ? "|}" : string.Empty)}} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", nullable: true);

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.DropColumn(name: "Notes", table: "Servers");
        }

        [DbContext(typeof(OpsDbContext))]
        [Migration("{{id}}")]
        partial class {{name}}
        {
            protected override void BuildTargetModel(ModelBuilder modelBuilder)
            {
                {{TargetModel(columns)}}
            }
        }

        """;

    private static string Snapshot(string columns, string context = "OpsDbContext") => $$"""
        [DbContext(typeof({{context}}))]
        partial class {{context}}ModelSnapshot : ModelSnapshot
        {
            protected override void BuildModel(ModelBuilder modelBuilder)
            {
                {{TargetModel(columns)}}
            }
        }

        """;

    private static string TargetModel(string columns) =>
        "modelBuilder.HasAnnotation(\"ProductVersion\", \"10.0.0\"); modelBuilder.Entity(\"Ops.Server\", b => { b.Property<int>(\"Id\"); "
        + string.Concat(columns.Split(',').Select(column => $"b.Property<string>(\"{column.Trim()}\"); "))
        + "b.HasKey(\"Id\"); b.ToTable(\"Servers\"); });";

    [Fact]
    public async Task SnapshotThatDoesNotMatchTheLatestMigration_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = Context
                + Migration("20260105093000_AddServerNotes", "AddServerNotes", "Hostname, Notes")
                + Migration("20260317095532_AddServerRaidLevel", "AddServerRaidLevel", "Hostname, Notes, RaidLevel", "{|#0:")
                + Snapshot("Hostname, Notes"),
            ExpectedDiagnostics =
            {
                new DiagnosticResult("INTR220", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                    "Migration 'AddServerRaidLevel' is the latest migration of OpsDbContext, but the model snapshot OpsDbContextModelSnapshot does not match its target model; the next 'dotnet ef migrations add' would diff against the stale snapshot and re-do or undo changes; remove this migration (dotnet ef migrations remove) and add it again after merging, so that the snapshot is regenerated"),
            },
        };

        await test.RunAsync();
    }

    [Fact]
    public Task LatestMigrationWithoutASnapshot_Triggers() => Verify.VerifyAsync(
        Context + Migration("20260105093000_AddServerNotes", "AddServerNotes", "Hostname, Notes", "{|INTR220:"));

    [Fact]
    public Task TwoMigrationsWithOneId_TriggerOnBoth() => Verify.VerifyAsync(
        Context
        + Migration("20260317095532_AddServerRaidLevel", "AddServerRaidLevel", "Hostname, RaidLevel", "{|INTR220:")
        + Migration("20260317095532_AddServerRaidLevel", "AddServerRaidLevelAgain", "Hostname, RaidLevel", "{|INTR220:")
        + Snapshot("Hostname, RaidLevel"));

    [Fact]
    public async Task ShippedMigration_IsReportedAsANote()
    {
        var test = new Verify.Test
        {
            TestCode = Context
                + Migration("20260105093000_AddServerNotes", "AddServerNotes", "Hostname, Notes", "{|#0:")
                + Snapshot("Hostname"),
            ExpectedDiagnostics = { new DiagnosticResult("INTR220", DiagnosticSeverity.Info).WithLocation(0) },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 20260105093000\n"));

        await test.RunAsync();
    }

    [Fact]
    public Task SnapshotMatchingTheLatestMigrationWithOtherFormatting_DoesNotTrigger() => Verify.VerifyAsync(
        Context
        + Migration("20260105093000_AddServerNotes", "AddServerNotes", "Hostname")
        + Migration("20260317095532_AddServerRaidLevel", "AddServerRaidLevel", "Hostname, RaidLevel")
        + Snapshot("Hostname, RaidLevel").Replace("; ", ";\n        // generated\n        "));

    [Fact]
    public Task SameIdForTwoContexts_DoesNotTrigger() => Verify.VerifyAsync(
        Context
        + Migration("20260105093000_Initial", "InitialOps", "Hostname")
        + Migration("20260105093000_Initial", "InitialBilling", "Hostname").Replace("typeof(OpsDbContext)", "typeof(BillingDbContext)")
        + Snapshot("Hostname")
        + Snapshot("Hostname", "BillingDbContext"));

    [Fact]
    public Task NewerMigrationOfAnotherContext_IsComparedWithItsOwnSnapshot() => Verify.VerifyAsync(
        Context
        + Migration("20260105093000_AddServerNotes", "AddServerNotes", "Hostname, Notes")
        + Migration("20260401090000_AddInvoiceNotes", "AddInvoiceNotes", "Number, Notes").Replace("typeof(OpsDbContext)", "typeof(BillingDbContext)")
        + Snapshot("Hostname, Notes")
        + Snapshot("Number, Notes", "BillingDbContext"));

    [Fact]
    public Task LatestMigrationWrittenByHandWithoutADesigner_DoesNotTrigger() => Verify.VerifyAsync(
        Context
        + Migration("20260105093000_AddServerNotes", "AddServerNotes", "Hostname, Notes")
        + """
        [DbContext(typeof(OpsDbContext))]
        [Migration("20260317095532_AddAuditTrigger")]
        public sealed class AddAuditTrigger : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("CREATE TRIGGER servers_audit AFTER UPDATE ON \"Servers\" FOR EACH ROW EXECUTE FUNCTION audit();");
        }

        """
        + Snapshot("Hostname, Notes"));

    [Fact]
    public Task MigrationsWithoutIdsAndClassesThatAreNotMigrations_DoNotTrigger() => Verify.VerifyAsync(Context + """
        public sealed class DraftMigration : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) { }
        }

        public sealed class AnotherDraftMigration : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) { }
        }

        [Migration("20260105093000_NotAMigration")]
        public sealed class NotAMigration { }

        [Migration("20260105093000_NotAMigration")]
        public sealed class AlsoNotAMigration { }
        """);
}

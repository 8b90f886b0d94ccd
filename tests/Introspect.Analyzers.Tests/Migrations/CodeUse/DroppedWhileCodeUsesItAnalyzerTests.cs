using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.CodeUse.EfModelSource;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.DroppedWhileCodeUsesItAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.CodeUse;

/// <summary>INTR214 from the EF Core model: what the previous migration's target model still maps.</summary>
public sealed partial class DroppedWhileCodeUsesItAnalyzerTests
{
    private const string LegacyRackCode = """b.Property<string>("LegacyRackCode").HasMaxLength(32).HasColumnType("character varying(32)");""";

    [Fact]
    public Task DropOfAColumnThePreviousModelMaps_TriggersNamingTheProperty() => Test.Code(
        Context
        + Migration("20260407161845_AddServerIndex", string.Empty, Servers(LegacyRackCode))
        + Migration("20260421103307_DropServerLegacyRackCode", """migrationBuilder.{|#0:DropColumn|}(name: "LegacyRackCode", table: "Servers");""", Servers(string.Empty)),
        "postgresql",
        new DiagnosticResult("INTR214", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'DropServerLegacyRackCode' drops column Servers.LegacyRackCode while code still uses it: property Server.LegacyRackCode is still mapped to it in the model of migration 'AddServerIndex', which the running version uses; remove those uses in this release and drop it in the next one, once no instance of this release runs")).RunAsync();

    [Fact]
    public Task RenameOfAColumnThePreviousModelMapsUnderAColumnName_Triggers() => Test.Code(
        Context
        + Migration("20260421103307_AddServerIndex", string.Empty, Servers("""b.Property<string>("VisibleName").HasColumnName("visible_name");"""))
        + Migration(
            "20260505142219_RenameVisibleName",
            """migrationBuilder.{|#0:RenameColumn|}(name: "visible_name", table: "Servers", newName: "display_name");""",
            Servers("""b.Property<string>("DisplayName").HasColumnName("display_name");""")),
        "postgresql",
        new DiagnosticResult("INTR214", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "RenameVisibleName",
            "renames column Servers.visible_name to display_name",
            "property Server.VisibleName is still mapped to it in the model of migration 'AddServerIndex', which the running version uses",
            "add the new name next to the old one, move those uses over in this release, and remove the old name in the next one")).RunAsync();

    [Fact]
    public Task DropOfATableThePreviousModelMaps_TriggersNamingTheEntity() => Test.Code(
        Context
        + Migration("20260825112934_AddCheck", string.Empty, """
            modelBuilder.Entity("Ops.Domain.HostGroup", b =>
                    {
                        b.Property<int>("Id");
                        b.ToTable("HostGroups", "inventory");
                    });
            """)
        + Migration("20260915143318_DropHostGroups", """migrationBuilder.{|#0:DropTable|}(name: "HostGroups", schema: "inventory");""", string.Empty),
        "postgresql",
        new DiagnosticResult("INTR214", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "DropHostGroups",
            "drops table inventory.HostGroups",
            "entity HostGroup is still mapped to it in the model of migration 'AddCheck', which the running version uses",
            "remove those uses in this release and drop it in the next one, once no instance of this release runs")).RunAsync();

    [Fact]
    public Task DropInsideSqlOfAnEfMigration_Triggers() => Test.Code(
        Context
        + Migration("20260407161845_AddServerIndex", string.Empty, Servers(LegacyRackCode))
        + Migration("20260421103307_DropViaSql", """migrationBuilder.Sql({|INTR214:"ALTER TABLE \"Servers\" DROP COLUMN \"LegacyRackCode\";"|});""", Servers(string.Empty)),
        "postgresql").RunAsync();

    [Fact]
    public async Task UnshippedMigrationsBeforeIt_AreTheSameRelease()
    {
        // The property left the model in an unshipped migration; the running version is the last shipped one.
        var test = Test.Code(
            Context
            + Migration("20260407161845_AddServerIndex", string.Empty, Servers(LegacyRackCode))
            + Migration("20260410090000_StopMappingRackCode", string.Empty, Servers(string.Empty))
            + Migration("20260421103307_DropServerLegacyRackCode", """migrationBuilder.{|#0:DropColumn|}(name: "LegacyRackCode", table: "Servers");""", Servers(string.Empty)));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 20260407161845\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR214", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "DropServerLegacyRackCode",
            "drops column Servers.LegacyRackCode",
            "property Server.LegacyRackCode is still mapped to it in the model of migration 'AddServerIndex', which the running version uses",
            "remove those uses in this release and drop it in the next one, once no instance of this release runs"));

        await test.RunAsync();
    }

    [Fact]
    public async Task ShippedMigration_IsReportedAsANote()
    {
        var test = Test.Code(
            Context
            + Migration("20260407161845_AddServerIndex", string.Empty, Servers(LegacyRackCode))
            + Migration("20260421103307_DropServerLegacyRackCode", """migrationBuilder.{|#0:DropColumn|}(name: "LegacyRackCode", table: "Servers");""", Servers(string.Empty)));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 20260421103307\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR214", DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public Task PropertyRemovedFromTheModelOneReleaseBefore_DoesNotTrigger() => Test.Code(
        Context
        + Migration("20260301000000_AddServers", string.Empty, Servers(LegacyRackCode))
        + Migration("20260407161845_StopMappingRackCode", string.Empty, Servers(string.Empty))
        + Migration("20260421103307_DropServerLegacyRackCode", """migrationBuilder.DropColumn(name: "LegacyRackCode", table: "Servers");""", Servers(string.Empty)),
        "postgresql").RunAsync();

    [Fact]
    public Task SameColumnNameOnAnotherTableOfThePreviousModel_DoesNotTrigger() => Test.Code(
        Context
        + Migration("20260407161845_AddServerIndex", string.Empty, Servers(string.Empty) + """
            modelBuilder.Entity("Ops.Domain.Rack", b =>
                    {
                        b.Property<string>("LegacyRackCode");
                        b.ToTable("Racks");
                    });
            """)
        + Migration("20260421103307_DropServerLegacyRackCode", """migrationBuilder.DropColumn(name: "LegacyRackCode", table: "Servers");""", Servers(string.Empty)),
        "postgresql").RunAsync();

    [Fact]
    public Task OwnedTypePropertyOfAnotherTable_DoesNotTrigger() => Test.Code(
        Context
        + Migration("20260407161845_AddServerIndex", string.Empty, """
            modelBuilder.Entity("Ops.Domain.Customer", b =>
                    {
                        b.Property<int>("Id");
                        b.ToTable("Customers");
                        b.OwnsOne("Ops.Domain.Address", "Address", b1 =>
                            {
                                b1.Property<string>("LegacyRackCode");
                                b1.ToTable("Servers");
                            });
                    });
            """)
        + Migration("20260421103307_DropCustomerRack", """migrationBuilder.DropColumn(name: "LegacyRackCode", table: "Customers");""", string.Empty),
        "postgresql").RunAsync();

    [Fact]
    public Task FirstMigrationAndMigrationsWithoutDesigner_DoNotTrigger() => Test.Code(
        Context
        + Migration("20260407161845_DropFirst", """migrationBuilder.DropColumn(name: "LegacyRackCode", table: "Servers");""", Servers(string.Empty))
        + """
        public class HandWritten : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Servers");
        }
        """,
        "postgresql").RunAsync();

    [Fact]
    public Task NoOpRenameAndTableCreatedInTheSameMigration_DoNotTrigger() => Test.Code(
        Context
        + Migration("20260407161845_AddServerIndex", string.Empty, Servers(LegacyRackCode))
        + Migration("20260421103307_Reshape", """
            migrationBuilder.RenameTable(name: "Servers", schema: "public", newName: "Servers");
                    migrationBuilder.RenameColumn(name: "LegacyRackCode", table: "Servers", newName: "legacyrackcode");
                    migrationBuilder.CreateTable(name: "Racks", columns: table => new { Id = table.Column<int>(nullable: false), Draft = table.Column<string>(nullable: true) });
                    migrationBuilder.DropColumn(name: "Draft", table: "Racks");
            """, Servers(LegacyRackCode)),
        "postgresql").RunAsync();

    [Fact]
    public Task ModelOfAnotherContext_DoesNotCount() => Test.Code(
        Context
        + "public class BillingDbContext : DbContext { }\n"
        + Migration("20260407161845_BillingServers", string.Empty, Servers(LegacyRackCode), "BillingDbContext")
        + Migration("20260301000000_AddServers", string.Empty, Servers(string.Empty))
        + Migration("20260421103307_DropServerLegacyRackCode", """migrationBuilder.DropColumn(name: "LegacyRackCode", table: "Servers");""", Servers(string.Empty)),
        "postgresql").RunAsync();

    [Theory]
    [InlineData("public partial class Broken : Migration { protected override void Up(MigrationBuilder b) { b.DropColumn(name: \"X\", table: ) } [Migration(\"2026\")] protected override void BuildTargetModel(ModelBuilder m) { m.Entity(\"A\", b => { b.Property<>(\"X\"); b.ToTable( }); } }")]
    [InlineData("[Migration(\"20260101000000_A\")] public partial class A : Migration { protected override void Up(MigrationBuilder m) { } protected override void BuildTargetModel(ModelBuilder m) { m.Entity(\"A\", b => b.Property<Missing>(\"X\").HasColumnName(); m.Entity(null, null); } }\n[Migration(\"20260201000000_B\")] public partial class B : Migration { protected override void Up(MigrationBuilder m) { m.DropTable(\"A\"); m.DropColumn(\"X\", ); } }\nclass Q { string S = $\"SELECT X FROM {Missing} JOIN\"; string T = \"SELECT FROM\"; }")]
    public Task HalfTypedCode_DoesNotThrow(string source) =>
        BrokenMigrationCode.AssertNoAnalyzerExceptionAsync(new Introspect.Analyzers.Migrations.Rules.DroppedWhileCodeUsesItAnalyzer(), "using Microsoft.EntityFrameworkCore; using Microsoft.EntityFrameworkCore.Migrations;\n" + source);
}

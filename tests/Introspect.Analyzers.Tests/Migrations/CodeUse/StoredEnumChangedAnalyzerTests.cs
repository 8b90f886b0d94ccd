using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.StoredEnumChangedAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.CodeUse;

/// <summary>INTR217: a stored enum whose members no longer match the shipped API or the defaults the migrations wrote.</summary>
public sealed class StoredEnumChangedAnalyzerTests
{
    private const string ByNumber = """b.Property<int>("Status").HasColumnType("integer");""";
    private const string ByName = """b.Property<string>("Status").IsRequired().HasMaxLength(24).HasColumnType("character varying(24)");""";

    /// <summary>The entity, the enum as declared now, and the snapshot that maps Server.Status.</summary>
    private static string Source(string enumDeclaration, string statusProperty, string more = "") => EfModelSource.Context + $$"""
        namespace Ops.Domain
        {
            public class Server
            {
                public int Id { get; set; }

                public ServerStatus Status { get; set; }
            }

            {{enumDeclaration}}
        }

        [DbContext(typeof(OpsDbContext))]
        partial class OpsDbContextModelSnapshot : ModelSnapshot
        {
            protected override void BuildModel(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity("Ops.Domain.Server", b =>
                    {
                        b.Property<int>("Id");
                        {{statusProperty}}
                        b.ToTable("Servers");
                    });
            }
        }

        {{more}}
        """;

    private static Verify.Test Test(string source, string? shippedApi = null)
    {
        var test = new Verify.Test { TestCode = source };
        if (shippedApi is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/PublicAPI.Shipped.txt", "#nullable enable\n" + shippedApi));
        }

        return test;
    }

    private const string ShippedThree = """
        Ops.Domain.ServerStatus
        Ops.Domain.ServerStatus.Provisioning = 0 -> Ops.Domain.ServerStatus
        Ops.Domain.ServerStatus.Active = 1 -> Ops.Domain.ServerStatus
        Ops.Domain.ServerStatus.Suspended = 2 -> Ops.Domain.ServerStatus
        """;

    [Fact]
    public async Task ReorderedMembersStoredByNumber_TriggerOnEachMovedMember()
    {
        var test = Test(Source("public enum ServerStatus { Provisioning, {|#0:Suspended|}, {|#1:Active|} }", ByNumber), ShippedThree);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR217", DiagnosticSeverity.Warning).WithLocation(1).WithMessage(
            "Enum 'ServerStatus' is stored by number in Servers.Status (Server.Status), and member Active was 1 in the last release and is now 2 (reordered or renumbered): rows holding 1 now read as Suspended, and rows holding 2 read as Active; keep every shipped member's value (give the members explicit values) and add new members at the end, or convert the stored values in a migration of their own"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR217", DiagnosticSeverity.Warning).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public Task RemovedMemberStoredByNumber_Triggers() => Test(
        Source("public enum {|INTR217:ServerStatus|} { Provisioning, Active }", ByNumber),
        ShippedThree).RunAsync();

    [Fact]
    public async Task RenamedMemberStoredByName_Triggers()
    {
        var test = Test(Source("public enum {|#0:ServerStatus|} { Provisioning, Running, Suspended }", ByName), ShippedThree);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR217", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "ServerStatus",
            "by name",
            "Servers.Status",
            "Server.Status",
            "member Active of the last release is gone (renamed or removed): rows holding 'Active' can no longer be read",
            "keep the old name as a member (mark it [Obsolete]), or convert the stored values in a migration of their own"));

        await test.RunAsync();
    }

    [Fact]
    public async Task DefaultAMigrationWroteThatNoMemberHasAnyMore_Triggers()
    {
        var test = Test(Source("public enum {|#0:ServerStatus|} { Pending, Active, Suspended }", ByName, """
            [DbContext(typeof(OpsDbContext))]
            [Migration("20260101000000_AddServerStatus")]
            public class AddServerStatus : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<string>(name: "Status", table: "Servers", maxLength: 24, nullable: false, defaultValue: "Provisioning");
            }
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR217", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "ServerStatus",
            "by name",
            "Servers.Status",
            "Server.Status",
            "'Provisioning', which migration 'AddServerStatus' writes as the column's default, is no longer a member: rows holding it can no longer be read as ServerStatus",
            "keep the old name as a member (mark it [Obsolete]), or convert the stored values in a migration of their own"));

        await test.RunAsync();
    }

    [Fact]
    public Task SnapshotDefaultNumberNoMemberHas_Triggers() => Test(
        Source("public enum {|INTR217:ServerStatus|} { Provisioning, Active }", """b.Property<int>("Status").HasDefaultValue(2);""")).RunAsync();

    [Fact]
    public Task MembersAppendedAtTheEnd_DoNotTrigger() => Test(
        Source("public enum ServerStatus { Provisioning, Active, Suspended, Decommissioned }", ByNumber),
        ShippedThree).RunAsync();

    [Fact]
    public Task ExplicitStableValuesInAnotherOrder_DoNotTrigger() => Test(
        Source("public enum ServerStatus { Suspended = 2, Provisioning = 0, Retired = 3, Active = 1 }", ByNumber),
        ShippedThree).RunAsync();

    [Fact]
    public Task StoredByNameWhereOnlyTheValuesChanged_DoesNotTrigger() => Test(
        Source("public enum ServerStatus { Suspended, Active, Provisioning }", ByName),
        ShippedThree).RunAsync();

    [Fact]
    public Task RenamedMemberStoredByNumberWithTheSameValue_DoesNotTrigger() => Test(
        Source("public enum ServerStatus { Provisioning, Running, Suspended }", ByNumber),
        ShippedThree).RunAsync();

    [Fact]
    public Task EnumTheModelDoesNotStore_DoesNotTrigger() => Test(
        Source("public enum ServerStatus { Provisioning, Suspended, Active }", ByNumber).Replace("\"Status\"", "\"State\"")
        + "namespace Ops.Domain { public enum ReportKind { Daily, Weekly } }\n",
        ShippedThree + "\nOps.Domain.ReportKind.Monthly = 2 -> Ops.Domain.ReportKind\n").RunAsync();

    [Fact]
    public Task DataMigrationOfTheTable_DoesNotTrigger() => Test(Source("public enum ServerStatus { Pending, Active, Suspended }", ByName, """
        [DbContext(typeof(OpsDbContext))]
        [Migration("20260101000000_AddServerStatus")]
        public class AddServerStatus : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "Status", table: "Servers", maxLength: 24, nullable: false, defaultValue: "Provisioning");
        }

        [DbContext(typeof(OpsDbContext))]
        [Migration("20260201000000_RenameProvisioningToPending")]
        public class RenameProvisioningToPending : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.Sql("UPDATE \"Servers\" SET \"Status\" = 'Pending' WHERE \"Status\" = 'Provisioning'");
        }
        """)).RunAsync();

    [Fact]
    public Task FlagsCombinationDefaultAndNoEvidence_DoNotTrigger() => Test(
        Source("[Flags] public enum ServerStatus { None = 0, Monitored = 1, Backed = 2 }", """b.Property<int>("Status").HasDefaultValue(3);""")).RunAsync();

    [Fact]
    public Task CurrentMembersWithoutAnyRecord_DoNotTrigger() => Test(
        Source("public enum ServerStatus { Pending, Running }", ByName)).RunAsync();

    [Theory]
    [InlineData("namespace Ops { public class S { public E Status { get; set; } } public enum E { A, B = } }\n[DbContext(typeof(X))] partial class Snap : ModelSnapshot { protected override void BuildModel(ModelBuilder m) { m.Entity(\"Ops.S\", b => { b.Property<int>(\"Status\").HasDefaultValue(; b.ToTable(\"S\"); }); } }")]
    [InlineData("namespace Ops { public class S : Missing { public Missing? Status; } public enum E : Missing { A = Missing.X } }\npartial class Snap : ModelSnapshot { protected override void BuildModel(ModelBuilder m) { m.Entity(\"Ops.S\", b => { b.Property<string>(\"Status\"); b.ToTable(); }); m.Entity(\"Ops.E\", b => b.ToTable(\"E\")); } }")]
    [InlineData("namespace Ops { public class S { public E Status { get; set; } } public enum E { A, A, B = 1 } }\n[DbContext(typeof(X))] partial class Snap : ModelSnapshot { protected override void BuildModel(ModelBuilder m) { m.Entity(\"Ops.S\", b => { b.Property<int>(\"Status\").HasDefaultValue(7); b.ToTable(\"S\"); }); } }")]
    public Task HalfTypedCode_DoesNotThrow(string source) =>
        BrokenMigrationCode.AssertNoAnalyzerExceptionAsync(new Introspect.Analyzers.Migrations.Rules.StoredEnumChangedAnalyzer(), "using Microsoft.EntityFrameworkCore; using Microsoft.EntityFrameworkCore.Infrastructure;\n" + source);
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Introspect.Analyzers.Tests.Migrations.CodeUse.EfModelSource;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.NullableWhileOldCodeRequiresItAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.CodeUse;

/// <summary>INTR215: NOT NULL dropped while the previous model maps the column to a property that cannot hold NULL.</summary>
public sealed class NullableWhileOldCodeRequiresItAnalyzerTests
{
    private static string Before(string property) => Migration("20260401000000_AddServerPriority", string.Empty, Servers(property));

    private static string After(string up, string property = "") => Migration("20260501000000_RelaxServerPriority", up, Servers(property));

    private const string MakeNullable = """
        migrationBuilder.{|#0:AlterColumn<int>|}(name: "Priority", table: "Servers", type: "integer", nullable: true, oldClrType: typeof(int), oldType: "integer");
        """;

    [Fact]
    public Task NonNullableValueTypeInThePreviousModel_Triggers() => Test.Code(
        Context + Before("""b.Property<int>("Priority").HasColumnType("integer");""") + After(MakeNullable, """b.Property<int?>("Priority");"""),
        "postgresql",
        new DiagnosticResult("INTR215", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'RelaxServerPriority' lets column Servers.Priority hold NULL while the model of migration 'AddServerPriority', which the running version uses, maps it to Server.Priority (int): reading a row with NULL there throws in that version; keep the column NOT NULL (with a default if the new code stops writing it) until no version that reads it as required runs, and allow NULL in a later release")).RunAsync();

    [Fact]
    public Task RequiredReferenceInThePreviousModel_Triggers() => Test.Code(
        Context
        + Before("""b.Property<string>("DatacenterCode").IsRequired().HasMaxLength(16).HasColumnName("datacenter_code");""")
        + After("""
            migrationBuilder.{|#0:AlterColumn<string>|}(name: "datacenter_code", table: "Servers", maxLength: 16, nullable: true, oldClrType: typeof(string), oldMaxLength: 16);
            """),
        "postgresql",
        new DiagnosticResult("INTR215", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "RelaxServerPriority",
            "Servers",
            "datacenter_code",
            "the model of migration 'AddServerPriority', which the running version uses, maps it to Server.DatacenterCode (string, required)",
            "that version reads null into a property it treats as always set")).RunAsync();

    [Fact]
    public Task DropNotNullInSqlOfAnEfMigration_Triggers() => Test.Code(
        Context + Before("""b.Property<bool>("IsActive");""")
        + After("""migrationBuilder.Sql({|INTR215:"ALTER TABLE \"Servers\" ALTER COLUMN \"IsActive\" DROP NOT NULL;"|});"""),
        "postgresql").RunAsync();

    [Fact]
    public Task TSqlAlterColumnToNullInAnEfMigration_Triggers() => Test.Code(
        Context + Before("""b.Property<DateTime>("CommissionedAt");""")
        + After("""migrationBuilder.Sql({|INTR215:"ALTER TABLE [dbo].[Servers] ALTER COLUMN [CommissionedAt] datetime2 NULL"|});"""),
        "sqlserver").RunAsync();

    [Fact]
    public async Task ShippedMigration_IsReportedAsANote()
    {
        var test = Test.Code(Context + Before("""b.Property<int>("Priority");""") + After(MakeNullable));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 20260501000000\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR215", DiagnosticSeverity.Info).WithLocation(0));

        await test.RunAsync();
    }

    [Fact]
    public Task NullableValueTypeInThePreviousModel_DoesNotTrigger() => Test.Code(
        Context + Before("""b.Property<int?>("Priority");""") + After(MakeNullable.Replace("{|#0:", string.Empty).Replace(">|}", ">")),
        "postgresql").RunAsync();

    [Fact]
    public Task OptionalReferenceInThePreviousModel_DoesNotTrigger() => Test.Code(
        Context + Before("""b.Property<string>("Notes").HasMaxLength(200);""")
        + After("""migrationBuilder.AlterColumn<string>(name: "Notes", table: "Servers", maxLength: 400, nullable: true, oldClrType: typeof(string), oldMaxLength: 200);"""),
        "postgresql").RunAsync();

    [Fact]
    public Task AlreadyNullableColumnChangingType_DoesNotTrigger() => Test.Code(
        Context + Before("""b.Property<int>("Priority");""")
        + After("""migrationBuilder.AlterColumn<long>(name: "Priority", table: "Servers", nullable: true, oldClrType: typeof(int), oldNullable: true);"""),
        "postgresql").RunAsync();

    [Fact]
    public Task TighteningAndOtherTables_DoNotTrigger() => Test.Code(
        Context + Before("""b.Property<int>("Priority");""")
        + After("""
            migrationBuilder.AlterColumn<int>(name: "Priority", table: "Servers", nullable: false, oldClrType: typeof(int), oldNullable: true);
                    migrationBuilder.AlterColumn<int>(name: "Priority", table: "Racks", nullable: true, oldClrType: typeof(int));
                    migrationBuilder.CreateTable(name: "Queues", columns: table => new { Priority = table.Column<int>(nullable: false) });
                    migrationBuilder.AlterColumn<int>(name: "Priority", table: "Queues", nullable: true, oldClrType: typeof(int));
            """),
        "postgresql").RunAsync();

    [Fact]
    public Task WithoutAPreviousModel_DoesNotTrigger() => Test.Code(
        Context + After("""migrationBuilder.AlterColumn<int>(name: "Priority", table: "Servers", nullable: true, oldClrType: typeof(int));"""),
        "postgresql").RunAsync();

    [Fact]
    public Task FluentMigratorWithoutAModel_DoesNotTrigger() => Test.Code(
        Test.FluentUsings + """
            [Migration(2026050101)]
            public sealed class RelaxInvoiceCurrency : Migration
            {
                public override void Up() => Alter.Column("currency").OnTable("invoices").AsString(3).Nullable();

                public override void Down() { }
            }
            """,
        "postgresql").RunAsync();

    [Theory]
    [InlineData("[Migration(\"20260101000000_A\")] public partial class A : Migration { protected override void Up(MigrationBuilder m) { } protected override void BuildTargetModel(ModelBuilder m) { m.Entity(\"A\", b => { b.Property<int>(\"X\").IsRequired(; b.ToTable(\"T\"); }); } }\n[Migration(\"20260201000000_B\")] public partial class B : Migration { protected override void Up(MigrationBuilder m) { m.AlterColumn<int>(name: \"X\", table: \"T\", nullable: true, ); } }")]
    [InlineData("[Migration(\"20260101000000_A\")] public partial class A : Migration { protected override void BuildTargetModel(ModelBuilder m) { m.Entity(\"A\", (b, c) => b.Property<Missing?>(\"X\")); } }\n[Migration(\"20260201000000_B\")] public partial class B : Migration { protected override void Up(MigrationBuilder m) { m.AlterColumn<Missing>(\"X\", \"T\", nullable: true); } }")]
    public Task HalfTypedCode_DoesNotThrow(string source) =>
        BrokenMigrationCode.AssertNoAnalyzerExceptionAsync(new Introspect.Analyzers.Migrations.Rules.NullableWhileOldCodeRequiresItAnalyzer(), "using Microsoft.EntityFrameworkCore; using Microsoft.EntityFrameworkCore.Migrations; using Microsoft.EntityFrameworkCore.Infrastructure;\n" + source);
}

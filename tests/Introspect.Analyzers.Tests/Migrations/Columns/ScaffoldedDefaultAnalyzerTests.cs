using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Test = Introspect.Analyzers.Tests.Migrations.Columns.MigrationTest<Introspect.Analyzers.Migrations.Rules.ScaffoldedDefaultAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>INTR216 on EF Core migrations: the CLR default scaffolded for a new required property, unless the model configures it.</summary>
public sealed partial class ScaffoldedDefaultAnalyzerTests
{
    private static string EfUp(string name, string up, string targetModel = "") => Test.EfUsings + $$"""
        public partial class {{name}} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                {{up}}
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }

        public partial class {{name}}
        {
            protected override void BuildTargetModel(ModelBuilder modelBuilder)
            {
                {{targetModel}}
            }
        }
        """;

    [Fact]
    public Task EfScaffoldedEmptyString_Triggers() => Test.Code(
        EfUp("AddCustomerContractNumber", """
            migrationBuilder.{|#0:AddColumn<string>|}(
                        name: "ContractNumber",
                        table: "Customers",
                        type: "character varying(32)",
                        maxLength: 32,
                        nullable: false,
                        defaultValue: "");
            """),
        "postgresql",
        new DiagnosticResult("INTR216", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
            "Migration 'AddCustomerContractNumber' adds required column Customers.ContractNumber with default \"\", the CLR default EF Core scaffolds without anybody choosing it: every existing row, and every row the running version of the app inserts, silently gets \"\" as if it were real data; configure a meaningful default in the model (HasDefaultValue or HasDefaultValueSql), or add the column nullable, backfill it, and make it required in a later release")).RunAsync();

    [Fact]
    public Task EfScaffoldedZeroFalseEmptyGuidAndMinimumDate_Trigger() => Test.Code(EfUp("AddServerColumns", """
        migrationBuilder.{|INTR216:AddColumn<int>|}(name: "Priority", table: "Servers", type: "integer", nullable: false, defaultValue: 0);
                migrationBuilder.{|INTR216:AddColumn<bool>|}(name: "IsActive", table: "Servers", type: "boolean", nullable: false, defaultValue: false);
                migrationBuilder.{|INTR216:AddColumn<Guid>|}(name: "TenantId", table: "Servers", type: "uuid", nullable: false, defaultValue: Guid.Empty);
                migrationBuilder.{|INTR216:AddColumn<DateTime>|}(name: "CommissionedAt", table: "Servers", type: "timestamp without time zone", nullable: false,
                    defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfScaffoldedDefaultWhenMakingAColumnRequiredOnSqlServer_TriggersNamingTheHiddenUpdate() => Test.Code(
        EfUp("RequireServerDatacenterCode", """
            migrationBuilder.{|#0:AlterColumn<string>|}(
                        name: "DatacenterCode", table: "Servers", type: "nvarchar(16)", maxLength: 16, nullable: false, defaultValue: "",
                        oldClrType: typeof(string), oldType: "nvarchar(16)", oldMaxLength: 16, oldNullable: true);
            """),
        "sqlserver",
        new DiagnosticResult("INTR216", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "RequireServerDatacenterCode",
            "makes column Servers.DatacenterCode NOT NULL with the CLR default \"\" that EF Core scaffolds: on SQL Server EF Core first runs an unbatched UPDATE … SET DatacenterCode = \"\" WHERE DatacenterCode IS NULL inside the migration transaction, turning every missing value into \"\", and the running version of the app fails when it writes NULL",
            "backfill a meaningful value in batches in a migration of its own, and make the column NOT NULL in a later release")).RunAsync();

    [Fact]
    public Task EfDefaultTheTargetModelConfigures_DoesNotTrigger() => Test.Code(EfUp(
        "AddServerIsActive",
        """
        migrationBuilder.AddColumn<bool>(name: "is_active", table: "Servers", type: "boolean", nullable: false, defaultValue: false);
                migrationBuilder.AddColumn<int>(name: "Priority", table: "Servers", type: "integer", nullable: false, defaultValue: 0);
        """,
        """
        modelBuilder.Entity("Ops.Domain.Server", b =>
                    {
                        b.Property<bool>("IsActive")
                            .ValueGeneratedOnAdd()
                            .HasColumnType("boolean")
                            .HasColumnName("is_active")
                            .HasDefaultValue(false);

                        b.Property<int>("Priority")
                            .HasColumnType("integer")
                            .HasDefaultValueSql("0");

                        b.ToTable("Servers", (string?)null);
                    });
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfChosenValuesAndSqlDefaults_DoNotTrigger() => Test.Code(EfUp("AddMonitoredHostColumns", """
        migrationBuilder.AddColumn<bool>(name: "SyncEnabled", table: "MonitoredHosts", type: "boolean", nullable: false, defaultValue: true);
                migrationBuilder.AddColumn<int>(name: "PollSeconds", table: "MonitoredHosts", type: "integer", nullable: false, defaultValue: 60);
                migrationBuilder.AddColumn<DateTimeOffset>(name: "CreatedAt", table: "MonitoredHosts", nullable: false, defaultValueSql: "now()");
                migrationBuilder.AddColumn<int>(name: "Weight", table: "MonitoredHosts", type: "integer", nullable: true, defaultValue: 0);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfScaffoldedDefaultWhenMakingAColumnRequiredOnPostgres_IsLeftToINTR206() => Test.Code(EfUp("RequireServerDatacenterCode", """
        migrationBuilder.AlterColumn<string>(
                    name: "DatacenterCode", table: "Servers", type: "character varying(16)", maxLength: 16, nullable: false, defaultValue: "",
                    oldClrType: typeof(string), oldType: "character varying(16)", oldMaxLength: 16, oldNullable: true);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfScaffoldedDefaultOnANewTable_DoesNotTrigger() => Test.Code(EfUp("CreateAlertOutbox", """
        migrationBuilder.CreateTable(
                    name: "AlertOutbox",
                    columns: table => new { Id = table.Column<long>(type: "bigint", nullable: false) });
                migrationBuilder.AddColumn<int>(name: "Attempts", table: "AlertOutbox", type: "integer", nullable: false, defaultValue: 0);
        """), "postgresql").RunAsync();

    [Fact]
    public Task EfAlterColumnOfAColumnThatWasAlreadyRequired_DoesNotTrigger() => Test.Code(EfUp("WidenDatacenterCode", """
        migrationBuilder.AlterColumn<string>(
                    name: "DatacenterCode", table: "Servers", type: "nvarchar(32)", maxLength: 32, nullable: false, defaultValue: "",
                    oldClrType: typeof(string), oldType: "nvarchar(16)", oldMaxLength: 16, oldDefaultValue: "");
        """), "sqlserver").RunAsync();
}

using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<Introspect.Analyzers.Migrations.Rules.ApplicationTypeInMigrationAnalyzer, Introspect.CodeFixes.Migrations.ApplicationConstantFixer>;

namespace Introspect.Analyzers.Tests.Migrations.ApplicationTypes;

/// <summary>INTR218 fix: constants of the app written out as the literal the compiler already used.</summary>
public sealed class ApplicationConstantFixerTests
{
    private const string Application = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Ops.Domain
        {
            public enum ServerStatus { Provisioning = 0, Active = 1, Retired = 2 }

            public static class TableNames
            {
                public const string Servers = "Servers";
                public const long DefaultQuota = 5000000000;
            }

            public sealed class OpsDbContext : DbContext { }
        }

        """;

    [Fact]
    public Task CastEnumMember_BecomesItsNumber() => Verify.VerifyAsync(
        Application + """
        namespace Ops.Domain.Migrations
        {
            public partial class AddServerStatus : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<int>(name: "Status", table: "Servers", nullable: false, defaultValue: (int){|INTR218:ServerStatus.Active|});
            }
        }
        """,
        Application + """
        namespace Ops.Domain.Migrations
        {
            public partial class AddServerStatus : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<int>(name: "Status", table: "Servers", nullable: false, defaultValue: 1 /* ServerStatus.Active */);
            }
        }
        """);

    [Fact]
    public Task StringAndLongConstants_BecomeTheirLiteralsInEveryMigration() => Verify.VerifyAsync(
        Application + """
        namespace Ops.Domain.Migrations
        {
            public partial class AddServerNotes : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<string>(name: "Notes", table: {|INTR218:Ops.Domain.TableNames.Servers|}, nullable: true);
            }

            public partial class AddServerQuota : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<long>(name: "Quota", table: "Servers", nullable: false, defaultValue: {|INTR218:TableNames.DefaultQuota|});
            }
        }
        """,
        Application + """
        namespace Ops.Domain.Migrations
        {
            public partial class AddServerNotes : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers" /* Ops.Domain.TableNames.Servers */, nullable: true);
            }

            public partial class AddServerQuota : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<long>(name: "Quota", table: "Servers", nullable: false, defaultValue: 5000000000L /* TableNames.DefaultQuota */);
            }
        }
        """);

    [Fact]
    public Task EnumMemberWithoutACast_IsNotOffered()
    {
        const string Source = Application + """
            namespace Ops.Domain.Migrations
            {
                public partial class SeedServerStatus : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder) =>
                        migrationBuilder.InsertData("Servers", "Status", {|INTR218:ServerStatus.Active|});
                }
            }
            """;
        return Verify.VerifyAsync(Source, Source);
    }

    [Fact]
    public Task DbContextInAMigration_IsNotOffered()
    {
        const string Source = Application + """
            namespace Ops.Domain.Migrations
            {
                public partial class TouchContext : Migration
                {
                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        using var {|INTR218:context = new OpsDbContext()|};
                    }
                }
            }
            """;
        return Verify.VerifyAsync(Source, Source);
    }
}

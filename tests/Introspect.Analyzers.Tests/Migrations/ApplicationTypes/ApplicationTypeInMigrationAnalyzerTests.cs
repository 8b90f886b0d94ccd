using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Migrations.Rules.ApplicationTypeInMigrationAnalyzer>;

namespace Introspect.Analyzers.Tests.Migrations.ApplicationTypes;

/// <summary>INTR218: application types used in a migration's Up, Down or helpers.</summary>
public sealed partial class ApplicationTypeInMigrationAnalyzerTests
{
    private const string Application = """
        using System;
        using System.Collections.Generic;
        using Microsoft.EntityFrameworkCore;

        namespace Ops.Domain
        {
            public enum ServerStatus { Provisioning = 0, Active = 1, Retired = 2 }

            public static class TableNames
            {
                public const string Servers = "Servers";
            }

            public sealed class Server
            {
                public int Id { get; set; }
                public string Hostname { get; set; } = "";
                public ServerStatus Status { get; set; }
            }

            public sealed class OpsDbContext : DbContext
            {
                public DbSet<Server> Servers => Set<Server>();
            }
        }

        """;

    [Fact]
    public async Task EnumMemberAsDefaultValue_Triggers()
    {
        var test = new Verify.Test
        {
            TestCode = Application + """
                namespace Ops.Domain.Migrations
                {
                    using Microsoft.EntityFrameworkCore.Migrations;
                    using Ops.Domain;

                    public partial class AddServerStatus : Migration
                    {
                        protected override void Up(MigrationBuilder migrationBuilder) =>
                            migrationBuilder.AddColumn<int>(name: "Status", table: "Servers", nullable: false, defaultValue: (int){|#0:ServerStatus.Active|});

                        protected override void Down(MigrationBuilder migrationBuilder) =>
                            migrationBuilder.DropColumn(name: "Status", table: "Servers");
                    }
                }
                """,
            ExpectedDiagnostics =
            {
                new DiagnosticResult("INTR218", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                    "Migration 'AddServerStatus' uses the application's enum Ops.Domain.ServerStatus, which will keep changing after this migration ships, so replaying it on a new database later does something else or no longer compiles; use only the migration API, literals and SQL in a migration (copy the values it needs into it)"),
            },
        };

        await test.RunAsync();
    }

    [Fact]
    public Task LiveDbContextAndEntityInUp_TriggerOncePerType() => Verify.VerifyAsync(Application + """
        namespace Ops.Domain.Migrations
        {
            using System.Linq;
            using Microsoft.EntityFrameworkCore.Migrations;
            using Ops.Domain;

            public partial class NormaliseHostnames : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    using var {|INTR218:context = new OpsDbContext()|};
                    foreach ({|INTR218:var|} server in context.Servers.ToList())
                    {
                        migrationBuilder.UpdateData("Servers", "Id", server.Id, "Hostname", server.Hostname.ToLowerInvariant());
                    }
                }
            }
        }
        """);

    [Fact]
    public Task ConstantOfTheAppInAHelperMethodOfTheMigration_Triggers() => Verify.VerifyAsync(Application + """
        namespace Ops.Domain.Migrations
        {
            using Microsoft.EntityFrameworkCore.Migrations;

            public partial class AddServerNotes : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) => AddNotes(migrationBuilder);

                protected override void Down(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.DropColumn(name: "Notes", table: "Servers");

                private static void AddNotes(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<string>(name: "Notes", table: {|INTR218:Ops.Domain.TableNames.Servers|}, nullable: true);
            }
        }
        """);

    [Fact]
    public Task TypeofAndTypeArgumentOfAnEntity_Trigger() => Verify.VerifyAsync(Application + """
        namespace Ops.Domain.Migrations
        {
            using Microsoft.EntityFrameworkCore.Migrations;
            using Ops.Domain;

            public partial class AddServerStatusColumn : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    migrationBuilder.{|INTR218:AddColumn<ServerStatus>|}(name: "Status", table: "Servers", nullable: false);
                    migrationBuilder.Sql("COMMENT ON TABLE \"Servers\" IS '" + {|INTR218:typeof(Server)|}.Name + "'");
                }
            }
        }
        """);

    [Fact]
    public async Task ShippedMigration_IsReportedAsANote()
    {
        var test = new Verify.Test
        {
            TestCode = Application + """
                namespace Ops.Domain.Migrations
                {
                    using Microsoft.EntityFrameworkCore.Migrations;
                    using Ops.Domain;

                    [Migration("20260105093000_AddServerStatus")]
                    public partial class AddServerStatus : Migration
                    {
                        protected override void Up(MigrationBuilder migrationBuilder) =>
                            migrationBuilder.AddColumn<int>(name: "Status", table: "Servers", nullable: false, defaultValue: (int){|#0:ServerStatus.Active|});
                    }
                }
                """,
            ExpectedDiagnostics = { new DiagnosticResult("INTR218", DiagnosticSeverity.Info).WithLocation(0) },
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nintrospect.migrations.last_shipped = 20260105093000\n"));

        await test.RunAsync();
    }

    [Fact]
    public Task GeneratedDesignerAndDbContextAttribute_DoNotTrigger() => Verify.VerifyAsync(Application + """
        namespace Ops.Domain.Migrations
        {
            using System;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;
            using Ops.Domain;

            public partial class AddServerNotes : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.AddColumn<string>(name: "Notes", table: "Servers", nullable: true);

                protected override void Down(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.DropColumn(name: "Notes", table: "Servers");
            }

            [DbContext(typeof(OpsDbContext))]
            [Migration("20260105093000_AddServerNotes")]
            partial class AddServerNotes
            {
                protected override void BuildTargetModel(ModelBuilder modelBuilder)
                {
                    modelBuilder.HasAnnotation("ProductVersion", "10.0.0");
                    modelBuilder.Entity("Ops.Domain.Server", b =>
                    {
                        b.Property<int>("Id").ValueGeneratedOnAdd();
                        b.Property<string>("Notes");
                        b.HasKey("Id");
                        b.ToTable("Servers");
                    });
                }
            }

            [DbContext(typeof(OpsDbContext))]
            partial class OpsDbContextModelSnapshot : ModelSnapshot
            {
                protected override void BuildModel(ModelBuilder modelBuilder) =>
                    modelBuilder.Entity("Ops.Domain.Server", b => b.Property<int>("Id"));
            }
        }
        """);

    [Fact]
    public Task FrameworkAndBclTypes_DoNotTrigger() => Verify.VerifyAsync(Application + """
        namespace Ops.Domain.Migrations
        {
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.EntityFrameworkCore.Migrations;

            public partial class SeedMaintenanceWindows : Migration
            {
                private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

                protected override void Up(MigrationBuilder migrationBuilder)
                {
                    var days = new List<string> { "sat", "sun" };
                    foreach (var day in days.Where(name => name.Length == 3))
                    {
                        migrationBuilder.InsertData("MaintenanceWindows", new[] { "Id", "Day", "StartsAt" }, new object[] { Guid.NewGuid(), day, Start });
                    }

                    if (ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
                    {
                        migrationBuilder.Sql(string.Join(";", days.Select(day => $"SELECT '{day}'")));
                    }
                }
            }
        }
        """);

    [Fact]
    public Task AppTypesOutsideMigrations_DoNotTrigger() => Verify.VerifyAsync(Application + """
        namespace Ops.Domain.Services
        {
            using Ops.Domain;

            public sealed class ServerRetirement
            {
                public ServerStatus Retire(Server server) => server.Status = ServerStatus.Retired;
            }
        }
        """);
}

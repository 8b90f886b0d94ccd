using Introspect.Testing;

namespace Introspect.Cli.Tests;

public sealed class MigrationsPlanTests : IDisposable
{
    private readonly TempFolder _folder = new("plan");

    [Fact]
    public async Task Plan_PrintsTheSafeSequenceForEachUnsafeOperation()
    {
        var project = _folder.WriteProject("Billing", new Dictionary<string, string>(), "</PropertyGroup><ItemGroup><PackageReference Include=\"Microsoft.EntityFrameworkCore.Relational\" Version=\"10.0.15\" /></ItemGroup><PropertyGroup>");
        _folder.Write("Billing/Migrations/RenameHostVisibleName.cs", """
            using Microsoft.EntityFrameworkCore.Migrations;

            namespace Billing.Migrations;

            [Migration("20260505142219_RenameHostVisibleName")]
            public class RenameHostVisibleName : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.RenameColumn(name: "VisibleName", table: "MonitoredHosts", newName: "DisplayName");

                protected override void Down(MigrationBuilder migrationBuilder) =>
                    migrationBuilder.RenameColumn(name: "DisplayName", table: "MonitoredHosts", newName: "VisibleName");
            }
            """);
        _folder.Write("Billing/Program.cs", "public static class Program { public static async void Fire() => await Task.Yield(); }");

        var result = await CliRun.RunAsync("migrations", "plan", project);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal("1 unsafe operation in 1 migration", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("Migrations/RenameHostVisibleName.cs (20260505142219_RenameHostVisibleName, EF Core)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("INTR203 Migration 'RenameHostVisibleName' renames column MonitoredHosts.VisibleName", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Trim() == "1. Release 1 (expand): add DisplayName next to VisibleName, nullable or with a default; the code writes both.");
        Assert.DoesNotContain("INTR101", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanHelp_DescribesTheCommand()
    {
        var result = await CliRun.RunAsync("migrations", "plan", "--help");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("expand, migrate and contract", result.Output, StringComparison.Ordinal);
        Assert.Contains("--since", result.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

using Introspect.Testing;

namespace Introspect.Cli.Tests;

/// <summary><c>--since &lt;git-ref&gt;</c>: migrations that already existed at the last release are notes, newer ones warnings.</summary>
public sealed class SinceTests : IDisposable
{
    private readonly TempFolder _folder = new("since");

    [Fact]
    public async Task MigrationsThatExistedAtTheRef_AreNotes_NewOnesWarnings()
    {
        var project = WriteProject();
        WriteMigration("20260101000000_DropServerRackCode", "Servers", "RackCode");
        _folder.Write("Billing/Scripts/0001_drop_usage_sku.sql", "ALTER TABLE usage_records DROP COLUMN legacy_sku;\n");
        await GitAsync("init", "-q");
        await GitAsync("add", "-A");
        await GitAsync("-c", "user.email=ops@example.com", "-c", "user.name=Ops", "commit", "-q", "-m", "release 1");
        await GitAsync("tag", "v1");
        WriteMigration("20260201000000_DropHostAlias", "MonitoredHosts", "Alias");
        _folder.Write("Billing/Scripts/0002_drop_usage_region.sql", "ALTER TABLE usage_records DROP COLUMN region;\n");

        var since = await CliRun.RunAsync("check", project, "--since", "v1", "-v", "quiet");
        var all = await CliRun.RunAsync("check", project, "-v", "quiet");

        Assert.Equal(ExitCodes.Findings, since.ExitCode);
        var lines = since.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => line.Contains("note INTR201", StringComparison.Ordinal) && line.Contains("'M20260101000000_DropServerRackCode'", StringComparison.Ordinal) && line.Contains("already shipped", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("note INTR201", StringComparison.Ordinal) && line.Contains("0001_drop_usage_sku", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("warning INTR201", StringComparison.Ordinal) && line.Contains("'M20260201000000_DropHostAlias'", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("warning INTR201", StringComparison.Ordinal) && line.Contains("0002_drop_usage_region", StringComparison.Ordinal));
        Assert.DoesNotContain("note INTR201", all.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRef_IsAUsageError()
    {
        var project = WriteProject();
        await GitAsync("init", "-q");

        var result = await CliRun.RunAsync("check", project, "--since", "no-such-tag");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'no-such-tag' is not a commit git knows", result.Error, StringComparison.Ordinal);
    }

    private string WriteProject() => _folder.Write("Billing/Billing.csproj", """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.EntityFrameworkCore.Relational" Version="10.0.15" />
          </ItemGroup>
        </Project>
        """);

    private void WriteMigration(string id, string table, string column) => _folder.Write($"Billing/Migrations/{id}.cs", $$"""
        using Microsoft.EntityFrameworkCore.Migrations;

        namespace Billing.Migrations;

        [Migration("{{id}}")]
        public class M{{id}} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder) =>
                migrationBuilder.DropColumn(name: "{{column}}", table: "{{table}}");

            protected override void Down(MigrationBuilder migrationBuilder) =>
                migrationBuilder.AddColumn<string>(name: "{{column}}", table: "{{table}}", nullable: true);
        }
        """);

    private async Task GitAsync(params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync("git", arguments, _folder.Path, TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    public void Dispose() => _folder.Dispose();
}

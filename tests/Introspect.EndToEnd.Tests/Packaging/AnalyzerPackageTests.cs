using System.IO.Compression;
using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Packaging;

/// <summary>
/// The IDE path: Visual Studio and Rider load the very analyzer assemblies a consumer's build loads from the
/// package, so a fresh console project that references the packed package must show INTR101 in its build.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class AnalyzerPackageTests(PackedAnalyzerPackage package) : IDisposable
{
    private readonly TempFolder _folder = new("consumer");

    [Fact]
    public async Task PackedPackage_ReportsINTR101_InAConsumersBuild()
    {
        WriteConsumer();

        var build = await BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("Program.cs(7,23): warning INTR101: Async method 'NotifyCustomer' returns void", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NotifyCustomerAsync", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PackedPackage_ReadsEmbeddedSqlScripts_WithScriptDomLoadedFromThePackage()
    {
        WriteConsumer();
        _folder.Write("Consumer/Scripts/0007_drop_rack_code.sql", """
            -- T-SQL, so the analyzers must load ScriptDom from their own folder in the package.
            IF COL_LENGTH('dbo.Servers', 'LegacyRackCode') IS NOT NULL
                ALTER TABLE [dbo].[Servers] DROP COLUMN [LegacyRackCode];
            GO
            """);
        _folder.Write("Consumer/Scripts/0008_add_notes.sql", "ALTER TABLE [dbo].[Servers] ADD [Notes] nvarchar(400) NULL;\n");
        _folder.Write("Consumer/.editorconfig", "root = true\n\n[*.sql]\nintrospect.migrations.provider = sqlserver\n");
        _folder.Write("Consumer/Directory.Build.props", """
            <Project>
              <ItemGroup>
                <EmbeddedResource Include="Scripts\*.sql" />
              </ItemGroup>
            </Project>
            """);

        var build = await BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0007_drop_rack_code.sql(3,5): warning INTR201: Migration '0007_drop_rack_code' drops column dbo.Servers.LegacyRackCode", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0008_add_notes.sql", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StrictMode_TurnsEveryRuleIntoAnError()
    {
        WriteConsumer();

        var build = await BuildAsync("-p:IntrospectAnalysisMode=strict");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("Program.cs(7,23): error INTR101", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_HoldsTheAnalyzersAndFixesUnderAnalyzersDotnetCs_AndIsADevelopmentDependency()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(entry => entry.FullName).ToArray();
        Assert.Contains("analyzers/dotnet/cs/Introspect.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Introspect.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Microsoft.SqlServer.TransactSql.ScriptDom.dll", entries);
        Assert.Contains("build/Introspect.Analyzers.targets", entries);
        Assert.Contains("globalconfig/recommended.globalconfig", entries);
        Assert.Contains("globalconfig/strict.globalconfig", entries);
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspec = new StreamReader(archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var manifest = await nuspec.ReadToEndAsync();
        Assert.Contains("<developmentDependency>true</developmentDependency>", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", manifest, StringComparison.Ordinal);
    }

    private void WriteConsumer()
    {
        _folder.Write("Consumer/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Introspect.Analyzers" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        _folder.Write("Consumer/Program.cs", """
            var notifier = new SnapshotNotifier();
            notifier.NotifyCustomer("ops@example.com");
            await Task.Delay(100);

            class SnapshotNotifier
            {
                public async void NotifyCustomer(string email) => await Task.Delay(10);

                public async Task NotifyCustomerAsync(string email) => await Task.Delay(10);
            }
            """);
    }

    private Task<ProcessResult> BuildAsync(params string[] properties) =>
        ProcessRunner.RunAsync(
            "dotnet",
            ["build", "-nologo", "--no-incremental", $"-p:RestoreAdditionalProjectSources={package.Feed}", $"-p:RestorePackagesPath={_folder.Combine("packages")}", .. properties],
            _folder.Combine("Consumer"),
            PackedAnalyzerPackage.Timeout);

    public void Dispose() => _folder.Dispose();
}

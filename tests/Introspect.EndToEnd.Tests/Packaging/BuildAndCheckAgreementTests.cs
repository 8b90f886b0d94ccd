using System.Text.Json;
using System.Text.RegularExpressions;
using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Packaging;

/// <summary>
/// The same project gives the same findings in <c>dotnet build</c> (with the packed analyzer package) and in
/// <c>introspect check</c>: severities from .editorconfig, #pragma and [SuppressMessage] apply identically.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class BuildAndCheckAgreementTests(PackedAnalyzerPackage package) : IDisposable
{
    private readonly TempFolder _folder = new("agreement");

    [Fact]
    public async Task BuildAndCheck_ReportTheSameFindingsWithTheSameSeverities()
    {
        var project = WriteConsumer();

        var build = await ProcessRunner.RunAsync(
            "dotnet",
            ["build", project, "-nologo", "--no-incremental", $"-p:RestoreAdditionalProjectSources={package.Feed}", $"-p:RestorePackagesPath={_folder.Combine("packages")}"],
            _folder.Path,
            PackedAnalyzerPackage.Timeout);
        var check = await ProcessRunner.RunAsync(
            "dotnet",
            [BuildConfiguration.CliAssembly, "check", project, "--format", "json", "--no-restore"],
            _folder.Path,
            PackedAnalyzerPackage.Timeout);

        var fromBuild = BuildDiagnostic().Matches(build.Output)
            .Select(match => $"{Path.GetFileName(match.Groups["file"].Value)}:{match.Groups["line"].Value}:{match.Groups["column"].Value} {match.Groups["severity"].Value} {match.Groups["id"].Value}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        using var json = JsonDocument.Parse(check.Output);
        var fromCheck = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(finding => $"{Path.GetFileName(finding.GetProperty("path").GetString())}:{finding.GetProperty("line").GetInt32()}:{finding.GetProperty("column").GetInt32()} {finding.GetProperty("severity").GetString()} {finding.GetProperty("ruleId").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["Escalated.cs:5:23 error INTR101", "Notifier.cs:5:23 warning INTR101"], fromBuild);
        Assert.Equal(fromBuild, fromCheck);
    }

    private string WriteConsumer()
    {
        _folder.Write("Consumer/.editorconfig", """
            root = true

            [Escalated.cs]
            dotnet_diagnostic.INTR101.severity = error

            [Silenced.cs]
            dotnet_diagnostic.INTR101.severity = none
            """);
        _folder.Write("Consumer/Notifier.cs", Helper("Notifier"));
        _folder.Write("Consumer/Escalated.cs", Helper("Escalated"));
        _folder.Write("Consumer/Silenced.cs", Helper("Silenced"));
        _folder.Write("Consumer/Pragma.cs", """
            namespace Demo;

            public class Pragma
            {
            #pragma warning disable INTR101 // Callback signature fixed by a plug-in host.
                public async void NotifyCustomer(string email) => await Task.Delay(10);
            #pragma warning restore INTR101
            }
            """);
        _folder.Write("Consumer/Attributed.cs", """
            using System.Diagnostics.CodeAnalysis;

            namespace Demo;

            public class Attributed
            {
                [SuppressMessage("Threading", "INTR101", Justification = "Callback signature fixed by a plug-in host.")]
                public async void NotifyCustomer(string email) => await Task.Delay(10);
            }
            """);
        return _folder.Write("Consumer/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Introspect.Analyzers" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
    }

    private static string Helper(string className) => $$"""
        namespace Demo;

        public class {{className}}
        {
            public async void NotifyCustomer(string email) => await Task.Delay(10);
        }
        """;

    [GeneratedRegex(@"^(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>INTR\d{3}):", RegexOptions.Multiline)]
    private static partial Regex BuildDiagnostic();

    public void Dispose() => _folder.Dispose();
}

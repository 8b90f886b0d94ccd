using Introspect.Testing;

namespace Introspect.Cli.Tests;

/// <summary>--configuration, --framework and -p reach MSBuild, as they do for dotnet build.</summary>
public sealed class MsBuildPropertyTests : IDisposable
{
    private const string ConditionalHazard = """
        namespace Demo;

        public class AuditTrail
        {
            public async void Always() => await Task.Yield();

        #if AUDIT
            public async void Flush() => await Task.Yield();
        #endif
        #if NET10_0
            public async void Modern() => await Task.Yield();
        #else
            public async void Legacy() => await Task.Yield();
        #endif
        }
        """;

    private readonly TempFolder _folder = new("msbuild-properties");
    private readonly string _project;

    public MsBuildPropertyTests() => _project = _folder.WriteProject(
        "Ops",
        new Dictionary<string, string> { ["AuditTrail.cs"] = ConditionalHazard },
        """
        <DefineConstants Condition="'$(Configuration)' == 'Audit' or '$(EnableAudit)' == 'true'">$(DefineConstants);AUDIT</DefineConstants>
        """);

    [Fact]
    public async Task Configuration_ChangesWhatIsCompiled()
    {
        var plain = await CliRun.RunAsync("check", _project, "-v", "quiet");
        var audit = await CliRun.RunAsync("check", _project, "-c", "Audit", "-v", "quiet");

        Assert.DoesNotContain("'Flush'", plain.Output, StringComparison.Ordinal);
        Assert.Contains("'Flush'", audit.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Property_ReachesMsBuild()
    {
        var result = await CliRun.RunAsync("check", _project, "-p", "EnableAudit=true", "-v", "quiet");

        Assert.Contains("'Flush'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultiTargetedProject_IsReportedOncePerFinding_AndFrameworkPicksOne()
    {
        _folder.Write("Multi/AuditTrail.cs", ConditionalHazard.Replace("Task.Yield()", "System.Threading.Tasks.Task.Yield()", StringComparison.Ordinal));
        var multi = _folder.Write("Multi/Multi.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
            </Project>
            """);

        var both = await CliRun.RunAsync("check", multi, "-v", "quiet");
        var modern = await CliRun.RunAsync("check", multi, "-f", "net10.0", "-v", "quiet");

        Assert.True(both.ExitCode == 1, both.ToString());
        Assert.Single(both.Output.Split('\n'), line => line.Contains("'Always'", StringComparison.Ordinal));
        Assert.Single(both.Output.Split('\n'), line => line.Contains("'Modern'", StringComparison.Ordinal));
        Assert.Single(both.Output.Split('\n'), line => line.Contains("'Legacy'", StringComparison.Ordinal));
        Assert.Contains("'Modern'", modern.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'Legacy'", modern.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

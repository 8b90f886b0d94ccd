using Introspect.Core.Loading;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Tests.Loading;

public sealed class WorkspaceDiagnosticClassifierTests
{
    private const string ResolvedNewerVersion =
        "Msbuild failed when processing the file '/src/Ops/Ops.csproj' with message: Microsoft.CodeAnalysis.Workspaces.MSBuild 5.12.0 depends on Microsoft.Build.Framework (>= 18.7.1) but Microsoft.Build.Framework 18.7.1 was not found. Microsoft.Build.Framework 18.9.6 was resolved instead.";

    [Fact]
    public void NuGetResolvedANewerVersion_IsHarmless() =>
        Assert.True(WorkspaceDiagnosticClassifier.IsHarmless(new WorkspaceDiagnostic(WorkspaceDiagnosticKind.Failure, ResolvedNewerVersion)));

    [Fact]
    public void MissingAssetsFile_IsNotHarmless()
    {
        const string message = "Msbuild failed when processing the file '/src/Ops/Ops.csproj' with message: /usr/share/dotnet/sdk/10.0.401/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets: (266, 5): Assets file '/src/Ops/obj/project.assets.json' not found. Run a NuGet package restore to generate this file.";

        Assert.False(WorkspaceDiagnosticClassifier.IsHarmless(new WorkspaceDiagnostic(WorkspaceDiagnosticKind.Failure, message)));
    }

    [Fact]
    public void ProjectPath_IsReadFromTheMessage() =>
        Assert.Equal("/src/Ops/Ops.csproj", WorkspaceDiagnosticClassifier.ProjectPathIn(ResolvedNewerVersion));

    [Fact]
    public void MessageWithoutAProject_HasNoProjectPath() =>
        Assert.Null(WorkspaceDiagnosticClassifier.ProjectPathIn("Something went wrong."));

    [Fact]
    public void Reason_IsTheTextAfterMsBuildsWrapper() =>
        Assert.StartsWith("Microsoft.CodeAnalysis.Workspaces.MSBuild 5.12.0 depends on", WorkspaceDiagnosticClassifier.ReasonIn(ResolvedNewerVersion), StringComparison.Ordinal);

    [Fact]
    public void UnwrappedMessage_IsItsOwnReason() =>
        Assert.Equal("Project file not found.", WorkspaceDiagnosticClassifier.ReasonIn("  Project file not found. "));
}

using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Introspect.Analyzers.Tests.Verifiers;

/// <summary>
/// What every analyzer and code-fix test compiles against. Offline: no reference-assembly download; the .NET 10
/// reference assemblies come from Basic.Reference.Assemblies and the frameworks from their real packages.
/// </summary>
internal static class TestConfiguration
{
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    public static void Apply(SolutionState state) => state.AdditionalReferences.AddRange(FrameworkReferences.All);

    public static CompilationOptions WithNullable(CompilationOptions options) =>
        ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable);

    public static ParseOptions WithLatestLanguage(ParseOptions options) =>
        ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.Latest);
}

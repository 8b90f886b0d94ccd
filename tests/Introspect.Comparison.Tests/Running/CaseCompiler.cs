using Introspect.Comparison.Corpus;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Introspect.Comparison.Tests.Running;

/// <summary>
/// Compiles one case on its own, the way the analyzer tests compile snippets: .NET 10 reference assemblies plus
/// the real job and data frameworks, nullable on, no implicit usings, the latest language version.
/// </summary>
public static class CaseCompiler
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions s_options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable);

    public static CSharpCompilation Compile(CorpusCase corpusCase)
    {
        var tree = CSharpSyntaxTree.ParseText(corpusCase.Source, s_parseOptions, path: corpusCase.RelativePath);
        var assemblyName = "Corpus_" + corpusCase.Id.Replace('/', '_');
        return CSharpCompilation.Create(assemblyName, [tree], FrameworkReferences.All, s_options);
    }
}

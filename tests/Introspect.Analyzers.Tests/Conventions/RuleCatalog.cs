using System.Collections.Immutable;
using System.Reflection;
using Introspect.CodeFixes.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Tests.Conventions;

/// <summary>Every analyzer, descriptor and code fix that ships, found by reflection so a new rule cannot hide.</summary>
internal static class RuleCatalog
{
    public static Assembly AnalyzerAssembly { get; } = typeof(DiagnosticIds).Assembly;

    public static Assembly CodeFixAssembly { get; } = typeof(AsyncVoidMethodFixer).Assembly;

    public static ImmutableArray<Type> AnalyzerTypes { get; } = TypesDerivedFrom<DiagnosticAnalyzer>(AnalyzerAssembly);

    public static ImmutableArray<Type> CodeFixTypes { get; } = TypesDerivedFrom<CodeFixProvider>(CodeFixAssembly);

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        [.. AnalyzerTypes.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];

    public static ImmutableArray<CodeFixProvider> CodeFixes { get; } =
        [.. CodeFixTypes.Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)];

    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        [.. Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).DistinctBy(descriptor => descriptor.Id).OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)];

    public static ImmutableHashSet<string> FixableIds { get; } =
        [.. CodeFixes.SelectMany(fix => fix.FixableDiagnosticIds)];

    public static ImmutableArray<string> DeclaredIds { get; } =
        [.. typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> DescriptorIds() => [.. Descriptors.Select(descriptor => descriptor.Id)];

    public static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(descriptor => descriptor.Id == id);

    private static ImmutableArray<Type> TypesDerivedFrom<T>(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(T).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)];
}

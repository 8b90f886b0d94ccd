using System.Collections.Immutable;
using System.Reflection;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Core.Analysis;

/// <summary>The analyzers shipped in Introspect.Analyzers: the same assembly the IDE and the build load.</summary>
public static class IntrospectAnalyzers
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> s_all = new(Discover);

    public static ImmutableArray<DiagnosticAnalyzer> All => s_all.Value;

    public static Assembly Assembly => typeof(DiagnosticIds).Assembly;

    private static ImmutableArray<DiagnosticAnalyzer> Discover() =>
        Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}

using Introspect.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Introspect.Analyzers.Tests.Migrations.Columns;

/// <summary>Runs a migration rule on C# migrations or .sql scripts, with the provider set as a project would set it.</summary>
internal static class MigrationTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public const string EfUsings = """
        using System;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    public const string FluentUsings = """
        using System;
        using FluentMigrator;

        """;

    public static AnalyzerVerifier<TAnalyzer>.Test Code(string source, string? provider = null, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        WithProvider(test, provider);
        return test;
    }

    /// <summary>Scripts as AdditionalFiles of a project without migration classes, in the order given.</summary>
    public static AnalyzerVerifier<TAnalyzer>.Test Scripts(string? provider, params (string Name, string Sql)[] scripts)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = "public static class Program { }\n" };
        foreach (var (name, sql) in scripts)
        {
            test.TestState.AdditionalFiles.Add(($"/0/Scripts/{name}", sql));
        }

        WithProvider(test, provider);
        return test;
    }

    private static void WithProvider(AnalyzerVerifier<TAnalyzer>.Test test, string? provider)
    {
        if (provider is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nintrospect.migrations.provider = {provider}\n"));
        }
    }
}

using Introspect.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Introspect.Analyzers.Tests.Migrations.Locks;

/// <summary>
/// Runs a lock rule (INTR208, INTR209, INTR210, INTR219) on a C# migration or a .sql script, with the database
/// provider and other migration settings given the way a project gives them: in a .globalconfig.
/// </summary>
internal static class LockRuleTest
{
    public const string EfUsings = """
        using Microsoft.EntityFrameworkCore.Migrations;

        """;

    public const string FluentUsings = """
        using System;
        using FluentMigrator;

        """;

    private const string NoCode = "public static class Program { }\n";

    /// <param name="provider">postgresql, sqlserver, mysql, sqlite, or null for a project that does not say.</param>
    public static AnalyzerVerifier<TAnalyzer>.Test Code<TAnalyzer>(string code, string? provider, string? settings = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = code };
        Configure(test.TestState, provider, settings);
        return test;
    }

    public static AnalyzerVerifier<TAnalyzer>.Test Script<TAnalyzer>(string path, string script, string? provider, string? settings = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = NoCode };
        test.TestState.AdditionalFiles.Add((path, script));
        Configure(test.TestState, provider, settings);
        return test;
    }

    private static void Configure(SolutionState state, string? provider, string? settings)
    {
        var config = (provider is null ? string.Empty : $"introspect.migrations.provider = {provider}\n") + (settings ?? string.Empty);
        if (config.Length > 0)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + config));
        }
    }
}

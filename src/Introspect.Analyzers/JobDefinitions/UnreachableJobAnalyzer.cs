using System.Collections.Concurrent;
using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// INTR306: job code that nothing starts. A hosted service class (<c>IHostedService</c>, <c>BackgroundService</c>) that
/// the compilation never registers, reported only when the compilation sets up a host itself (see
/// <see cref="HostedServiceRegistrations"/>); and a Hangfire continuation whose parent id is a constant, which no
/// background job can have (see <see cref="HangfireContinuationParents"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreachableJobAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.UnreachableJob,
        title: "Register hosted services and continue only jobs that exist",
        messageFormat: "{0}; {1}",
        RuleCategories.Jobs,
        DiagnosticSeverity.Warning,
        description: "A hosted service runs only when it is registered with the host (AddHostedService); a class that is never "
            + "registered compiles, passes its unit tests and never runs. A Hangfire continuation runs after its parent background "
            + "job, identified by the id Enqueue, Schedule or ContinueJobWith returned; a constant id (a recurring job id included) "
            + "names no background job, so the continuation never runs.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var hostedService = new LazyType(start.Compilation, WellKnownTypeNames.HostedService);
            var candidates = new ConcurrentBag<INamedTypeSymbol>();
            var continuations = new ConcurrentBag<Diagnostic>();
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    if (symbolContext.Symbol is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, IsGenericType: false, IsImplicitlyDeclared: false } type
                        && hostedService.Symbol is { } contract
                        && TypeHierarchy.Implements(type, contract))
                    {
                        candidates.Add(type);
                    }
                },
                SymbolKind.NamedType);
            if (start.Compilation.GetTypeByMetadataName("Hangfire.BackgroundJob") is not null)
            {
                start.RegisterSemanticModelAction(modelContext => CallSites.ForEachCall(
                    modelContext.SemanticModel,
                    "Continue",
                    name => name is "ContinueJobWith" or "ContinueWith",
                    call => ReadContinuation(call, continuations),
                    modelContext.CancellationToken));
            }

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var diagnostic in continuations.OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start))
                {
                    end.ReportDiagnostic(diagnostic);
                }

                ReportUnregistered(end, candidates);
            });
        });
    }

    private static void ReadContinuation(IInvocationOperation call, ConcurrentBag<Diagnostic> continuations)
    {
        if (!HangfireCalls.IsContinuation(call.TargetMethod)
            || HangfireContinuationParents.ConstantParent(call) is not { } parent
            || HangfireCalls.Argument(call, "parentId") is not { } argument)
        {
            return;
        }

        continuations.Add(Diagnostic.Create(
            Rule,
            argument.Syntax.GetLocation(),
            $"the continuation waits for the background job '{parent}', but background job ids are made by the storage when a job is created (a recurring job id is not one either), so this parent never exists and the continuation never runs",
            "pass the id that Enqueue, Schedule or ContinueJobWith returned for the parent job"));
    }

    private static void ReportUnregistered(CompilationAnalysisContext context, ConcurrentBag<INamedTypeSymbol> candidates)
    {
        if (candidates.IsEmpty || !HostedServiceRegistrations.HasHost(context.Compilation, context.CancellationToken))
        {
            return;
        }

        var registrationFiles = HostedServiceRegistrations.RegistrationFiles(context.Compilation, context.CancellationToken);
        var bases = new HashSet<INamedTypeSymbol>(candidates.Select(type => type.BaseType).OfType<INamedTypeSymbol>(), SymbolEqualityComparer.Default);
        foreach (var type in candidates.Distinct(SymbolEqualityComparer.Default).Cast<INamedTypeSymbol>()
                     .OrderBy(type => type.ToDisplayString(), StringComparer.Ordinal))
        {
            if (bases.Contains(type)
                || type.Locations.FirstOrDefault(location => location.IsInSource) is not { } at
                || HostedServiceRegistrations.IsRegistered(registrationFiles, type, context.CancellationToken))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                at,
                $"the hosted service {type.Name} is never registered in this project (no AddHostedService<{type.Name}>(), no AddSingleton<IHostedService, {type.Name}>()), so the host never starts it",
                $"register it: services.AddHostedService<{type.Name}>()"));
        }
    }
}

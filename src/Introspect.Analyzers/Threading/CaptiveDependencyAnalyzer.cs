using System.Collections.Concurrent;
using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR123: a scoped service — a DbContext, <c>IOptionsSnapshot&lt;T&gt;</c>, or a type the compilation registers only
/// with <c>AddScoped</c>/<c>AddDbContext</c> — taken by the constructor of a singleton: a hosted service, or a type
/// registered with <c>AddSingleton</c> (a Hangfire or Quartz job included). The registrations of every file are
/// collected (see <see cref="ServiceRegistrations"/>) and judged when the compilation is complete.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CaptiveDependencyAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.CaptiveDependency,
        title: "Do not inject a scoped service into a singleton or hosted service",
        messageFormat: "{0}; {1}",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A hosted service, and any type registered with AddSingleton, is created once and lives as long as the process. "
            + "A scoped service it takes in its constructor — a DbContext above all — is then captured for good: the same DbContext "
            + "serves every run, its change tracker grows without end, its connection state outlives failures, and two runs that "
            + "overlap use it from two threads at once, which EF Core rejects or corrupts. Take IServiceScopeFactory and create a "
            + "scope per run, or IDbContextFactory<TContext> and create a context per unit of work.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Without the DI abstractions there is no container, so nothing is a singleton or scoped.
            var compilation = start.Compilation;
            if (compilation.GetTypeByMetadataName(WellKnownTypeNames.ServiceCollection) is null)
            {
                return;
            }

            var registrations = new ServiceRegistrations();
            var hostedServices = new ConcurrentQueue<INamedTypeSymbol>();
            var hostedService = new LazyType(compilation, WellKnownTypeNames.HostedService);
            start.RegisterSemanticModelAction(model => registrations.Collect(model.SemanticModel, model.CancellationToken));
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } type
                        && TypeHierarchy.Implements(type, hostedService.Symbol))
                    {
                        hostedServices.Enqueue(type);
                    }
                },
                SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end =>
                Report(end, ScopedServices.Create(compilation, registrations.All), Singletons(registrations.All, hostedServices)));
        });
    }

    /// <summary>
    /// The types the container creates once, each with why: a hosted service (the host resolves them all once, whatever
    /// registered them) or the first AddSingleton of it, in file and position order so the message is stable.
    /// </summary>
    private static IEnumerable<(INamedTypeSymbol Type, string Why, Location? Registration)> Singletons(
        IEnumerable<ServiceRegistration> registrations, IEnumerable<INamedTypeSymbol> hostedServices)
    {
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var ordered = registrations
            .Where(registration => registration.Lifetime == RegisteredLifetime.Singleton)
            .OrderBy(registration => registration.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(registration => registration.Location.SourceSpan.Start);
        foreach (var registration in ordered)
        {
            if (registration.Implementation is INamedTypeSymbol type && seen.Add(type.OriginalDefinition))
            {
                var why = registration.Method == "AddHostedService"
                    ? $"a hosted service ({registration.Describe()}), created once for the life of the process"
                    : $"registered as a singleton ({registration.Describe()})";
                yield return (type.OriginalDefinition, why, registration.Location);
            }
        }

        foreach (var type in hostedServices.OrderBy(type => type.ToDisplayString(), StringComparer.Ordinal))
        {
            if (seen.Add(type.OriginalDefinition))
            {
                yield return (type, "a hosted service, which the host creates once for the life of the process", null);
            }
        }
    }

    private static void Report(
        CompilationAnalysisContext context, ScopedServices scoped, IEnumerable<(INamedTypeSymbol Type, string Why, Location? Registration)> singletons)
    {
        foreach (var (type, why, registration) in singletons)
        {
            if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, context.Compilation.Assembly) || type.IsAbstract)
            {
                continue;
            }

            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor.DeclaredAccessibility != Accessibility.Public || constructor.IsImplicitlyDeclared)
                {
                    continue;
                }

                foreach (var parameter in constructor.Parameters)
                {
                    if (scoped.WhyScoped(parameter.Type) is not { } scopedBecause
                        || parameter.Locations.IsEmpty
                        || !parameter.Locations[0].IsInSource)
                    {
                        continue;
                    }

                    var typeName = parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        parameter.Locations[0],
                        registration is null ? null : new[] { registration },
                        $"'{parameter.Name}' ({typeName}) is {scopedBecause}, but '{type.Name}' is {why}, so it keeps one {typeName} "
                            + "for every run and every thread",
                        scoped.IsDbContext(parameter.Type)
                            ? $"take IDbContextFactory<{typeName}> and create a context per run, or IServiceScopeFactory and a scope per run"
                            : "take IServiceScopeFactory and resolve it from a scope created per run"));
                }
            }
        }
    }

    /// <summary>Which parameter types are scoped: DbContexts, IOptionsSnapshot, and what the compilation registers only as scoped.</summary>
    private sealed class ScopedServices
    {
        private readonly INamedTypeSymbol? _dbContext;
        private readonly INamedTypeSymbol? _optionsSnapshot;
        private readonly Dictionary<ITypeSymbol, ServiceRegistration> _registeredScoped;

        private ScopedServices(INamedTypeSymbol? dbContext, INamedTypeSymbol? optionsSnapshot, Dictionary<ITypeSymbol, ServiceRegistration> registeredScoped)
        {
            _dbContext = dbContext;
            _optionsSnapshot = optionsSnapshot;
            _registeredScoped = registeredScoped;
        }

        public static ScopedServices Create(Compilation compilation, IEnumerable<ServiceRegistration> registrations)
        {
            // A service type also registered as a singleton somewhere is not judged: which registration wins depends on order.
            var scoped = new Dictionary<ITypeSymbol, ServiceRegistration>(SymbolEqualityComparer.Default);
            var singleton = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var registration in registrations.OrderBy(r => r.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(r => r.Location.SourceSpan.Start))
            {
                var service = registration.Service.OriginalDefinition;
                if (registration.Lifetime == RegisteredLifetime.Singleton)
                {
                    singleton.Add(service);
                }
                else if (!scoped.ContainsKey(service))
                {
                    scoped[service] = registration;
                }
            }

            foreach (var service in singleton)
            {
                scoped.Remove(service);
            }

            return new(
                compilation.GetTypeByMetadataName(WellKnownTypeNames.DbContext),
                compilation.GetTypeByMetadataName(WellKnownTypeNames.OptionsSnapshot),
                scoped);
        }

        public bool IsDbContext(ITypeSymbol type) => TypeHierarchy.DerivesFrom(type, _dbContext);

        public string? WhyScoped(ITypeSymbol type)
        {
            if (IsDbContext(type))
            {
                return "a DbContext (scoped: one per request or job run)";
            }

            if (ThreadingTypes.Is(type.OriginalDefinition, _optionsSnapshot))
            {
                return "IOptionsSnapshot (scoped: re-read per scope)";
            }

            return _registeredScoped.TryGetValue(type.OriginalDefinition, out var registration)
                ? $"scoped ({registration.Describe()})"
                : null;
        }
    }
}

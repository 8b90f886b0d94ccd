using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Recognises code that runs as a job or a long-lived service, where a blocked thread or a crash hurts the most:
/// hosted services (IHostedService, BackgroundService), Quartz IJob, Coravel IInvocable, MassTransit consumers,
/// Hangfire job classes (marked with Hangfire's job attributes or taking IJobCancellationToken/PerformContext),
/// and Azure Functions timer triggers. The frameworks' types are looked up once per compilation, when a rule first
/// asks; answers are cached per type.
/// </summary>
internal sealed class JobTypes
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isJobType = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, bool> _computeIsJobType;
    private Frameworks? _frameworks;

    private JobTypes(Compilation compilation)
    {
        _compilation = compilation;
        _computeIsJobType = ComputeIsJobType;
    }

    /// <summary>False when the compilation references no job framework at all: then no code is job code.</summary>
    public bool IsAnyFrameworkReferenced => Resolved.IsAnyReferenced;

    // Looked up when a rule first asks about job code, not when the compilation starts: most code is never asked about.
    private Frameworks Resolved
    {
        get
        {
            var frameworks = Volatile.Read(ref _frameworks);
            if (frameworks is null)
            {
                frameworks = new Frameworks(_compilation);
                Volatile.Write(ref _frameworks, frameworks);
            }

            return frameworks;
        }
    }

    public static JobTypes Create(Compilation compilation) => new(compilation);

    /// <summary>Whether the method runs as (part of) a job or hosted service: it is declared in one, or is a job entry point.</summary>
    public bool IsJobCode(IMethodSymbol method)
    {
        if (!IsAnyFrameworkReferenced)
        {
            return false;
        }

        for (var current = method; current is not null; current = current.ContainingSymbol as IMethodSymbol)
        {
            if (IsHangfireOrFunctionsEntryPoint(current))
            {
                return true;
            }

            if (current.ContainingSymbol is INamedTypeSymbol type)
            {
                return IsJobType(type);
            }
        }

        return false;
    }

    public bool IsJobType(INamedTypeSymbol type) =>
        IsAnyFrameworkReferenced && _isJobType.GetOrAdd(type, _computeIsJobType);

    private bool ComputeIsJobType(INamedTypeSymbol type)
    {
        var frameworks = Resolved;
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (TypeHierarchy.Implements(current, frameworks.HostedService) || TypeHierarchy.Implements(current, frameworks.QuartzJob)
                || TypeHierarchy.Implements(current, frameworks.CoravelInvocable) || TypeHierarchy.Implements(current, frameworks.MassTransitConsumer)
                || HasAnyAttribute(current, frameworks.HangfireJobAttributes))
            {
                return true;
            }

            if (current.GetMembers().OfType<IMethodSymbol>().Any(IsHangfireOrFunctionsEntryPoint))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHangfireOrFunctionsEntryPoint(IMethodSymbol method)
    {
        var frameworks = Resolved;
        return HasAnyAttribute(method, frameworks.HangfireJobAttributes)
            || method.Parameters.Any(parameter =>
                frameworks.HangfireJobParameters.Any(type => ThreadingTypes.Is(parameter.Type, type))
                || HasAnyAttribute(parameter, frameworks.TimerTriggerAttributes));
    }

    private static bool HasAnyAttribute(ISymbol symbol, INamedTypeSymbol?[] attributeTypes) =>
        symbol.GetAttributes().Any(attribute => attributeTypes.Any(type => TypeHierarchy.DerivesFrom(attribute.AttributeClass, type)));

    /// <summary>The job frameworks' types, each null when the compilation does not reference it.</summary>
    private sealed class Frameworks
    {
        public Frameworks(Compilation compilation)
        {
            INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

            HostedService = Get(WellKnownTypeNames.HostedService);
            QuartzJob = Get(WellKnownTypeNames.QuartzJob);
            CoravelInvocable = Get(WellKnownTypeNames.CoravelInvocable);
            MassTransitConsumer = Get(WellKnownTypeNames.MassTransitConsumer);
            HangfireJobAttributes =
            [
                Get(WellKnownTypeNames.HangfireAutomaticRetry),
                Get(WellKnownTypeNames.HangfireDisableConcurrentExecution),
                Get(WellKnownTypeNames.HangfireQueue),
            ];
            HangfireJobParameters = [Get(WellKnownTypeNames.HangfireJobCancellationToken), Get(WellKnownTypeNames.HangfirePerformContext)];
            TimerTriggerAttributes = [Get(WellKnownTypeNames.FunctionsWorkerTimerTrigger), Get(WellKnownTypeNames.WebJobsTimerTrigger)];
            IsAnyReferenced = HostedService is not null || QuartzJob is not null || CoravelInvocable is not null
                || MassTransitConsumer is not null || HangfireJobAttributes.Any(type => type is not null)
                || TimerTriggerAttributes.Any(type => type is not null);
        }

        public INamedTypeSymbol? HostedService { get; }

        public INamedTypeSymbol? QuartzJob { get; }

        public INamedTypeSymbol? CoravelInvocable { get; }

        public INamedTypeSymbol? MassTransitConsumer { get; }

        public INamedTypeSymbol?[] HangfireJobAttributes { get; }

        public INamedTypeSymbol?[] HangfireJobParameters { get; }

        public INamedTypeSymbol?[] TimerTriggerAttributes { get; }

        public bool IsAnyReferenced { get; }
    }
}

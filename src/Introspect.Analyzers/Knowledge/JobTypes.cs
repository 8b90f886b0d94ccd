using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Recognises code that runs as a job or a long-lived service, where a blocked thread or a crash hurts the most:
/// hosted services (IHostedService, BackgroundService), Quartz IJob, Coravel IInvocable, MassTransit consumers,
/// Hangfire job classes (marked with Hangfire's job attributes or taking IJobCancellationToken/PerformContext),
/// and Azure Functions timer triggers. Resolved once per compilation; answers are cached per type.
/// </summary>
internal sealed class JobTypes
{
    private readonly INamedTypeSymbol? _hostedService;
    private readonly INamedTypeSymbol? _quartzJob;
    private readonly INamedTypeSymbol? _coravelInvocable;
    private readonly INamedTypeSymbol? _massTransitConsumer;
    private readonly INamedTypeSymbol?[] _hangfireJobAttributes;
    private readonly INamedTypeSymbol?[] _hangfireJobParameters;
    private readonly INamedTypeSymbol?[] _timerTriggerAttributes;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isJobType = new(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, bool> _computeIsJobType;

    private JobTypes(Compilation compilation)
    {
        INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

        _computeIsJobType = ComputeIsJobType;
        _hostedService = Get(WellKnownTypeNames.HostedService);
        _quartzJob = Get(WellKnownTypeNames.QuartzJob);
        _coravelInvocable = Get(WellKnownTypeNames.CoravelInvocable);
        _massTransitConsumer = Get(WellKnownTypeNames.MassTransitConsumer);
        _hangfireJobAttributes =
        [
            Get(WellKnownTypeNames.HangfireAutomaticRetry),
            Get(WellKnownTypeNames.HangfireDisableConcurrentExecution),
            Get(WellKnownTypeNames.HangfireQueue),
        ];
        _hangfireJobParameters = [Get(WellKnownTypeNames.HangfireJobCancellationToken), Get(WellKnownTypeNames.HangfirePerformContext)];
        _timerTriggerAttributes = [Get(WellKnownTypeNames.FunctionsWorkerTimerTrigger), Get(WellKnownTypeNames.WebJobsTimerTrigger)];

        IsAnyFrameworkReferenced = _hostedService is not null || _quartzJob is not null || _coravelInvocable is not null
            || _massTransitConsumer is not null || _hangfireJobAttributes.Any(type => type is not null)
            || _timerTriggerAttributes.Any(type => type is not null);
    }

    /// <summary>False when the compilation references no job framework at all: then no code is job code.</summary>
    public bool IsAnyFrameworkReferenced { get; }

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
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (TypeHierarchy.Implements(current, _hostedService) || TypeHierarchy.Implements(current, _quartzJob)
                || TypeHierarchy.Implements(current, _coravelInvocable) || TypeHierarchy.Implements(current, _massTransitConsumer)
                || HasAnyAttribute(current, _hangfireJobAttributes))
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

    private bool IsHangfireOrFunctionsEntryPoint(IMethodSymbol method) =>
        HasAnyAttribute(method, _hangfireJobAttributes)
        || method.Parameters.Any(parameter =>
            _hangfireJobParameters.Any(type => ThreadingTypes.Is(parameter.Type, type))
            || HasAnyAttribute(parameter, _timerTriggerAttributes));

    private static bool HasAnyAttribute(ISymbol symbol, INamedTypeSymbol?[] attributeTypes) =>
        symbol.GetAttributes().Any(attribute => attributeTypes.Any(type => TypeHierarchy.DerivesFrom(attribute.AttributeClass, type)));
}

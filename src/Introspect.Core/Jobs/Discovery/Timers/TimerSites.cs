using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery.Timers;

/// <summary>A timer in a long-lived service: the class that owns it, the callback it runs, and how often.</summary>
internal sealed record TimerSite(
    INamedTypeSymbol Owner,
    JobFramework Framework,
    IMethodSymbol? Callback,
    ResolvedValue? Period,
    bool RunsOnce,
    IMethodSymbol? CreatedIn,
    SyntaxNode Site);

/// <summary>
/// Finds System.Threading.Timer creations (callback, due time, period) and System.Timers.Timer instances (Elapsed
/// handler, Interval, AutoReset) in classes that live as long as the host: hosted services.
/// </summary>
internal static class TimerSites
{
    public static ImmutableArray<TimerSite> Find(DiscoveryContext context) => context.Shared(nameof(TimerSites), () => Compute(context)).Value;

    private static Box Compute(DiscoveryContext context)
    {
        var hostedService = context.Type(WellKnownTypeNames.HostedService);
        if (hostedService is null)
        {
            return new Box([]);
        }

        bool IsLongLived(IOperation operation) =>
            JobSymbols.EnclosingMethod(operation)?.ContainingType is { } type && TypeHierarchy.Implements(type, hostedService);

        var sites = ImmutableArray.CreateBuilder<TimerSite>();
        foreach (var creation in context.Creations("Timer", type => type.ToDisplayString() == WellKnownTypeNames.ThreadingTimer))
        {
            if (!IsLongLived(creation))
            {
                continue;
            }

            var callback = JobSymbols.CalledMethod(Argument(creation, "callback"));
            var period = Argument(creation, "period") is { } periodValue ? context.Values.Resolve(periodValue) : null;
            var periodSpan = Milliseconds(period);
            var once = period is null || periodSpan is { } span && span < TimeSpan.Zero;
            var createdIn = JobSymbols.EnclosingMethod(creation);
            sites.Add(new TimerSite(createdIn!.ContainingType, JobFramework.ThreadingTimer, callback, period?.With(periodSpan), once, createdIn, creation.Syntax));
        }

        var assignments = context.Assignments("Interval").Concat(context.Assignments("AutoReset")).ToList();
        foreach (var subscription in context.Assignments("Elapsed").OfType<IEventAssignmentOperation>())
        {
            if (!subscription.Adds || subscription.EventReference is not IEventReferenceOperation { Event: { Name: "Elapsed" } timerEvent } reference
                || timerEvent.ContainingType.ToDisplayString() != WellKnownTypeNames.TimersTimer || !IsLongLived(subscription))
            {
                continue;
            }

            var timer = Target(reference.Instance);
            var interval = assignments.OfType<ISimpleAssignmentOperation>()
                .Where(assignment => JobSymbols.Unwrap(assignment.Target) is IPropertyReferenceOperation { Property.Name: "Interval" } property && SameTarget(Target(property.Instance), timer))
                .Select(assignment => context.Values.Resolve(assignment.Value))
                .FirstOrDefault() ?? IntervalFromCreation(context, timer);
            var autoReset = assignments.OfType<ISimpleAssignmentOperation>()
                .Where(assignment => JobSymbols.Unwrap(assignment.Target) is IPropertyReferenceOperation { Property.Name: "AutoReset" } property && SameTarget(Target(property.Instance), timer))
                .Select(assignment => context.Values.Resolve(assignment.Value).Value)
                .FirstOrDefault();
            var createdIn = JobSymbols.EnclosingMethod(subscription);
            sites.Add(new TimerSite(
                createdIn!.ContainingType,
                JobFramework.TimersTimer,
                JobSymbols.CalledMethod(subscription.HandlerValue),
                interval?.With(Milliseconds(interval)),
                autoReset is false,
                createdIn,
                subscription.Syntax));
        }

        return new Box(sites.ToImmutable());
    }

    private static IOperation? Argument(IObjectCreationOperation creation, string name) =>
        creation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == name)?.Value;

    /// <summary>Timer periods are TimeSpans or milliseconds; -1 (Timeout.Infinite) means "no period".</summary>
    private static TimeSpan? Milliseconds(ResolvedValue? value) => value?.Value switch
    {
        TimeSpan span => span == Timeout.InfiniteTimeSpan ? TimeSpan.FromMilliseconds(-1) : span,
        IConvertible number when value.Value is not string => TimeSpan.FromMilliseconds(number.ToDouble(System.Globalization.CultureInfo.InvariantCulture)),
        _ => null,
    };

    private static ResolvedValue? IntervalFromCreation(DiscoveryContext context, ISymbol? timer)
    {
        var initializer = timer?.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax())
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
            .Select(declarator => declarator.Initializer?.Value)
            .FirstOrDefault(value => value is not null);
        return initializer is not null && context.Operation(initializer) is IObjectCreationOperation { Arguments.Length: 1 } creation
            ? context.Values.Resolve(creation.Arguments[0].Value)
            : null;
    }

    private static ISymbol? Target(IOperation? instance) => instance is null ? null : JobSymbols.Unwrap(instance) switch
    {
        IFieldReferenceOperation field => field.Field,
        ILocalReferenceOperation local => local.Local,
        IPropertyReferenceOperation property => property.Property,
        _ => null,
    };

    private static bool SameTarget(ISymbol? left, ISymbol? right) => left is not null && SymbolEqualityComparer.Default.Equals(left, right);

    private sealed record Box(ImmutableArray<TimerSite> Value);
}

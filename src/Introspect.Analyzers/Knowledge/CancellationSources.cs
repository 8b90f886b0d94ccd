using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Where job and hosted-service code gets its cancellation from (a <c>CancellationToken</c> parameter, Hangfire's
/// <c>IJobCancellationToken</c> or <c>PerformContext</c>, Quartz's <c>IJobExecutionContext</c>, Coravel's
/// <c>ICancellableTask.Token</c>), and whether a piece of code observes any of it. Created once per compilation;
/// the job frameworks' types are looked up the first time they are needed.
/// </summary>
internal sealed class CancellationSources
{
    private readonly LazyType _tokenSource;
    private readonly LazyType _jobCancellationToken;
    private readonly LazyType _performContext;
    private readonly LazyType _jobExecutionContext;
    private readonly LazyType _cancellableTask;

    private CancellationSources(Compilation compilation, INamedTypeSymbol cancellationToken)
    {
        CancellationToken = cancellationToken;
        _tokenSource = new(compilation, WellKnownTypeNames.CancellationTokenSource);
        _jobCancellationToken = new(compilation, WellKnownTypeNames.HangfireJobCancellationToken);
        _performContext = new(compilation, WellKnownTypeNames.HangfirePerformContext);
        _jobExecutionContext = new(compilation, WellKnownTypeNames.QuartzJobExecutionContext);
        _cancellableTask = new(compilation, WellKnownTypeNames.CoravelCancellableTask);
    }

    public INamedTypeSymbol CancellationToken { get; }

    /// <summary>Null when the compilation cannot see CancellationToken: then no code can be cancelled.</summary>
    public static CancellationSources? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName(WellKnownTypeNames.CancellationToken) is { } token ? new(compilation, token) : null;

    /// <summary>
    /// How the method receives its cancellation, as code would write it (<c>stoppingToken</c>,
    /// <c>context.CancellationToken</c>); null when it receives none.
    /// </summary>
    public string? TokenOf(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (Is(parameter.Type, CancellationToken) || Is(parameter.Type, _jobCancellationToken.Symbol))
            {
                return parameter.Name;
            }
        }

        foreach (var parameter in method.Parameters)
        {
            if (Is(parameter.Type, _jobExecutionContext.Symbol) || Is(parameter.Type, _performContext.Symbol))
            {
                return parameter.Name + ".CancellationToken";
            }
        }

        // Coravel sets ICancellableTask.Token before it calls Invoke.
        return method is { Name: "Invoke", Parameters.Length: 0 } && TypeHierarchy.Implements(method.ContainingType, _cancellableTask.Symbol)
            ? "Token"
            : null;
    }

    /// <summary>
    /// Whether the code observes some cancellation: it reads a token (any CancellationToken value but
    /// <c>CancellationToken.None</c>, a Hangfire <c>IJobCancellationToken</c>), asks a token source whether it is
    /// cancelled, or hands a job context that carries a token to a call. Checking, passing on, linking or registering a
    /// token all count: any of them lets cancellation in.
    /// </summary>
    public bool Observes(IOperation root)
    {
        foreach (var operation in root.Descendants())
        {
            if (operation is not (ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation))
            {
                continue;
            }

            var type = operation.Type;
            if ((Is(type, CancellationToken) && !IsNone(operation)) || Is(type, _jobCancellationToken.Symbol))
            {
                return true;
            }

            // A service that stops through a token source of its own may ask the source rather than its token.
            if (operation is IPropertyReferenceOperation { Property.Name: "IsCancellationRequested", Instance: { } source }
                && Is(source.Type, _tokenSource.Symbol))
            {
                return true;
            }

            if ((Is(type, _jobExecutionContext.Symbol) || Is(type, _performContext.Symbol)) && IsArgument(operation))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNone(IOperation operation) =>
        operation is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "None" } };

    private static bool IsArgument(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && TypeHierarchy.Implements(type, expected);
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// What a catch clause does with the exception: whether it catches everything, is shutdown handling, and whether it
/// leaves a trace (logs through an ILogger, rethrows, or hands the exception to a call such as a telemetry client).
/// </summary>
internal sealed class CatchHandling(Compilation compilation)
{
    private readonly LazyType _exception = new(compilation, "System.Exception");
    private readonly LazyType _logger = new(compilation, WellKnownTypeNames.Logger);
    private readonly LazyType _cancellationToken = new(compilation, WellKnownTypeNames.CancellationToken);

    /// <summary>
    /// <c>catch</c>, <c>catch (Exception)</c>, with or without a filter, unless the filter holds only while the service
    /// stops: <c>catch (Exception) when (stoppingToken.IsCancellationRequested)</c> is shutdown handling, while
    /// <c>when (!stoppingToken.IsCancellationRequested)</c> catches every failure but shutdown.
    /// </summary>
    public bool IsCatchAll(ICatchClauseOperation clause) =>
        (clause.ExceptionType.SpecialType == SpecialType.System_Object
            || SymbolEqualityComparer.Default.Equals(clause.ExceptionType, _exception.Symbol))
        && (clause.Filter is null || !HoldsOnlyWhenCancelled(clause.Filter));

    /// <summary>Whether the handler logs, rethrows or passes the exception on.</summary>
    public bool LeavesATrace(ICatchClauseOperation clause)
    {
        var exception = clause.Locals.FirstOrDefault();
        foreach (var operation in clause.Handler.Descendants())
        {
            switch (operation)
            {
                case IThrowOperation:
                    return true;
                case IInvocationOperation invocation when IsLogging(invocation):
                    return true;
                case ILocalReferenceOperation reference when exception is not null
                    && SymbolEqualityComparer.Default.Equals(reference.Local, exception) && IsArgument(reference):
                    return true;
            }
        }

        return false;
    }

    // LogError and friends are extension methods: the logger is their first argument.
    private bool IsLogging(IInvocationOperation invocation) =>
        _logger.Symbol is { } logger
        && (TypeHierarchy.Implements(invocation.Instance?.Type, logger)
            || invocation.Arguments.Any(argument => TypeHierarchy.Implements(argument.Value.Type, logger)));

    private bool HoldsOnlyWhenCancelled(IOperation filter) => filter switch
    {
        IPropertyReferenceOperation { Property.Name: "IsCancellationRequested", Instance: { } token } =>
            SymbolEqualityComparer.Default.Equals(token.Type, _cancellationToken.Symbol),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both =>
            HoldsOnlyWhenCancelled(both.LeftOperand) || HoldsOnlyWhenCancelled(both.RightOperand),
        _ => false,
    };

    private static bool IsArgument(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation;
    }
}

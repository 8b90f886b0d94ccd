using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Which EF Core DbContext an operation works on: <c>db.Servers.Where(...).ToListAsync()</c>,
/// <c>db.SaveChangesAsync()</c> and <c>db.Database.ExecuteSqlRawAsync(...)</c> all run on the context in <c>db</c>. The
/// receiver chain (instances, the source of extension methods, properties) is followed down to a local, parameter,
/// field or property of a DbContext type, and through the initializer of a local query (<c>var q = db.Servers...</c>).
/// One instance per compilation; the DbContext type is looked up when first needed.
/// </summary>
internal sealed class DbContextUse(Compilation compilation)
{
    private const int MaxSteps = 32;

    private readonly LazyType _dbContext = new(compilation, WellKnownTypeNames.DbContext);

    public bool IsDbContext(ITypeSymbol? type) => type is not null && TypeHierarchy.DerivesFrom(type, _dbContext.Symbol);

    /// <summary>The reference to the context the operation runs on (a local, parameter, field or property), or null.</summary>
    public IOperation? ContextOf(IOperation operation)
    {
        var current = operation;
        for (var step = 0; step < MaxSteps && current is not null; step++)
        {
            current = OperationOrigin.Unwrap(current);
            if (IsVariable(current) && IsDbContext(current.Type))
            {
                return current;
            }

            current = current switch
            {
                IInvocationOperation invocation => invocation.Instance
                    ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null),
                IPropertyReferenceOperation property => property.Instance,
                IFieldReferenceOperation field => field.Instance,
                ILocalReferenceOperation local => OperationOrigin.InitialValue(local),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>A reference that names a context variable: a local, parameter, field or argument-less property.</summary>
    public bool IsContextVariable(IOperation operation) => IsVariable(operation) && IsDbContext(operation.Type);

    private static bool IsVariable(IOperation operation) => operation switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation => true,
        IPropertyReferenceOperation property => property.Arguments.IsEmpty,
        _ => false,
    };
}

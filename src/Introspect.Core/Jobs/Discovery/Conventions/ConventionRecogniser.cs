using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Core.Jobs.Discovery.Conventions;

/// <summary>
/// Jobs of the conventions declared in introspect.json (<see cref="JobConvention"/>): found like the built-in ones, from
/// the symbols of the declared base type, with the cron text of the declared schedule member when it is a constant.
/// </summary>
internal sealed class ConventionRecogniser : IJobRecogniser
{
    public IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context)
    {
        foreach (var convention in context.Options.Conventions ?? [])
        {
            var baseType = context.Type(convention.BaseType);
            if (baseType is null)
            {
                continue;
            }

            foreach (var type in context.SourceTypes.Where(type => type.TypeKind == TypeKind.Class && !type.IsAbstract && !SymbolEqualityComparer.Default.Equals(type, baseType)))
            {
                if (!TypeHierarchy.DerivesFrom(type, baseType) && !TypeHierarchy.Implements(type, baseType))
                {
                    continue;
                }

                var triggers = convention.ScheduleMember is { } member && Schedule(context, type, member) is { } schedule
                    ? [TriggerFactory.Cron(context, context.Values.Resolve(schedule), convention.Dialect, ZoneChoice.Utc, context.Location(schedule.Syntax))]
                    : Array.Empty<JobTrigger>();
                var notes = convention.ScheduleMember is not null && triggers.Length == 0 ? [$"No schedule found in {convention.ScheduleMember}."] : Array.Empty<string>();
                yield return JobFactory.Create(context, JobFramework.Custom, convention.Name, type, JobFactory.FindMethod(type, convention.EntryMethod), triggers, notes: notes);
            }
        }
    }

    /// <summary>The expression the schedule member returns: a property's initializer or getter, a field's initializer, a method's single return.</summary>
    private static IOperation? Schedule(DiscoveryContext context, INamedTypeSymbol type, string memberName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(memberName))
            {
                foreach (var syntax in member.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax()))
                {
                    var expression = syntax switch
                    {
                        PropertyDeclarationSyntax property => property.ExpressionBody?.Expression ?? property.Initializer?.Value
                            ?? property.AccessorList?.Accessors.Select(accessor => accessor.ExpressionBody?.Expression ?? Returned(accessor.Body)).FirstOrDefault(value => value is not null),
                        MethodDeclarationSyntax method => method.ExpressionBody?.Expression ?? Returned(method.Body),
                        VariableDeclaratorSyntax field => field.Initializer?.Value,
                        _ => null,
                    };
                    if (expression is not null && context.Operation(expression) is { } operation)
                    {
                        return operation;
                    }
                }
            }
        }

        return null;
    }

    private static ExpressionSyntax? Returned(BlockSyntax? body) =>
        body?.Statements is [ReturnStatementSyntax { Expression: { } value }] ? value : null;
}

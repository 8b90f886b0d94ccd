using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// EF Core: SaveChanges on a DbContext, DbSet writes (Add/Remove/Update/Attach) and Find, queries rooted at a DbSet
/// classified once at the operator that runs them (ToListAsync, SingleAsync, a foreach-less ToList…), the bulk
/// ExecuteUpdate/ExecuteDelete, raw SQL through FromSql and Database.ExecuteSql.
/// </summary>
internal sealed class EfCoreEffects(TableNames tables) : IEffectClassifier
{
    private const string Ef = "Microsoft.EntityFrameworkCore";

    public IEnumerable<ProcessEffect> Classify(CallSite call)
    {
        var method = call.Method;
        if (method.Name.StartsWith("SaveChanges", StringComparison.Ordinal) && TypeFacts.DeclaredBy(method, Ef, "DbContext"))
        {
            var context = call.ReceiverType ?? method.ContainingType;
            return [Effect(context.Name, EffectAccess.Write, call, null)];
        }

        if (TypeFacts.Is(method.ContainingType, Ef, "DbSet"))
        {
            return DbSetMember(call);
        }

        if (TypeFacts.Is(method.ContainingType, Ef, "DbContext") && AccessOf(method.Name) is { } contextAccess)
        {
            return ContextMember(call, contextAccess);
        }

        if (TypeFacts.Is(method.ContainingType, Ef, "RelationalDatabaseFacadeExtensions"))
        {
            return RawSql(call);
        }

        if (IsQueryOperatorClass(method.ContainingType) && !ReturnsQuery(method.ReturnType) && QueryRoot(call.Receiver) is { } root)
        {
            var writes = method.Name.StartsWith("ExecuteDelete", StringComparison.Ordinal) || method.Name.StartsWith("ExecuteUpdate", StringComparison.Ordinal);
            return [Effect(root.Table, writes ? EffectAccess.Write : EffectAccess.Read, call, root.Sql)];
        }

        return [];
    }

    /// <summary>
    /// A query enumerated by a loop (<c>foreach (var s in db.Servers.Where(...))</c>, <c>await foreach</c>) runs where
    /// the loop starts; there is no operator call to classify.
    /// </summary>
    public ProcessEffect? Enumerated(IOperation collection, string operation)
    {
        var value = CodeText.Unwrap(collection);

        // await foreach (... in query.AsAsyncEnumerable().WithCancellation(ct)): the query is under the wrapper.
        while (value is IInvocationOperation wrapper && TypeFacts.Is(wrapper.TargetMethod.ContainingType, "System.Threading.Tasks", "TaskAsyncEnumerableExtensions")
            && CallSite.From(wrapper).Receiver is { } wrapped)
        {
            value = CodeText.Unwrap(wrapped);
        }

        if (!TypeFacts.IsOrImplements(value.Type, "System.Linq", "IQueryable") && !TypeFacts.IsOrImplements(value.Type, "System.Collections.Generic", "IAsyncEnumerable")
            || QueryRoot(value) is not { } root)
        {
            return null;
        }

        return new ProcessEffect(EffectKind.Database, root.Table, EffectAccess.Read, operation, root.Sql, CodeText.Position(collection));
    }

    private static EffectAccess? AccessOf(string name) =>
        name.StartsWith("Add", StringComparison.Ordinal) || name.StartsWith("Attach", StringComparison.Ordinal)
        || name.StartsWith("Remove", StringComparison.Ordinal) || name.StartsWith("Update", StringComparison.Ordinal) ? EffectAccess.Write
        : name.StartsWith("Find", StringComparison.Ordinal) ? EffectAccess.Read
        : null;

    private IEnumerable<ProcessEffect> DbSetMember(CallSite call)
    {
        if (AccessOf(call.Method.Name) is not { } access || QueryRoot(call.Receiver) is not { } root)
        {
            return [];
        }

        return [Effect(root.Table, access, call, null)];
    }

    /// <summary><c>db.Add(entity)</c>, <c>db.Remove(entity)</c>, <c>db.FindAsync&lt;T&gt;(id)</c>: the table of the entity's type.</summary>
    private IEnumerable<ProcessEffect> ContextMember(CallSite call, EffectAccess access)
    {
        var entity = call.Method.TypeArguments.FirstOrDefault()
            ?? call.Arguments.Select(argument => CodeText.Unwrap(argument.Value).Type).FirstOrDefault(type => type is INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class });
        if (entity is null || entity.SpecialType == SpecialType.System_Object)
        {
            return [];
        }

        var context = (call.ReceiverType ?? call.Method.ContainingType) as INamedTypeSymbol;
        return [Effect(tables.For(entity, context, null), access, call, null)];
    }

    private static IEnumerable<ProcessEffect> RawSql(CallSite call)
    {
        if (!call.Method.Name.StartsWith("ExecuteSql", StringComparison.Ordinal) && !call.Method.Name.StartsWith("SqlQuery", StringComparison.Ordinal))
        {
            return [];
        }

        var sql = call.Arguments.Skip(1).Select(argument => argument.Value).FirstOrDefault() is { } sqlArgument ? CodeText.Value(sqlArgument) : null;
        var context = CodeText.Unwrap(call.Receiver!) is IPropertyReferenceOperation { Instance: { } instance } ? instance.Type?.Name : null;
        var fallbackAccess = call.Method.Name.StartsWith("SqlQuery", StringComparison.Ordinal) ? EffectAccess.Read : EffectAccess.Write;
        var (resource, access) = SqlText.Describe(sql, fallbackAccess);
        return [Effect(resource ?? context ?? "database", access, call, sql)];
    }

    private sealed record Root(string Table, string? Sql);

    /// <summary>Walks a query back through its operators to the DbSet it starts from.</summary>
    private Root? QueryRoot(IOperation? operation)
    {
        string? sql = null;
        while (operation is not null)
        {
            operation = CodeText.Unwrap(operation);
            switch (operation)
            {
                case IPropertyReferenceOperation property when IsDbSet(property.Type, out var entity):
                    return new Root(tables.For(entity, property.Property.ContainingType, property.Property.Name), sql);
                case IInvocationOperation { TargetMethod.Name: "Set" } set when TypeFacts.DeclaredBy(set.TargetMethod, Ef, "DbContext") && IsDbSet(set.Type, out var setEntity):
                    return new Root(tables.For(setEntity, set.Instance?.Type as INamedTypeSymbol, null), sql);
                case IInvocationOperation { TargetMethod.Name: "AsAsyncEnumerable" or "AsQueryable", Instance: { } set } asQuery
                    when TypeFacts.Is(asQuery.TargetMethod.ContainingType, Ef, "DbSet"):
                    operation = set;
                    break;
                case IInvocationOperation invocation when IsQueryOperatorClass(invocation.TargetMethod.ContainingType):
                    if (invocation.TargetMethod.Name.StartsWith("FromSql", StringComparison.Ordinal) && invocation.Arguments.Length > 1)
                    {
                        sql = CodeText.Value(invocation.Arguments[1].Value);
                    }

                    operation = CallSite.From(invocation).Receiver;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool IsDbSet(ITypeSymbol? type, out ITypeSymbol entity)
    {
        entity = null!;
        if (TypeFacts.Is(type, Ef, "DbSet") && type is INamedTypeSymbol { TypeArguments: [var argument] })
        {
            entity = argument;
            return true;
        }

        return false;
    }

    private static bool IsQueryOperatorClass(INamedTypeSymbol? type) =>
        TypeFacts.Is(type, "System.Linq", "Queryable") || TypeFacts.Is(type, "System.Linq", "Enumerable") || TypeFacts.Is(type, "System.Linq", "AsyncEnumerable")
        || TypeFacts.Is(type, Ef, "EntityFrameworkQueryableExtensions") || TypeFacts.Is(type, Ef, "RelationalQueryableExtensions");

    private static bool ReturnsQuery(ITypeSymbol type) =>
        TypeFacts.IsOrImplements(type, "System.Linq", "IQueryable") || TypeFacts.IsOrImplements(type, "System.Collections.Generic", "IAsyncEnumerable")
        || TypeFacts.IsOrImplements(type, "System.Collections.Generic", "IEnumerable") && type.SpecialType != SpecialType.System_String
            && !TypeFacts.IsOrImplements(type, "System.Collections.Generic", "ICollection") && !type.AllInterfaces.Any(i => i.Name == "IReadOnlyCollection");

    private static ProcessEffect Effect(string resource, EffectAccess access, CallSite call, string? detail) =>
        new(EffectKind.Database, resource, access, call.Method.Name, detail, call.Location);
}

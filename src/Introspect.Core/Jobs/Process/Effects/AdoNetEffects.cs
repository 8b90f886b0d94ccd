using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// SQL sent without EF: Dapper's SqlMapper extensions and ADO.NET commands (DbCommand/IDbCommand Execute*), with
/// the SQL text when the code shows it (a constant, a CommandDefinition, the command's constructor or CommandText).
/// </summary>
internal sealed class AdoNetEffects : IEffectClassifier
{
    public IEnumerable<ProcessEffect> Classify(CallSite call)
    {
        var method = call.Method;
        if (TypeFacts.Is(method.ContainingType, "Dapper", "SqlMapper") && IsDapperCommand(method.Name))
        {
            var sql = DapperSql(call);
            var fallback = method.Name.StartsWith("Execute", StringComparison.Ordinal) && !method.Name.StartsWith("ExecuteScalar", StringComparison.Ordinal) && !method.Name.StartsWith("ExecuteReader", StringComparison.Ordinal)
                ? EffectAccess.Write
                : EffectAccess.Read;
            return [Effect(sql, fallback, call)];
        }

        if (method.Name.StartsWith("Execute", StringComparison.Ordinal)
            && (TypeFacts.IsOrDerivesFrom(method.ContainingType, "System.Data.Common", "DbCommand") || TypeFacts.IsOrImplements(method.ContainingType, "System.Data", "IDbCommand")))
        {
            var sql = call.Receiver is null ? null : CommandText(call.Receiver);
            var fallback = method.Name.StartsWith("ExecuteNonQuery", StringComparison.Ordinal) ? EffectAccess.Write : EffectAccess.Read;
            return [Effect(sql, fallback, call)];
        }

        return [];
    }

    private static bool IsDapperCommand(string name) =>
        name.StartsWith("Query", StringComparison.Ordinal) || name.StartsWith("Execute", StringComparison.Ordinal);

    private static string? DapperSql(CallSite call)
    {
        if (call.Argument("sql") is { } sql)
        {
            return CodeText.Value(sql);
        }

        var command = call.Argument("command") is { } argument ? CodeText.Unwrap(argument) : null;
        if (command is ILocalReferenceOperation local)
        {
            command = CodeText.Initializer(local) is { } initializer ? CodeText.Unwrap(initializer) : null;
        }

        return command is IObjectCreationOperation creation && CallSite.From(creation)?.Argument("commandText") is { } text
            ? CodeText.Value(text)
            : null;
    }

    /// <summary>The SQL of a command: from its constructor, or a constant assigned to its CommandText in the same body.</summary>
    private static string? CommandText(IOperation receiver)
    {
        if (CodeText.Unwrap(receiver) is not ILocalReferenceOperation local)
        {
            return null;
        }

        if (CodeText.Initializer(local) is { } initializer && CodeText.Unwrap(initializer) is IObjectCreationOperation creation
            && CallSite.From(creation) is { } constructor
            && constructor.Arguments.FirstOrDefault(argument => argument.Parameter?.Type.SpecialType == SpecialType.System_String) is { } text)
        {
            return CodeText.Value(text.Value);
        }

        var root = receiver;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.Descendants().OfType<ISimpleAssignmentOperation>()
            .Where(assignment => assignment.Target is IPropertyReferenceOperation { Property.Name: "CommandText", Instance: ILocalReferenceOperation target }
                && SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
            .Select(assignment => CodeText.Value(assignment.Value))
            .FirstOrDefault();
    }

    private static ProcessEffect Effect(string? sql, EffectAccess fallback, CallSite call)
    {
        var (table, access) = SqlText.Describe(sql, fallback);
        return new ProcessEffect(EffectKind.Database, table ?? "database", access, call.Method.Name, sql is null ? null : CodeText.Shorten(sql, SqlText.MaxLength), call.Location);
    }
}

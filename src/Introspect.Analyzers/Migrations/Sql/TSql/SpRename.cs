using Microsoft.SqlServer.TransactSql.ScriptDom;
using SchemaOperation = Introspect.Analyzers.Migrations.Model.SchemaOperation;
using SchemaOperationKind = Introspect.Analyzers.Migrations.Model.SchemaOperationKind;

namespace Introspect.Analyzers.Migrations.Sql.TSql;

/// <summary>
/// <c>EXEC sp_rename 'dbo.Servers.Rack', 'RackCode', 'COLUMN'</c> (also with @objname/@newname/@objtype): a column,
/// index or table rename written the SQL Server way.
/// </summary>
internal static class SpRename
{
    public static SchemaOperation? Read(IList<ExecuteParameter>? parameters, StatementScope scope)
    {
        if (parameters is null)
        {
            return null;
        }

        var objectName = Argument(parameters, 0, "@objname");
        var newName = Argument(parameters, 1, "@newname");
        var objectType = Argument(parameters, 2, "@objtype");
        if (objectName is null || newName is null)
        {
            return null;
        }

        var parts = objectName.Split('.').Select(part => part.Trim().Trim('[', ']', '"')).ToArray();
        var last = parts[parts.Length - 1];
        var table = parts.Length >= 2 ? new Model.SchemaObjectName(parts.Length >= 3 ? parts[parts.Length - 3] : null, parts[parts.Length - 2]) : null;
        return objectType?.Trim().ToUpperInvariant() switch
        {
            "COLUMN" => scope.New(SchemaOperationKind.RenameColumn, table) with { Column = last, NewName = newName },
            "INDEX" => scope.New(SchemaOperationKind.RenameIndex, table) with { ObjectName = last, NewName = newName },
            null => scope.New(SchemaOperationKind.RenameTable, new Model.SchemaObjectName(parts.Length >= 2 ? parts[parts.Length - 2] : null, last)) with { NewName = newName },
            _ => null,
        };
    }

    private static string? Argument(IList<ExecuteParameter> parameters, int position, string name)
    {
        var named = parameters.FirstOrDefault(parameter => string.Equals(parameter.Variable?.Name, name, StringComparison.OrdinalIgnoreCase));
        var parameter = named ?? (position < parameters.Count && parameters[position].Variable is null ? parameters[position] : null);
        return (parameter?.ParameterValue as StringLiteral)?.Value;
    }
}

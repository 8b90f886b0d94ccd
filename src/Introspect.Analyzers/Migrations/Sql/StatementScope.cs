using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>Where a statement is and what it says: every operation read from it carries both.</summary>
internal sealed class StatementScope
{
    public StatementScope(Location location, string sql)
    {
        Location = location;
        Sql = sql;
    }

    public Location Location { get; }

    public string Sql { get; }

    public SchemaOperation New(SchemaOperationKind kind, SchemaObjectName? table = null) =>
        new(kind, Location) { Table = table, Sql = Sql };

    public SchemaOperation Unrecognised(SchemaObjectName? table = null) => New(SchemaOperationKind.UnrecognisedSql, table);
}

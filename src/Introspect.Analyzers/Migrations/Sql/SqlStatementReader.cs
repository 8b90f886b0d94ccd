using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// Reads SQL text (a script, or the string of migrationBuilder.Sql / Execute.Sql) into schema operations, with the
/// dialect of the provider. T-SQL is parsed with ScriptDom; PostgreSQL, MySQL and SQLite DDL with a statement-level
/// reader that tokenises (comments and string literals respected) and recognises the risky forms.
/// </summary>
internal static class SqlStatementReader
{
    /// <param name="locate">Maps a span of <paramref name="sql"/> to the location to report.</param>
    public static ImmutableArray<SchemaOperation> Read(string sql, DatabaseProvider provider, Func<TextSpan, Location> locate)
    {
        // Filled in by the SQL reader work; until then embedded SQL stays one unrecognised operation.
        return ImmutableArray<SchemaOperation>.Empty;
    }
}

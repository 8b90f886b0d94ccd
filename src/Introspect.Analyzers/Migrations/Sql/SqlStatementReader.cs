using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Sql.TSql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// Reads SQL text (a script, or the string of migrationBuilder.Sql / Execute.Sql) into schema operations, one or more
/// per statement, with the dialect of the provider. T-SQL is parsed with ScriptDom; PostgreSQL, MySQL and SQLite DDL
/// with a statement-level reader that tokenises (comments, string literals and dollar-quoted bodies respected) and
/// recognises the statement shapes the rules reason about; other statements read as UnrecognisedSql. With an unknown
/// provider the lenient PostgreSQL-like reader is used, unless the text is clearly T-SQL (<see cref="TSqlDetection"/>).
/// Never throws: text that cannot be read at all reads as no operations.
/// </summary>
internal static class SqlStatementReader
{
    /// <param name="locate">Maps a span of <paramref name="sql"/> (a statement) to the location to report.</param>
    public static ImmutableArray<SchemaOperation> Read(
        string sql,
        DatabaseProvider provider,
        Func<TextSpan, Location> locate,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return ImmutableArray<SchemaOperation>.Empty;
        }

        try
        {
            return provider == DatabaseProvider.SqlServer || provider == DatabaseProvider.Unknown && TSqlDetection.LooksLikeTSql(sql)
                ? TSqlStatementReader.Read(sql, locate, cancellationToken)
                : PortableStatementReader.Read(sql, SqlDialect.For(provider), locate, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A reader bug must not become AD0001 in every build of the project: the text reads as nothing.
            return ImmutableArray<SchemaOperation>.Empty;
        }
    }
}

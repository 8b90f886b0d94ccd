using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// Reads a plain .sql migration script (DbUp, Evolve, grate, Flyway and hand-written runners) into a migration: its
/// id and name are the file name, its statements are Up, and rollback is the runner's business. Diagnostics point
/// into the script file itself.
/// </summary>
internal static class ScriptMigrationReader
{
    public static MigrationDefinition Read(string path, SourceText text, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        Location Locate(TextSpan span)
        {
            var bounded = TextSpan.FromBounds(Math.Min(span.Start, text.Length), Math.Min(span.End, text.Length));
            return Location.Create(path, bounded, text.Lines.GetLinePositionSpan(bounded));
        }

        var content = text.ToString();
        var up = SqlStatementReader.Read(content, provider, Locate, cancellationToken);
        var name = Path.GetFileNameWithoutExtension(path);
        return new MigrationDefinition(
            name,
            name,
            MigrationFramework.SqlScript,
            provider,
            up.IsEmpty ? Locate(new TextSpan(0, 0)) : up[0].Location,
            up,
            ImmutableArray<SchemaOperation>.Empty,
            RollbackState.NotApplicable)
        {
            SuppressesTransaction = HasNoTransactionMarker(content),
        };
    }

    /// <summary>Evolve runs a script outside a transaction when it holds the comment <c>-- evolve-tx-off</c>.</summary>
    private static bool HasNoTransactionMarker(string content)
    {
        const string Marker = "evolve-tx-off";
        for (var index = content.IndexOf(Marker, StringComparison.OrdinalIgnoreCase); index >= 0; index = content.IndexOf(Marker, index + Marker.Length, StringComparison.OrdinalIgnoreCase))
        {
            var lineStart = content.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
            if (content.IndexOf("--", lineStart, index - lineStart, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

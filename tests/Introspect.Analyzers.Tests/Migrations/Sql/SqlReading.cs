using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Sql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Tests.Migrations.Sql;

/// <summary>Reads SQL as a script file would be read, so each operation's location can be checked against the text.</summary>
internal static class SqlReading
{
    public static ImmutableArray<SchemaOperation> Read(string sql, DatabaseProvider provider)
    {
        var text = SourceText.From(sql);
        return SqlStatementReader.Read(sql, provider, span => Location.Create("/scripts/script.sql", span, text.Lines.GetLinePositionSpan(span)));
    }

    public static SchemaOperation Single(string sql, DatabaseProvider provider) => Assert.Single(Read(sql, provider));

    /// <summary>The statement text an operation is located at.</summary>
    public static string LocatedText(string sql, SchemaOperation operation) =>
        sql.Substring(operation.Location.SourceSpan.Start, operation.Location.SourceSpan.Length);

    public static SchemaOperationKind[] Kinds(ImmutableArray<SchemaOperation> operations) => [.. operations.Select(operation => operation.Kind)];
}

using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Sql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Migrations.Rules.CodeUse;

/// <summary>
/// The SQL queries written as string literals in the compilation's code (Dapper, ADO.NET, FromSqlRaw), outside the
/// migrations and model snapshots: which tables each one reads or writes, and which names it mentions. Collected on
/// first use (only a migration that drops or renames something asks) and once per compilation, skipping the migration and
/// snapshot classes; a string counts only
/// when it starts like a query (SELECT, INSERT, UPDATE, DELETE, WITH, MERGE), and it is tokenised, so names inside
/// its own string literals and comments do not count.
/// </summary>
internal sealed class SqlInCode
{
    private static readonly string[] QueryStarts = ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "MERGE"];
    private static readonly string[] TableKeywords = ["FROM", "JOIN", "INTO", "UPDATE", "USING"];

    private readonly Lazy<ImmutableArray<SqlQuery>> _queries;

    public SqlInCode(Compilation compilation, Func<ILookup<SyntaxTree, TextSpan>> migrationDeclarations, DatabaseProvider provider) =>
        _queries = new Lazy<ImmutableArray<SqlQuery>>(() => Collect(compilation, migrationDeclarations(), SqlDialect.For(provider)));

    /// <summary>The queries that use <paramref name="table"/> (and name <paramref name="column"/>, when given).</summary>
    public IEnumerable<SqlQuery> Using(SchemaObjectName table, string? column) =>
        _queries.Value.Where(query => query.Tables.Contains(table) && (column is null || query.Names.Contains(column)));

    private static ImmutableArray<SqlQuery> Collect(Compilation compilation, ILookup<SyntaxTree, TextSpan> migrationDeclarations, SqlDialect dialect)
    {
        var queries = ImmutableArray.CreateBuilder<SqlQuery>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var skipped = migrationDeclarations[tree].ToList();
            foreach (var node in tree.GetRoot().DescendantNodes(node => !skipped.Any(span => span.Contains(node.Span))))
            {
                if (Text(node) is { } text && StartsLikeAQuery(text) && Read(text, dialect, node) is { } query)
                {
                    queries.Add(query);
                }
            }
        }

        return queries.ToImmutable();
    }

    /// <summary>A string literal's value; an interpolated string with its holes read as parameters.</summary>
    private static string? Text(SyntaxNode node) => node switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        InterpolatedStringExpressionSyntax interpolated => string.Concat(interpolated.Contents.Select(content =>
            content is InterpolatedStringTextSyntax part ? part.TextToken.ValueText : " @p ")),
        _ => null,
    };

    private static bool StartsLikeAQuery(string text)
    {
        var trimmed = text.TrimStart();
        return QueryStarts.Any(start => trimmed.Length > start.Length
            && trimmed.StartsWith(start, StringComparison.OrdinalIgnoreCase)
            && !char.IsLetterOrDigit(trimmed[start.Length]) && trimmed[start.Length] != '_');
    }

    private static SqlQuery? Read(string text, SqlDialect dialect, SyntaxNode node)
    {
        var tokens = SqlTokenizer.Tokenize(text, dialect);
        var tables = new HashSet<SchemaObjectName>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.IsName)
            {
                names.Add(token.Value);
            }

            if (token.Kind == SqlTokenKind.Word && TableKeywords.Any(token.IsWord) && TableAfter(tokens, index + 1) is { } table)
            {
                tables.Add(table);
            }
        }

        return tables.Count == 0 ? null : new SqlQuery(Where(node), node.GetLocation(), tables, names);
    }

    /// <summary>The (schema-qualified) name right after FROM/JOIN/INTO/UPDATE; null for a subquery or nothing.</summary>
    private static SchemaObjectName? TableAfter(ImmutableArray<SqlToken> tokens, int index)
    {
        var parts = new List<string>();
        while (index < tokens.Length && tokens[index].IsName)
        {
            parts.Add(tokens[index].Value);
            if (index + 2 < tokens.Length && tokens[index + 1].IsPunctuation('.') && tokens[index + 2].IsName)
            {
                index += 2;
                continue;
            }

            break;
        }

        return parts.Count switch
        {
            0 => null,
            1 => new SchemaObjectName(null, parts[0]),
            _ => new SchemaObjectName(parts[parts.Count - 2], parts[parts.Count - 1]),
        };
    }

    /// <summary>Type.Member around the string, from syntax alone.</summary>
    private static string Where(SyntaxNode node)
    {
        var type = node.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText;
        var member = node.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault() switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
            FieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault()?.Identifier.ValueText,
            _ => null,
        };
        return (type, member) switch
        {
            (null, null) => "top-level code",
            (null, _) => member!,
            (_, null) => type,
            _ => type + "." + member,
        };
    }
}

/// <summary>One query in the code: where it is, the tables it uses, and every name it mentions.</summary>
internal sealed record SqlQuery(string Where, Location Location, HashSet<SchemaObjectName> Tables, HashSet<string> Names)
{
    public string Describe()
    {
        var line = Location.GetLineSpan();
        return $"the SQL in {Where} ({Path.GetFileName(line.Path)} line {line.StartLinePosition.Line + 1})";
    }
}

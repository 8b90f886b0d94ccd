using System.Collections.Immutable;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// Whether SQL of an unknown provider is clearly T-SQL, so that ScriptDom rather than the lenient PostgreSQL-like
/// reader reads it. Only signs that other dialects do not share count: a <c>GO</c> batch separator alone on a line,
/// a [bracketed] name next to a '.' or after TABLE/INDEX/ON/INTO/FROM/UPDATE/COLUMN, <c>WITH (ONLINE = …)</c>,
/// <c>WITH NOCHECK</c> / <c>WITH CHECK CHECK</c>, <c>EXEC sp_…</c>, and <c>IDENTITY(</c>. The text is tokenised
/// first, so none of these count inside comments or string literals.
/// </summary>
internal static class TSqlDetection
{
    private static readonly HashSet<string> WordsBeforeBracketedName = new(StringComparer.OrdinalIgnoreCase)
    {
        "TABLE", "INDEX", "ON", "INTO", "FROM", "UPDATE", "COLUMN", "VIEW", "JOIN", "ADD", "DROP", "CONSTRAINT", "REFERENCES",
    };

    public static bool LooksLikeTSql(string sql)
    {
        // Brackets read as identifiers here (the SQLite dialect), so "[dbo]" is one token.
        var tokens = SqlTokenizer.Tokenize(sql, SqlDialect.Sqlite);
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.IsWord("GO") && IsAloneOnLine(sql, token)
                || IsBracketedName(sql, tokens, index)
                || token.IsWord("WITH") && Next(tokens, index, 1).IsPunctuation('(') && Next(tokens, index, 2).IsWord("ONLINE")
                || token.IsWord("WITH") && (Next(tokens, index, 1).IsWord("NOCHECK") || Next(tokens, index, 1).IsWord("CHECK") && Next(tokens, index, 2).IsWord("CHECK"))
                || (token.IsWord("EXEC") || token.IsWord("EXECUTE")) && Next(tokens, index, 1).Value.StartsWith("sp_", StringComparison.OrdinalIgnoreCase)
                || token.IsWord("IDENTITY") && Next(tokens, index, 1).IsPunctuation('('))
            {
                return true;
            }
        }

        return false;
    }

    private static SqlToken Next(ImmutableArray<SqlToken> tokens, int index, int offset) =>
        index + offset < tokens.Length ? tokens[index + offset] : default;

    private static bool IsBracketedName(string sql, ImmutableArray<SqlToken> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != SqlTokenKind.QuotedIdentifier || sql[token.Start] != '[')
        {
            return false;
        }

        var previous = index > 0 ? tokens[index - 1] : default;
        return Next(tokens, index, 1).IsPunctuation('.') || previous.IsPunctuation('.')
            || previous.Kind == SqlTokenKind.Word && WordsBeforeBracketedName.Contains(previous.Value);
    }

    private static bool IsAloneOnLine(string sql, SqlToken token)
    {
        for (var index = token.Start - 1; index >= 0 && sql[index] != '\n'; index--)
        {
            if (!char.IsWhiteSpace(sql[index]))
            {
                return false;
            }
        }

        for (var index = token.End; index < sql.Length && sql[index] != '\n'; index++)
        {
            if (!char.IsWhiteSpace(sql[index]) && !char.IsDigit(sql[index]) && sql[index] != ';')
            {
                return false;
            }
        }

        return true;
    }
}

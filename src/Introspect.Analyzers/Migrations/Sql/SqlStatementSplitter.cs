using System.Collections.Immutable;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>One statement: a run of tokens between statement ends.</summary>
internal readonly struct SqlStatement
{
    public SqlStatement(ImmutableArray<SqlToken> tokens, int first, int count)
    {
        Tokens = tokens;
        First = first;
        Count = count;
    }

    public ImmutableArray<SqlToken> Tokens { get; }

    public int First { get; }

    public int Count { get; }

    /// <summary>From the first token to the end of the last one (comments before it and the ';' are not part of it).</summary>
    public Microsoft.CodeAnalysis.Text.TextSpan Span =>
        Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(Tokens[First].Start, Tokens[First + Count - 1].End);
}

/// <summary>
/// Splits tokens into statements at top-level statement ends. A routine body written with BEGIN … END (SQLite
/// triggers, PostgreSQL BEGIN ATOMIC, MySQL procedures without DELIMITER) holds its ';' inside, so CREATE
/// FUNCTION/PROCEDURE/TRIGGER statements only end once their BEGIN/CASE … END blocks are closed.
/// </summary>
internal static class SqlStatementSplitter
{
    public static ImmutableArray<SqlStatement> Split(ImmutableArray<SqlToken> tokens)
    {
        var statements = ImmutableArray.CreateBuilder<SqlStatement>();
        var first = 0;
        var blockDepth = 0;
        var isRoutine = false;
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (index == first)
            {
                isRoutine = IsRoutineDefinition(tokens, index);
                blockDepth = 0;
            }

            if (token.Kind == SqlTokenKind.StatementEnd)
            {
                if (isRoutine && blockDepth > 0)
                {
                    continue;
                }

                if (index > first)
                {
                    statements.Add(new SqlStatement(tokens, first, index - first));
                }

                first = index + 1;
            }
            else if (isRoutine && token.Kind == SqlTokenKind.Word)
            {
                if (token.IsWord("BEGIN") || token.IsWord("CASE"))
                {
                    blockDepth++;
                }
                else if (token.IsWord("END") && blockDepth > 0 && !IsEndOfCompoundKeyword(tokens, index))
                {
                    blockDepth--;
                }
            }
        }

        if (first < tokens.Length)
        {
            statements.Add(new SqlStatement(tokens, first, tokens.Length - first));
        }

        return statements.ToImmutable();
    }

    /// <summary>CREATE [OR REPLACE] [TEMP] [CONSTRAINT] [DEFINER = …] FUNCTION|PROCEDURE|TRIGGER: the kind word comes before any '('.</summary>
    private static bool IsRoutineDefinition(ImmutableArray<SqlToken> tokens, int index)
    {
        if (!tokens[index].IsWord("CREATE"))
        {
            return false;
        }

        for (var next = index + 1; next < tokens.Length && next <= index + 10; next++)
        {
            var token = tokens[next];
            if (token.Kind == SqlTokenKind.StatementEnd || token.IsPunctuation('(') || token.IsWord("TABLE") || token.IsWord("INDEX") || token.IsWord("VIEW"))
            {
                return false;
            }

            if (token.IsWord("FUNCTION") || token.IsWord("PROCEDURE") || token.IsWord("TRIGGER"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>END IF / END LOOP / END WHILE close their own statement, not a BEGIN block (they also never open one here).</summary>
    private static bool IsEndOfCompoundKeyword(ImmutableArray<SqlToken> tokens, int index) =>
        index + 1 < tokens.Length
        && (tokens[index + 1].IsWord("IF") || tokens[index + 1].IsWord("LOOP") || tokens[index + 1].IsWord("WHILE") || tokens[index + 1].IsWord("REPEAT"));
}

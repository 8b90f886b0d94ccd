namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>
/// Whether a default expression is computed per row. Adding a column whose default is volatile rewrites every row
/// (PostgreSQL 11+ and SQL Server store a constant default in the catalog instead). <c>now()</c>,
/// <c>CURRENT_TIMESTAMP</c> and <c>GETDATE()</c> are not volatile: they are evaluated once per statement, so PostgreSQL
/// keeps them in the catalog and SQL Server treats them as runtime constants.
/// </summary>
internal static class VolatileDefaults
{
    // Function names are the same or do not collide across providers, so one list serves every dialect.
    private static readonly HashSet<string> Functions = new(StringComparer.OrdinalIgnoreCase)
    {
        "random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7",
        "clock_timestamp", "timeofday", "nextval", "txid_current",
        "newid", "newsequentialid", "rand", "crypt_gen_random",
        "uuid", "uuid_short", "random_bytes",
        "randomblob",
    };

    public static bool IsVolatile(string? expression)
    {
        if (string.IsNullOrEmpty(expression))
        {
            return false;
        }

        // Every identifier directly followed by "(" is a call; strings are skipped so 'random(' in a literal is not one.
        var text = expression!;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\'')
            {
                index = text.IndexOf('\'', index + 1);
                if (index < 0)
                {
                    return false;
                }

                continue;
            }

            if (!IsIdentifierStart(character) || (index > 0 && IsIdentifierPart(text[index - 1])))
            {
                continue;
            }

            var end = index;
            while (end < text.Length && IsIdentifierPart(text[end]))
            {
                end++;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && text[next] == '(' && Functions.Contains(text.Substring(index, end - index)))
            {
                return true;
            }

            index = end - 1;
        }

        return false;
    }

    private static bool IsIdentifierStart(char character) => char.IsLetter(character) || character == '_';

    private static bool IsIdentifierPart(char character) => char.IsLetterOrDigit(character) || character == '_';
}

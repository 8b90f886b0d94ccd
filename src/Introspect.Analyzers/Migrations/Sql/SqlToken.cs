namespace Introspect.Analyzers.Migrations.Sql;

internal enum SqlTokenKind
{
    /// <summary>An unquoted word: a keyword or an identifier.</summary>
    Word,

    /// <summary>"name", `name` or [name]; <see cref="SqlToken.Value"/> is the name without quotes.</summary>
    QuotedIdentifier,

    /// <summary>'…', E'…', N'…', a dollar-quoted body.</summary>
    String,
    Number,

    /// <summary>One punctuation or operator character ((, ), ',', '.', '=', …).</summary>
    Punctuation,

    /// <summary>The end of a statement: ';' or the delimiter a mysql DELIMITER command set.</summary>
    StatementEnd,

    /// <summary>$1, :name, @name, ?.</summary>
    Parameter,
}

/// <summary>One token of SQL text; comments and white space are not tokens.</summary>
internal readonly struct SqlToken
{
    private readonly string? _value;

    public SqlToken(SqlTokenKind kind, int start, int length, string value)
    {
        Kind = kind;
        Start = start;
        Length = length;
        _value = value;
    }

    public SqlTokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The word, the identifier without its quotes, the punctuation character, or the literal as written.</summary>
    public string Value => _value ?? string.Empty;

    public bool IsWord(string keyword) => Kind == SqlTokenKind.Word && string.Equals(Value, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(char character) => Kind == SqlTokenKind.Punctuation && Value.Length == 1 && Value[0] == character;

    public bool IsName => _value is not null && Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier;

    public override string ToString() => Value;
}

using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Sql;

/// <summary>What the tokenizer must respect for one provider's SQL: comment, string and quoted-identifier forms.</summary>
internal sealed class SqlDialect
{
    private SqlDialect(DatabaseProvider provider, bool nestedComments, bool dollarQuotes, bool backslashEscapes, bool hashComments, bool delimiterCommand, bool bracketIdentifiers = false)
    {
        BracketIdentifiers = bracketIdentifiers;
        Provider = provider;
        NestedComments = nestedComments;
        DollarQuotes = dollarQuotes;
        BackslashEscapes = backslashEscapes;
        HashComments = hashComments;
        DelimiterCommand = delimiterCommand;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>PostgreSQL nests /* /* */ */.</summary>
    public bool NestedComments { get; }

    /// <summary>PostgreSQL's $$…$$ and $tag$…$tag$ bodies.</summary>
    public bool DollarQuotes { get; }

    /// <summary>MySQL reads \' inside '…' as an escaped quote.</summary>
    public bool BackslashEscapes { get; }

    /// <summary>MySQL's # comments.</summary>
    public bool HashComments { get; }

    /// <summary>The mysql client's DELIMITER command, which scripts with routine bodies use.</summary>
    public bool DelimiterCommand { get; }

    /// <summary>SQLite accepts [name] (PostgreSQL uses brackets for arrays, so there they stay punctuation).</summary>
    public bool BracketIdentifiers { get; }

    /// <summary>PostgreSQL, and the lenient reading for an unknown provider.</summary>
    public static SqlDialect PostgreSql { get; } = new(DatabaseProvider.PostgreSql, nestedComments: true, dollarQuotes: true, backslashEscapes: false, hashComments: false, delimiterCommand: false);

    public static SqlDialect MySql { get; } = new(DatabaseProvider.MySql, nestedComments: false, dollarQuotes: false, backslashEscapes: true, hashComments: true, delimiterCommand: true);

    public static SqlDialect Sqlite { get; } = new(DatabaseProvider.Sqlite, nestedComments: false, dollarQuotes: false, backslashEscapes: false, hashComments: false, delimiterCommand: false, bracketIdentifiers: true);

    public static SqlDialect Unknown { get; } = new(DatabaseProvider.Unknown, nestedComments: true, dollarQuotes: true, backslashEscapes: false, hashComments: false, delimiterCommand: false);

    public static SqlDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => PostgreSql,
        DatabaseProvider.MySql => MySql,
        DatabaseProvider.Sqlite => Sqlite,
        _ => Unknown,
    };
}

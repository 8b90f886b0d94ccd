namespace Introspect.Analyzers.Migrations.Model;

/// <summary>
/// What a migration says about one column. Every property is optional: a framework or a script states only some of
/// them, and a rule must not guess what was not said (null means "not stated").
/// </summary>
public sealed record ColumnDefinition
{
    public string? Name { get; init; }

    /// <summary>The database type as written (<c>varchar(63)</c>, <c>integer</c>), when stated.</summary>
    public string? StoreType { get; init; }

    /// <summary>The CLR type of an EF Core column (<c>string</c>, <c>int</c>), when known.</summary>
    public string? ClrType { get; init; }

    public bool? IsNullable { get; init; }

    public int? MaxLength { get; init; }

    public int? Precision { get; init; }

    public int? Scale { get; init; }

    public ColumnDefault? Default { get; init; }

    /// <summary>A computed column whose value is stored (rewrites the table when added).</summary>
    public bool IsStoredComputed { get; init; }

    public bool IsIdentity { get; init; }

    /// <summary>
    /// The database computes the value itself: a computed column (stored or not) or a SQL Server rowversion. Such a
    /// column needs no default when it is added NOT NULL.
    /// </summary>
    public bool IsComputed { get; init; }
}

/// <summary>A column default: a literal value or an SQL expression.</summary>
/// <param name="Text">The value or expression as written (<c>0</c>, <c>''</c>, <c>now()</c>).</param>
/// <param name="IsSqlExpression">True for <c>defaultValueSql</c> / <c>DEFAULT now()</c>, false for a literal value.</param>
/// <param name="IsClrDefault">The CLR default EF Core scaffolds without being asked: 0, "", false, Guid.Empty, DateTime.MinValue.</param>
public sealed record ColumnDefault(string Text, bool IsSqlExpression, bool IsClrDefault)
{
    /// <summary>
    /// The default is computed per row (<c>now()</c>, <c>random()</c>, <c>gen_random_uuid()</c>, <c>NEWID()</c>): adding a
    /// column with it to an existing table rewrites every row, where a constant default is only stored in the catalog.
    /// </summary>
    public bool IsVolatile { get; init; }

    /// <summary>
    /// The EF Core model configures this default (<c>HasDefaultValue</c>/<c>HasDefaultValueSql</c> in the migration's
    /// target model): somebody chose it, even when it equals the CLR default.
    /// </summary>
    public bool IsConfiguredInModel { get; init; }
}

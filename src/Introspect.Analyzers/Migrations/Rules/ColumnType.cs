using System.Globalization;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>The kinds of values a column holds; a change between kinds is a conversion, within a kind it widens or narrows.</summary>
internal enum TypeFamily
{
    Unknown,
    String,
    Binary,
    Integer,
    Decimal,
    Float,
    Boolean,
    Date,
    DateTime,
    DateTimeOffset,
    Time,
    Interval,
    Guid,
    Json,
    Xml,
    RowVersion,
}

/// <summary>
/// A column's type as the provider stores it: its family, and the capacity that decides whether a change narrows
/// (length, byte size, digits, precision rank). Read from the store type as written (<c>character varying(63)</c>,
/// <c>nvarchar(max)</c>, <c>numeric(12,2)</c>, FluentMigrator's <c>String(64)</c>), or from the CLR type when no store
/// type is stated.
/// </summary>
/// <param name="Text">The type as written, for messages.</param>
/// <param name="Length">Characters or bytes of a bounded string or binary; null when unbounded or not known.</param>
/// <param name="Size">Bytes of an integer or float, the precision rank of a date-time.</param>
internal sealed record ColumnType(
    TypeFamily Family,
    string Text,
    string Name,
    int? Length = null,
    bool IsUnbounded = false,
    bool IsFixedLength = false,
    bool IsUnicode = true,
    int Size = 0,
    int? Precision = null,
    int? Scale = null)
{
    private static readonly Dictionary<string, ColumnType> Names = BuildNames();

    /// <summary>The type a column definition states, or null when it states none.</summary>
    public static ColumnType? Of(ColumnDefinition column, DatabaseProvider provider)
    {
        if (column.StoreType is { } storeType && !string.IsNullOrWhiteSpace(storeType))
        {
            return FromStoreType(storeType.Trim(), column, provider);
        }

        return column.ClrType is { } clrType ? FromClrType(clrType, column) : null;
    }

    /// <summary>Could this type hold fewer values than some other type of its family (a length, a small integer, digits)?</summary>
    public bool IsBounded => Family switch
    {
        TypeFamily.String or TypeFamily.Binary => Length is not null,
        TypeFamily.Integer => Size is > 0 and < 8,
        TypeFamily.Decimal => Precision is not null,
        _ => false,
    };

    private static ColumnType FromStoreType(string text, ColumnDefinition column, DatabaseProvider provider)
    {
        var lower = text.ToLowerInvariant();
        var open = lower.IndexOf('(');
        var close = open < 0 ? -1 : lower.IndexOf(')', open);
        var arguments = open >= 0 && close > open ? lower.Substring(open + 1, close - open - 1).Split(',') : Array.Empty<string>();
        var name = Collapse(open >= 0 && close > open ? lower.Substring(0, open) + " " + lower.Substring(close + 1) : lower);
        var first = arguments.Length > 0 ? Number(arguments[0]) : null;
        var second = arguments.Length > 1 ? Number(arguments[1]) : null;

        if (provider == DatabaseProvider.SqlServer && name == "timestamp")
        {
            return new ColumnType(TypeFamily.RowVersion, text, name);
        }

        if (!Names.TryGetValue(name, out var known))
        {
            return new ColumnType(TypeFamily.Unknown, text, name);
        }

        var type = known with { Text = text, Name = name };
        switch (type.Family)
        {
            case TypeFamily.String or TypeFamily.Binary:
                var isMax = arguments.Length > 0 && arguments[0].Trim() == "max";
                var length = first ?? column.MaxLength;
                var unbounded = type.IsUnbounded || isMax || (length is null && arguments.Length == 0 && UnboundedWithoutLength(name, provider));
                return type with
                {
                    Length = unbounded ? null : length ?? DefaultLength(name, provider),
                    IsUnbounded = unbounded,
                    IsUnicode = type.IsUnicode || provider is not (DatabaseProvider.SqlServer or DatabaseProvider.Unknown),
                };
            case TypeFamily.Decimal when type.Precision is null:
                var precision = first ?? column.Precision;
                return precision is null && name == "numeric" && provider == DatabaseProvider.PostgreSql && arguments.Length == 0
                    ? type with { IsUnbounded = true }
                    : type with { Precision = precision, Scale = second ?? column.Scale ?? (precision is null ? null : 0) };
            case TypeFamily.Float when name == "float" && first is { } bits:
                return type with { Size = bits <= 24 ? 4 : 8 };
            default:
                return type;
        }
    }

    /// <summary>PostgreSQL's varchar and bit varying without a length take any length; SQL Server's mean a length of 1.</summary>
    private static bool UnboundedWithoutLength(string name, DatabaseProvider provider) =>
        provider != DatabaseProvider.SqlServer && name is "varchar" or "character varying";

    private static int? DefaultLength(string name, DatabaseProvider provider) =>
        name is "char" or "character" or "nchar" or "bpchar" || provider == DatabaseProvider.SqlServer && name is "varchar" or "nvarchar" or "binary" or "varbinary"
            ? 1
            : null;

    private static ColumnType? FromClrType(string clrType, ColumnDefinition column)
    {
        var name = clrType.TrimEnd('?');
        var family = name switch
        {
            "string" or "System.String" => TypeFamily.String,
            "byte[]" or "System.Byte[]" => TypeFamily.Binary,
            "int" or "System.Int32" or "long" or "System.Int64" or "short" or "System.Int16" or "byte" or "System.Byte" => TypeFamily.Integer,
            "decimal" or "System.Decimal" => TypeFamily.Decimal,
            "double" or "System.Double" or "float" or "System.Single" => TypeFamily.Float,
            "bool" or "System.Boolean" => TypeFamily.Boolean,
            "System.DateTime" => TypeFamily.DateTime,
            "System.DateTimeOffset" => TypeFamily.DateTimeOffset,
            "System.DateOnly" => TypeFamily.Date,
            "System.TimeSpan" or "System.TimeOnly" => TypeFamily.Time,
            "System.Guid" => TypeFamily.Guid,
            _ => TypeFamily.Unknown,
        };
        var size = name switch
        {
            "long" or "System.Int64" or "double" or "System.Double" => 8,
            "int" or "System.Int32" or "float" or "System.Single" => 4,
            "short" or "System.Int16" => 2,
            "byte" or "System.Byte" => 1,
            _ => 0,
        };
        var text = column.MaxLength is { } maxLength ? $"{name}({maxLength})" : name;
        return new ColumnType(family, text, name.ToLowerInvariant(), Length: column.MaxLength, Size: size, Precision: column.Precision, Scale: column.Scale);
    }

    private static Dictionary<string, ColumnType> BuildNames()
    {
        var names = new Dictionary<string, ColumnType>(StringComparer.Ordinal);
        void Add(ColumnType type, params string[] aliases)
        {
            foreach (var alias in aliases)
            {
                names[alias] = type;
            }
        }

        // FluentMigrator's store types read as their DbType names (String(64), AnsiString, FixedLengthString(3)).
        Add(new(TypeFamily.String, "", ""), "nvarchar", "national character varying", "national varchar", "nvarchar2", "string", "varchar2");
        Add(new(TypeFamily.String, "", "", IsUnicode: false), "varchar", "character varying", "ansistring");
        Add(new(TypeFamily.String, "", "", IsFixedLength: true), "nchar", "national character", "fixedlengthstring");
        Add(new(TypeFamily.String, "", "", IsFixedLength: true, IsUnicode: false), "char", "character", "bpchar", "fixedlengthansistring");
        Add(new(TypeFamily.String, "", "", IsUnbounded: true), "ntext", "citext", "nclob");
        Add(new(TypeFamily.String, "", "", IsUnbounded: true, IsUnicode: false), "text", "clob", "mediumtext", "longtext");
        Add(new(TypeFamily.String, "", "", Length: 255, IsUnicode: false), "tinytext");
        Add(new(TypeFamily.Binary, "", ""), "varbinary", "binary");
        Add(new(TypeFamily.Binary, "", "", IsUnbounded: true), "bytea", "blob", "longblob", "mediumblob", "image");
        Add(new(TypeFamily.Integer, "", "", Size: 1), "tinyint", "byte");
        Add(new(TypeFamily.Integer, "", "", Size: 2), "smallint", "int2", "int16", "smallserial", "serial2");
        Add(new(TypeFamily.Integer, "", "", Size: 3), "mediumint");
        Add(new(TypeFamily.Integer, "", "", Size: 4), "int", "integer", "int4", "int32", "serial", "serial4");
        Add(new(TypeFamily.Integer, "", "", Size: 8), "bigint", "int8", "int64", "bigserial", "serial8");
        Add(new(TypeFamily.Decimal, "", ""), "decimal", "numeric", "number", "dec");
        Add(new(TypeFamily.Decimal, "", "", Precision: 19, Scale: 4), "money", "currency");
        Add(new(TypeFamily.Decimal, "", "", Precision: 10, Scale: 4), "smallmoney");
        Add(new(TypeFamily.Float, "", "", Size: 4), "real", "float4", "single");
        Add(new(TypeFamily.Float, "", "", Size: 8), "double precision", "float8", "float", "double");
        Add(new(TypeFamily.Boolean, "", ""), "boolean", "bool", "bit");
        Add(new(TypeFamily.Date, "", ""), "date");
        Add(new(TypeFamily.DateTime, "", "", Size: 1), "smalldatetime");
        Add(new(TypeFamily.DateTime, "", "", Size: 2), "datetime");
        Add(new(TypeFamily.DateTime, "", "", Size: 3), "datetime2", "timestamp", "timestamp without time zone");
        Add(new(TypeFamily.DateTimeOffset, "", ""), "datetimeoffset", "timestamptz", "timestamp with time zone");
        Add(new(TypeFamily.Time, "", ""), "time", "time without time zone", "timetz", "time with time zone");
        Add(new(TypeFamily.Interval, "", ""), "interval");
        Add(new(TypeFamily.Guid, "", ""), "uuid", "uniqueidentifier", "guid");
        Add(new(TypeFamily.Json, "", ""), "json", "jsonb");
        Add(new(TypeFamily.Xml, "", ""), "xml");
        Add(new(TypeFamily.RowVersion, "", ""), "rowversion");
        return names;
    }

    private static string Collapse(string text) => string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));

    private static int? Number(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>What a change of a column's type does to the values it can hold.</summary>
internal enum TypeChangeKind
{
    /// <summary>The same type (only nullability, default or spelling changed).</summary>
    Same,

    /// <summary>Every old value fits: varchar(200) → varchar(320), int → bigint, varchar → text, decimal(10,2) → decimal(12,2).</summary>
    Widening,

    /// <summary>Some old values no longer fit: a shorter string, a smaller integer, fewer digits, a non-Unicode string.</summary>
    Narrowing,

    /// <summary>Another kind of value: string → int, text → jsonb, timestamp → timestamptz.</summary>
    Conversion,

    /// <summary>The types cannot be compared (unknown or custom types, a length not stated).</summary>
    Unknown,
}

/// <summary>Compares a column's type before and after an alteration.</summary>
internal static class TypeChange
{
    public static (TypeChangeKind Kind, string Why) Compare(ColumnType before, ColumnType after, string? beforeClrType, string? afterClrType)
    {
        if (before.Family == TypeFamily.Unknown || after.Family == TypeFamily.Unknown)
        {
            if (string.Equals(before.Name, after.Name, StringComparison.Ordinal) && before.Text.Equals(after.Text, StringComparison.OrdinalIgnoreCase))
            {
                return (TypeChangeKind.Same, string.Empty);
            }

            return beforeClrType is not null && afterClrType is not null && beforeClrType.TrimEnd('?') != afterClrType.TrimEnd('?')
                ? (TypeChangeKind.Conversion, "a conversion to another kind of value")
                : (TypeChangeKind.Unknown, string.Empty);
        }

        if (before.Family != after.Family)
        {
            return (TypeChangeKind.Conversion, "a conversion to another kind of value");
        }

        return before.Family switch
        {
            TypeFamily.String => CompareStrings(before, after),
            TypeFamily.Binary => CompareLengths(before, after, "shorter, so longer values no longer fit"),
            TypeFamily.Integer => CompareSizes(before.Size, after.Size, "a smaller integer, so large values no longer fit"),
            TypeFamily.Float => CompareSizes(before.Size, after.Size, "less precise, so values are rounded"),
            TypeFamily.DateTime => CompareSizes(before.Size, after.Size, "less precise, so times are rounded and the range shrinks"),
            TypeFamily.Decimal => CompareDecimals(before, after),
            _ => (TypeChangeKind.Same, string.Empty),
        };
    }

    private static (TypeChangeKind, string) CompareStrings(ColumnType before, ColumnType after)
    {
        if (before.IsUnicode && !after.IsUnicode)
        {
            return (TypeChangeKind.Narrowing, "non-Unicode, so characters outside the code page are lost");
        }

        if (!before.IsFixedLength && after.IsFixedLength)
        {
            return (TypeChangeKind.Conversion, "fixed-length, so values are padded with blanks");
        }

        return CompareLengths(before, after, "shorter, so longer values no longer fit");
    }

    private static (TypeChangeKind, string) CompareLengths(ColumnType before, ColumnType after, string narrowing)
    {
        if (after.IsUnbounded)
        {
            return before.IsUnbounded ? (TypeChangeKind.Same, string.Empty) : (TypeChangeKind.Widening, string.Empty);
        }

        if (after.Length is not { } newLength)
        {
            return (TypeChangeKind.Unknown, string.Empty);
        }

        if (before.IsUnbounded)
        {
            return (TypeChangeKind.Narrowing, narrowing);
        }

        return before.Length is not { } oldLength ? (TypeChangeKind.Unknown, string.Empty)
            : newLength < oldLength ? (TypeChangeKind.Narrowing, narrowing)
            : newLength == oldLength ? (TypeChangeKind.Same, string.Empty)
            : (TypeChangeKind.Widening, string.Empty);
    }

    private static (TypeChangeKind, string) CompareSizes(int before, int after, string narrowing) =>
        before == 0 || after == 0 ? (TypeChangeKind.Unknown, string.Empty)
        : after < before ? (TypeChangeKind.Narrowing, narrowing)
        : after == before ? (TypeChangeKind.Same, string.Empty)
        : (TypeChangeKind.Widening, string.Empty);

    /// <summary>numeric(p, s): p − s digits before the point and s after; either shrinking narrows.</summary>
    private static (TypeChangeKind, string) CompareDecimals(ColumnType before, ColumnType after)
    {
        if (after.IsUnbounded)
        {
            return before.IsUnbounded ? (TypeChangeKind.Same, string.Empty) : (TypeChangeKind.Widening, string.Empty);
        }

        if (after.Precision is not { } newPrecision)
        {
            return (TypeChangeKind.Unknown, string.Empty);
        }

        if (before.IsUnbounded)
        {
            return (TypeChangeKind.Narrowing, "limited to fewer digits, so large or precise values no longer fit");
        }

        if (before.Precision is not { } oldPrecision)
        {
            return (TypeChangeKind.Unknown, string.Empty);
        }

        int oldScale = before.Scale ?? 0, newScale = after.Scale ?? 0;
        if (newPrecision - newScale < oldPrecision - oldScale)
        {
            return (TypeChangeKind.Narrowing, "fewer digits before the decimal point, so large values no longer fit");
        }

        if (newScale < oldScale)
        {
            return (TypeChangeKind.Narrowing, "fewer decimal places, so values are rounded");
        }

        return newPrecision == oldPrecision && newScale == oldScale ? (TypeChangeKind.Same, string.Empty) : (TypeChangeKind.Widening, string.Empty);
    }
}

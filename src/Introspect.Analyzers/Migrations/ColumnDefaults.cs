using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// Reads a default value argument and tells whether it is the CLR default that EF Core scaffolds silently when a
/// required column is added (0, "", false, Guid.Empty, DateTime.MinValue, 0001-01-01): a value nobody chose.
/// </summary>
internal static class ColumnDefaults
{
    public static ColumnDefault? FromValue(IOperation? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Syntax.ToString();
        return value.ConstantValue is { HasValue: true } constant
            ? constant.Value is null ? null : new ColumnDefault(text, IsSqlExpression: false, IsClrDefault(constant.Value))
            : new ColumnDefault(text, IsSqlExpression: false, IsClrDefaultConstruction(value));
    }

    public static ColumnDefault? FromSql(string? sql) =>
        string.IsNullOrWhiteSpace(sql)
            ? null
            : new ColumnDefault(sql!, IsSqlExpression: true, IsClrDefault: false) { IsVolatile = Sql.VolatileDefaults.IsVolatile(sql) };

    private static bool IsClrDefault(object constant) => constant switch
    {
        string text => text.Length == 0,
        bool flag => !flag,
        char character => character == '\0',
        int or long or short or byte or sbyte or uint or ulong or ushort => System.Convert.ToDecimal(constant, System.Globalization.CultureInfo.InvariantCulture) == 0m,
        float single => single == 0f,
        double number => number == 0d,
        decimal money => money == 0m,
        _ => false,
    };

    /// <summary>Guid.Empty, DateTime.MinValue, new DateTime(1, 1, 1, …), new Guid("0000…"), default(T).</summary>
    private static bool IsClrDefaultConstruction(IOperation value) => value switch
    {
        IFieldReferenceOperation { Field.Name: "Empty" or "MinValue" } => true,
        IDefaultValueOperation => true,
        IObjectCreationOperation { Arguments.Length: 0 } => true,
        IObjectCreationOperation creation => creation.Arguments.All(argument =>
            OperationArguments.Unwrap(argument.Value).ConstantValue is { HasValue: true, Value: var constant }
            && (constant is int and (0 or 1) || constant is string text && text.Trim('0', '-').Length == 0)),
        _ => false,
    };
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// The arguments of a framework call by parameter name, as constants where they are constants. Omitted optional
/// arguments are present too (Roslyn supplies their defaults), so "not passed" and "passed the default" read alike.
/// </summary>
internal readonly struct OperationArguments
{
    private readonly IInvocationOperation _invocation;

    public OperationArguments(IInvocationOperation invocation) => _invocation = invocation;

    public IOperation? Value(string parameterName)
    {
        foreach (var argument in _invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                return argument.ArgumentKind == ArgumentKind.DefaultValue && argument.Value.ConstantValue is { HasValue: true, Value: null }
                    ? null
                    : Unwrap(argument.Value);
            }
        }

        return null;
    }

    public bool IsPassed(string parameterName) =>
        _invocation.Arguments.Any(argument => argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue);

    public string? String(string parameterName) => Value(parameterName)?.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    public bool? Boolean(string parameterName) => Value(parameterName)?.ConstantValue is { HasValue: true, Value: bool flag } ? flag : null;

    public int? Integer(string parameterName) => Value(parameterName)?.ConstantValue is { HasValue: true, Value: int number } ? number : null;

    /// <summary>A string argument or each element of a string-array argument (EF Core's column / columns).</summary>
    public IEnumerable<string> Strings(string parameterName)
    {
        switch (Value(parameterName))
        {
            case { ConstantValue: { HasValue: true, Value: string single } }:
                yield return single;
                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    if (Unwrap(element).ConstantValue is { HasValue: true, Value: string text })
                    {
                        yield return text;
                    }
                }

                break;
        }
    }

    /// <summary>The type an argument like <c>oldClrType: typeof(string)</c> names.</summary>
    public ITypeSymbol? TypeOf(string parameterName) => Value(parameterName) is ITypeOfOperation typeOf ? typeOf.TypeOperand : null;

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>Source text as it goes into the model: one line, spaces collapsed, long text shortened.</summary>
internal static partial class CodeText
{
    public const int MaxLength = 160;

    private const int MaxValueDepth = 6;

    public static string Of(IOperation? operation) => operation is null ? string.Empty : Of(operation.Syntax);

    public static string Of(SyntaxNode syntax) => Shorten(syntax.ToString());

    public static string Shorten(string text, int maxLength = MaxLength)
    {
        var oneLine = Whitespace().Replace(text, " ").Trim();
        return oneLine.Length <= maxLength ? oneLine : string.Concat(oneLine.AsSpan(0, maxLength - 1), "…");
    }

    public static SourcePosition? Position(SyntaxNode? syntax)
    {
        if (syntax is null)
        {
            return null;
        }

        return Position(syntax.GetLocation());
    }

    public static SourcePosition? Position(IOperation operation) => Position(operation.Syntax);

    public static SourcePosition? Position(Location location)
    {
        var span = location.GetLineSpan();
        return string.IsNullOrEmpty(span.Path) ? null : new SourcePosition(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    /// <summary>
    /// What a string value is, as far as the code shows it: constants as they are, interpolations and concatenations
    /// with their holes as <c>{expression}</c>, locals through their initialiser, <c>Path.Combine</c> joined with '/'.
    /// </summary>
    public static string Value(IOperation operation, int depth = 0)
    {
        var value = Unwrap(operation);
        if (value.ConstantValue is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        switch (value)
        {
            case IInterpolatedStringOperation interpolated:
                var builder = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    builder.Append(part switch
                    {
                        IInterpolatedStringTextOperation text => text.Text.ConstantValue.Value as string ?? string.Empty,
                        IInterpolationOperation hole when hole.Expression.ConstantValue is { HasValue: true, Value: { } holeConstant } => holeConstant.ToString(),
                        IInterpolationOperation hole => "{" + Of(hole.Expression) + (hole.FormatString is null ? string.Empty : ":" + hole.FormatString.ConstantValue.Value) + "}",
                        _ => string.Empty,
                    });
                }

                return Shorten(builder.ToString());
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String && depth < MaxValueDepth:
                return Shorten(Value(add.LeftOperand, depth + 1) + Value(add.RightOperand, depth + 1));
            case ILocalReferenceOperation local when depth < MaxValueDepth && Initializer(local) is { } initializer:
                return Value(initializer, depth + 1);
            case IInvocationOperation { TargetMethod: { Name: "Combine", ContainingType: { Name: "Path" } pathType } } combine
                when pathType.ContainingNamespace?.ToDisplayString() == "System.IO" && depth < MaxValueDepth:
                return Shorten(string.Join("/", combine.Arguments.SelectMany(ArgumentValues).Select(part => Value(part, depth + 1))));
            case IObjectCreationOperation { Type.Name: "Uri", Arguments: [var uriText] } uri
                when uri.Type?.ContainingNamespace?.ToDisplayString() == "System" && uriText.Value.Type?.SpecialType == SpecialType.System_String && depth < MaxValueDepth:
                return Value(uriText.Value, depth + 1);
            default:
                return "{" + Of(value) + "}";
        }
    }

    /// <summary>The constant string, if the value is one.</summary>
    public static string? Constant(IOperation operation) => Unwrap(operation).ConstantValue is { HasValue: true, Value: string text } ? text : null;

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                case IArgumentOperation argument:
                    operation = argument.Value;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>
    /// The value a local was declared with, found in the same operation tree as the reference. Locals assigned
    /// again later are still read as declared: the model describes the code, it does not run it.
    /// </summary>
    public static IOperation? Initializer(ILocalReferenceOperation reference)
    {
        var root = (IOperation)reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.Descendants()
            .OfType<IVariableDeclaratorOperation>()
            .FirstOrDefault(declarator => SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local))
            ?.Initializer?.Value;
    }

    private static IEnumerable<IOperation> ArgumentValues(IArgumentOperation argument) =>
        Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements } && argument.ArgumentKind == ArgumentKind.ParamArray
            ? elements.ElementValues
            : [argument.Value];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

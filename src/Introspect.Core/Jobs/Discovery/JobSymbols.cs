using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>Names, ids and small symbol questions that every recogniser asks.</summary>
internal static class JobSymbols
{
    private static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    public static string TypeName(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

    /// <summary>The stable job id: the entry method's type and name.</summary>
    public static string Id(ITypeSymbol type, string entryMethod) => $"{TypeName(type)}.{entryMethod}";

    /// <summary>"MonitoringSyncJob" → "Monitoring sync"; "UsageCSVExport" → "Usage CSV export".</summary>
    public static string DisplayName(ITypeSymbol type)
    {
        var name = type.Name.StartsWith('I') && type.TypeKind == TypeKind.Interface && type.Name.Length > 1 && char.IsUpper(type.Name[1]) ? type.Name[1..] : type.Name;
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (boundary || c == '_')
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                }

                current.Clear();
            }

            if (c != '_')
            {
                current.Append(c);
            }
        }

        words.Add(current.ToString());
        if (words.Count > 1 && words[^1] is "Job" or "Task")
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words.Select((word, index) => index == 0 || word.All(char.IsUpper) ? word : word.ToLowerInvariant()));
    }

    public static bool IsIn(ISymbol? symbol, string @namespace) =>
        symbol?.ContainingNamespace?.ToDisplayString() is { } name && (name == @namespace || name.StartsWith(@namespace + ".", StringComparison.Ordinal));

    public static bool HasAttribute(ISymbol symbol, string metadataName) => FindAttribute(symbol, metadataName) is not null;

    /// <summary>The attribute on the symbol (or, for a type, on one of its bases) whose class is or derives from the named one.</summary>
    public static AttributeData? FindAttribute(ISymbol symbol, string metadataName)
    {
        for (var current = symbol; current is not null; current = (current as INamedTypeSymbol)?.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
                {
                    if (type.ToDisplayString() == metadataName)
                    {
                        return attribute;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The named method (not local function or lambda) the operation is in.</summary>
    public static IMethodSymbol? EnclosingMethod(IOperation operation)
    {
        var symbol = operation.SemanticModel?.GetEnclosingSymbol(operation.Syntax.SpanStart);
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol as IMethodSymbol;
    }

    /// <summary>Whether the operation runs once per item of a loop around it in the same method.</summary>
    public static bool IsInLoop(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation)
            {
                return true;
            }

            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The argument passed for the parameter with this name, whatever the overload's parameter order.</summary>
    public static IOperation? Argument(IInvocationOperation call, string parameterName) =>
        call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IDelegateCreationOperation creation:
                    operation = creation.Target;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The method a job lambda such as <c>job =&gt; job.RunAsync(id)</c> calls.</summary>
    public static IMethodSymbol? CalledMethod(IOperation? lambdaOrMethodGroup)
    {
        if (lambdaOrMethodGroup is null)
        {
            return null;
        }

        return Unwrap(lambdaOrMethodGroup) switch
        {
            IMethodReferenceOperation reference => reference.Method,
            IAnonymousFunctionOperation lambda => lambda.Body.Descendants().OfType<IInvocationOperation>().FirstOrDefault()?.TargetMethod,
            _ => null,
        };
    }
}

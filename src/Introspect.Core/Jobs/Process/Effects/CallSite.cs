using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// A call or constructor call as the classifiers see it. For an extension method the receiver is the
/// <c>this</c> argument, so <c>http.GetFromJsonAsync(...)</c> and <c>jobs.Enqueue(...)</c> read like instance calls.
/// </summary>
internal sealed record CallSite(IMethodSymbol Method, IOperation Operation, IOperation? Receiver, ImmutableArray<IArgumentOperation> Arguments)
{
    public static CallSite From(IInvocationOperation invocation) => new(
        invocation.TargetMethod,
        invocation,
        invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : invocation.Instance,
        invocation.Arguments);

    public static CallSite? From(IObjectCreationOperation creation) =>
        creation.Constructor is { } constructor ? new(constructor, creation, null, creation.Arguments) : null;

    public IOperation? Argument(string parameterName) =>
        Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameterName)?.Value;

    /// <summary>The first argument whose parameter has one of the types, e.g. the URL of an HttpClient call.</summary>
    public IOperation? ArgumentOfType(params SpecialType[] types) =>
        Arguments.FirstOrDefault(argument => argument.Parameter is { } parameter && types.Contains(parameter.Type.SpecialType)
            && !(Method.IsExtensionMethod && parameter.Ordinal == 0))?.Value;

    public ITypeSymbol? ReceiverType => Receiver is null ? null : CodeText.Unwrap(Receiver).Type;

    public SourcePosition? Location => CodeText.Position(Operation);
}

/// <summary>Symbol tests by namespace and name, so the classifiers never go by a method's name alone.</summary>
internal static class TypeFacts
{
    public static bool Is(ITypeSymbol? type, string ns, string name) =>
        type is not null && type.OriginalDefinition.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;

    public static bool IsOrDerivesFrom(ITypeSymbol? type, string ns, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, ns, name))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsOrImplements(ITypeSymbol? type, string ns, string name) =>
        Is(type, ns, name) || IsOrDerivesFrom(type, ns, name) || (type?.AllInterfaces.Any(candidate => Is(candidate, ns, name)) ?? false);

    public static bool InNamespace(ISymbol? symbol, string ns) =>
        symbol?.ContainingNamespace?.ToDisplayString() is { } name && (name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal));

    /// <summary>The method, or one it overrides, is declared by the given type.</summary>
    public static bool DeclaredBy(IMethodSymbol method, string ns, string name)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (Is(current.ContainingType, ns, name))
            {
                return true;
            }
        }

        return false;
    }
}

internal interface IEffectClassifier
{
    IEnumerable<ProcessEffect> Classify(CallSite call);
}

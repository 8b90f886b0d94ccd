using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>Recognises methods that return something to dispose, directly or through a task: the releaser pattern.</summary>
internal sealed class DisposableTypes
{
    private readonly INamedTypeSymbol? _disposable;
    private readonly INamedTypeSymbol? _asyncDisposable;
    private readonly ThreadingTypes _threading;

    public DisposableTypes(Compilation compilation, ThreadingTypes threading)
    {
        _disposable = compilation.GetSpecialType(SpecialType.System_IDisposable);
        _asyncDisposable = compilation.GetTypeByMetadataName("System.IAsyncDisposable");
        _threading = threading;
    }

    public bool IsDisposableResult(IMethodSymbol method)
    {
        var type = method.ReturnType;
        if (_threading.IsTaskLike(type))
        {
            // Task itself is IDisposable; what matters is what the task produces.
            if (type is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
            {
                return false;
            }

            type = generic.TypeArguments[0];
        }

        return IsDisposable(type);
    }

    private bool IsDisposable(ITypeSymbol type)
    {
        if (Is(type, _disposable) || Is(type, _asyncDisposable))
        {
            return true;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (Is(@interface, _disposable) || Is(@interface, _asyncDisposable))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);
}

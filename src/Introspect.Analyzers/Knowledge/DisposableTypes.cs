using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>Recognises methods that return something to dispose, directly or through a task: the releaser pattern.</summary>
internal sealed class DisposableTypes
{
    private readonly INamedTypeSymbol? _disposable;
    private readonly LazyType _asyncDisposable;
    private readonly ThreadingTypes _threading;

    public DisposableTypes(Compilation compilation, ThreadingTypes threading)
    {
        _disposable = compilation.GetSpecialType(SpecialType.System_IDisposable);
        _asyncDisposable = new(compilation, "System.IAsyncDisposable");
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

    public bool IsDisposable(ITypeSymbol type) =>
        TypeHierarchy.Implements(type, _disposable) || TypeHierarchy.Implements(type, _asyncDisposable.Symbol);
}

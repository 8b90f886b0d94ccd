using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The awaiters whose <c>GetResult()</c> blocks until the task behind them has finished: those of Task, Task&lt;T&gt;,
/// ValueTask, ValueTask&lt;T&gt; and of their <c>ConfigureAwait(...)</c> forms. Resolved once per compilation.
/// </summary>
internal sealed class TaskAwaiterTypes
{
    public const string TaskAwaiter = "System.Runtime.CompilerServices.TaskAwaiter";
    public const string TaskAwaiterOfT = "System.Runtime.CompilerServices.TaskAwaiter`1";
    public const string ValueTaskAwaiter = "System.Runtime.CompilerServices.ValueTaskAwaiter";
    public const string ValueTaskAwaiterOfT = "System.Runtime.CompilerServices.ValueTaskAwaiter`1";
    public const string ConfiguredTaskAwaiter = "System.Runtime.CompilerServices.ConfiguredTaskAwaitable+ConfiguredTaskAwaiter";
    public const string ConfiguredTaskAwaiterOfT = "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1+ConfiguredTaskAwaiter";
    public const string ConfiguredValueTaskAwaiter = "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable+ConfiguredValueTaskAwaiter";
    public const string ConfiguredValueTaskAwaiterOfT = "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1+ConfiguredValueTaskAwaiter";

    private readonly INamedTypeSymbol?[] _awaiters;

    private TaskAwaiterTypes(Compilation compilation)
    {
        _awaiters =
        [
            compilation.GetTypeByMetadataName(TaskAwaiter),
            compilation.GetTypeByMetadataName(TaskAwaiterOfT),
            compilation.GetTypeByMetadataName(ValueTaskAwaiter),
            compilation.GetTypeByMetadataName(ValueTaskAwaiterOfT),
            compilation.GetTypeByMetadataName(ConfiguredTaskAwaiter),
            compilation.GetTypeByMetadataName(ConfiguredTaskAwaiterOfT),
            compilation.GetTypeByMetadataName(ConfiguredValueTaskAwaiter),
            compilation.GetTypeByMetadataName(ConfiguredValueTaskAwaiterOfT),
        ];
    }

    public static TaskAwaiterTypes Create(Compilation compilation) => new(compilation);

    public bool IsTaskAwaiter(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var definition = named.OriginalDefinition;
        foreach (var awaiter in _awaiters)
        {
            if (ThreadingTypes.Is(definition, awaiter))
            {
                return true;
            }
        }

        return false;
    }
}

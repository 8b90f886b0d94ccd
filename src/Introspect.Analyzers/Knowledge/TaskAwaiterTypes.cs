using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The awaiters whose <c>GetResult()</c> blocks until the task behind them has finished: those of Task, Task&lt;T&gt;,
/// ValueTask, ValueTask&lt;T&gt; and of their <c>ConfigureAwait(...)</c> forms. Looked up once per compilation, when first needed.
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

    private readonly Compilation _compilation;
    private INamedTypeSymbol?[]? _awaiters;

    private TaskAwaiterTypes(Compilation compilation) => _compilation = compilation;

    public static TaskAwaiterTypes Create(Compilation compilation) => new(compilation);

    // Looked up at the first GetResult() a rule meets, not when the compilation starts.
    private INamedTypeSymbol?[] Awaiters
    {
        get
        {
            var awaiters = Volatile.Read(ref _awaiters);
            if (awaiters is null)
            {
                awaiters =
                [
                    _compilation.GetTypeByMetadataName(TaskAwaiter),
                    _compilation.GetTypeByMetadataName(TaskAwaiterOfT),
                    _compilation.GetTypeByMetadataName(ValueTaskAwaiter),
                    _compilation.GetTypeByMetadataName(ValueTaskAwaiterOfT),
                    _compilation.GetTypeByMetadataName(ConfiguredTaskAwaiter),
                    _compilation.GetTypeByMetadataName(ConfiguredTaskAwaiterOfT),
                    _compilation.GetTypeByMetadataName(ConfiguredValueTaskAwaiter),
                    _compilation.GetTypeByMetadataName(ConfiguredValueTaskAwaiterOfT),
                ];
                Volatile.Write(ref _awaiters, awaiters);
            }

            return awaiters;
        }
    }

    public bool IsTaskAwaiter(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var definition = named.OriginalDefinition;
        foreach (var awaiter in Awaiters)
        {
            if (ThreadingTypes.Is(definition, awaiter))
            {
                return true;
            }
        }

        return false;
    }
}

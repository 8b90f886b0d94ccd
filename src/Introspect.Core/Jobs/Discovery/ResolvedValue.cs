using System.Collections.Immutable;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>
/// What an expression in the analysed code evaluates to, as far as it can be known without running it: a constant
/// (string, number, TimeSpan), and the configuration keys it was read from. <see cref="Value"/> is null when unknown.
/// </summary>
internal sealed record ResolvedValue(object? Value, string Text)
{
    public ImmutableArray<ConfigurationValue> Configuration { get; init; } = [];

    public bool IsConstantInCode => Value is not null && Configuration.IsEmpty;

    public string? AsString => Value as string;

    public int? AsInt => Value switch
    {
        int value => value,
        long value and >= int.MinValue and <= int.MaxValue => (int)value,
        _ => null,
    };

    public TimeSpan? AsTimeSpan => Value as TimeSpan?;

    public static ResolvedValue Unknown(string text) => new(null, text);

    public ResolvedValue With(object? value) => this with { Value = value };
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// The identity a Quartz job or trigger is given, as text that two definitions share when they name the same key:
/// <c>"name/group"</c> for constants (<c>WithIdentity("sync", "monitoring")</c>, <c>new JobKey("sync", "monitoring")</c>;
/// Quartz's group is <c>DEFAULT</c> when none is given) and the variable for a key held in a local or field.
/// </summary>
internal static class QuartzKeys
{
    public const string DefaultGroup = "DEFAULT";

    /// <summary>The key the arguments of <c>WithIdentity</c> or <c>ForJob</c> name; null when it is not readable.</summary>
    public static string? Of(IInvocationOperation call)
    {
        var arguments = call.Arguments.Where(argument => !(call.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0)).ToList();
        if (arguments.Count == 0)
        {
            return null;
        }

        var first = HangfireCalls.Unwrap(arguments[0].Value);
        if (first?.Type?.SpecialType == SpecialType.System_String)
        {
            return ConstantText(first) is { } name
                ? name + "/" + (arguments.Count > 1 && arguments[1].Value.Type?.SpecialType == SpecialType.System_String ? ConstantText(arguments[1].Value) ?? "?" : DefaultGroup)
                : null;
        }

        return OfKeyExpression(first);
    }

    /// <summary>The key a <c>JobKey</c>/<c>TriggerKey</c> value names.</summary>
    public static string? OfValue(IOperation value) => OfKeyExpression(HangfireCalls.Unwrap(value));

    private static string? OfKeyExpression(IOperation? operation) => operation switch
    {
        IObjectCreationOperation { Arguments.Length: > 0 } creation when ConstantText(creation.Arguments[0].Value) is { } text =>
            text + "/" + (creation.Arguments.Length > 1 ? ConstantText(creation.Arguments[1].Value) ?? "?" : DefaultGroup),
        ILocalReferenceOperation local => Variable(local.Local),
        IFieldReferenceOperation field => Variable(field.Field),
        _ => null,
    };

    private static string Variable(ISymbol symbol) =>
        "@" + symbol.Name + "@" + (symbol.Locations.FirstOrDefault() is { } location ? location.SourceTree?.FilePath + ":" + location.SourceSpan.Start : "");

    private static string? ConstantText(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string text } ? text : null;
}

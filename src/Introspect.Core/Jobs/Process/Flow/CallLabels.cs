using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// How a call reads in the model: a short sentence ("Create host", "Read MonitoredHosts", "Save changes") and the
/// call as written without its arguments ("monitoring.CreateHostAsync", "db.MonitoredHosts.Include.Where.ToListAsync").
/// </summary>
internal static class CallLabels
{
    public static string Label(CallSite call, IReadOnlyList<ProcessEffect> effects, bool isLibrary)
    {
        if (isLibrary && effects.Count > 0)
        {
            return FromEffect(effects[0], call);
        }

        return Humanise(call.Method.MethodKind == MethodKind.Constructor ? "New " + call.Method.ContainingType.Name : call.Method.Name);
    }

    public static string Target(CallSite call)
    {
        var method = call.Method;
        var name = method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.Name + TypeArgumentsAsWritten(call.Operation);
        var parts = new List<string> { name };
        var receiver = call.Receiver is null ? null : CodeText.Unwrap(call.Receiver);

        // A fluent chain (a query) reads as its root and the operators, without their lambdas.
        while (receiver is IInvocationOperation inner && !inner.TargetMethod.ReturnsVoid)
        {
            parts.Insert(0, inner.TargetMethod.Name);
            receiver = CallSite.From(inner).Receiver is { } next ? CodeText.Unwrap(next) : null;
        }

        var prefix = receiver switch
        {
            null when method.IsStatic && method.MethodKind != MethodKind.LocalFunction && !IsCalledUnqualified(call.Operation) => method.ContainingType.Name,
            null or IInstanceReferenceOperation => null,
            _ => CodeText.Of(receiver),
        };
        if (prefix is not null)
        {
            parts.Insert(0, prefix);
        }

        return CodeText.Shorten(string.Join(".", parts));
    }

    /// <summary>"CreateHostAsync" → "Create host"; "GetHTTPStatus" → "Get HTTP status".</summary>
    public static string Humanise(string name)
    {
        if (name.EndsWith("Async", StringComparison.Ordinal) && name.Length > "Async".Length)
        {
            name = name[..^"Async".Length];
        }

        var words = new List<string>();
        var current = new StringBuilder();
        for (var index = 0; index < name.Length; index++)
        {
            var character = name[index];
            var startsWord = char.IsUpper(character) && current.Length > 0
                && (!char.IsUpper(name[index - 1]) || (index + 1 < name.Length && char.IsLower(name[index + 1])));
            if (character == '_' || character == ' ' || startsWord)
            {
                if (current.Length > 0)
                {
                    words.Add(current.ToString());
                }

                current.Clear();
                if (character == '_' || character == ' ')
                {
                    continue;
                }
            }

            current.Append(character);
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        var lowered = words.Select((word, index) => index == 0 || IsAcronym(word) ? word : word.ToLowerInvariant()).ToList();
        if (lowered.Count > 0)
        {
            lowered[0] = char.ToUpperInvariant(lowered[0][0]) + lowered[0][1..];
        }

        return string.Join(" ", lowered);
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);

    private static string FromEffect(ProcessEffect effect, CallSite call)
    {
        var operation = effect.Operation;
        return effect.Kind switch
        {
            EffectKind.Database when operation.StartsWith("SaveChanges", StringComparison.Ordinal) => "Save changes",
            EffectKind.Database when operation.StartsWith("ExecuteDelete", StringComparison.Ordinal) => "Delete from " + effect.Resource,
            EffectKind.Database when operation.StartsWith("ExecuteUpdate", StringComparison.Ordinal) => "Update " + effect.Resource,
            EffectKind.Database when operation.StartsWith("Add", StringComparison.Ordinal) || operation.StartsWith("Attach", StringComparison.Ordinal) => "Add to " + effect.Resource,
            EffectKind.Database when operation.StartsWith("Remove", StringComparison.Ordinal) => "Remove from " + effect.Resource,
            EffectKind.Database when operation.StartsWith("Update", StringComparison.Ordinal) => "Update " + effect.Resource,
            EffectKind.Database => (effect.Access == EffectAccess.Read ? "Read " : "Write ") + effect.Resource,
            EffectKind.Http => "HTTP " + (effect.Detail ?? "request") + (effect.Resource == "HttpClient" ? string.Empty : " (" + effect.Resource + ")"),
            EffectKind.Email => "Send e-mail",
            EffectKind.File when call.Method.MethodKind == MethodKind.Constructor => effect.Access == EffectAccess.Read ? "Open file for reading" : "Open file for writing",
            EffectKind.File => FileLabel(call),
            EffectKind.Process => "Start process " + effect.Resource,
            EffectKind.Message => Humanise(call.Method.Name) + " " + effect.Resource,
            EffectKind.Job => Humanise(call.Method.Name) + " " + effect.Resource,
            _ => Humanise(call.Method.Name),
        };
    }

    private static string FileLabel(CallSite call)
    {
        var label = Humanise(call.Method.Name);
        var noun = TypeFacts.Is(call.Method.ContainingType, "System.IO", "Directory") ? "directory" : "file";
        return label.Contains(' ', StringComparison.Ordinal) ? label : label + " " + noun;
    }

    private static string TypeArgumentsAsWritten(IOperation operation) => operation.Syntax switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } } => generic.TypeArgumentList.ToString(),
        InvocationExpressionSyntax { Expression: GenericNameSyntax generic } => generic.TypeArgumentList.ToString(),
        _ => string.Empty,
    };

    private static bool IsCalledUnqualified(IOperation operation) =>
        operation.Syntax is InvocationExpressionSyntax { Expression: IdentifierNameSyntax or GenericNameSyntax };
}

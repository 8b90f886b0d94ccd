using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Builds the argument list of the StartNew/ContinueWith overload that takes a TaskScheduler, from a call to one that
/// does not. Omitted cancellation tokens and options get their defaults (CancellationToken.None, *Options.None), which
/// is exactly what the shorter overloads pass on, so only the scheduler changes.
/// </summary>
internal static class SchedulerArguments
{
    public static ArgumentListSyntax? WithDefaultScheduler(ArgumentListSyntax arguments, IMethodSymbol method, bool isContinueWith)
    {
        // Positional arguments only, one per parameter: then argument i is parameter i.
        if (arguments.Arguments.Count != method.Parameters.Length || arguments.Arguments.Any(argument => argument.NameColon is not null))
        {
            return null;
        }

        ArgumentSyntax? callback = null;
        ArgumentSyntax? state = null;
        ArgumentSyntax? cancellationToken = null;
        ArgumentSyntax? options = null;
        for (var index = 0; index < method.Parameters.Length; index++)
        {
            var parameter = method.Parameters[index];
            var argument = arguments.Arguments[index];
            switch (parameter.Type)
            {
                case { TypeKind: TypeKind.Delegate } when callback is null:
                    callback = argument;
                    break;
                case { SpecialType: SpecialType.System_Object }:
                    state = argument;
                    break;
                case { Name: "CancellationToken" }:
                    cancellationToken = argument;
                    break;
                case { Name: "TaskCreationOptions" or "TaskContinuationOptions" }:
                    options = argument;
                    break;
                default:
                    return null;
            }
        }

        if (callback is null)
        {
            return null;
        }

        // Added arguments are laid out like the last existing one (same line, or a line of their own).
        var layout = arguments.Arguments.Last().GetLeadingTrivia();
        var newArguments = new List<ArgumentSyntax> { callback };
        if (state is not null)
        {
            newArguments.Add(state);
        }

        // ContinueWith has (continuation, [state,] scheduler); StartNew only the full (…, token, options, scheduler) form.
        if (!isContinueWith || cancellationToken is not null || options is not null)
        {
            newArguments.Add(cancellationToken ?? Argument("System.Threading.CancellationToken.None", layout));
            newArguments.Add(options ?? Argument(
                isContinueWith ? "System.Threading.Tasks.TaskContinuationOptions.None" : "System.Threading.Tasks.TaskCreationOptions.None",
                layout));
        }

        newArguments.Add(Argument("System.Threading.Tasks.TaskScheduler.Default", layout));
        return arguments.WithArguments(SyntaxFactory.SeparatedList(newArguments, Separators(arguments.Arguments, newArguments.Count - 1)));
    }

    private static IEnumerable<SyntaxToken> Separators(SeparatedSyntaxList<ArgumentSyntax> original, int count)
    {
        var existing = original.GetSeparators().ToList();
        var added = existing.Count > 0
            ? existing[existing.Count - 1]
            : SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
        for (var index = 0; index < count; index++)
        {
            yield return index < existing.Count ? existing[index] : added;
        }
    }

    private static ArgumentSyntax Argument(string qualifiedMember, SyntaxTriviaList leadingTrivia) =>
        SyntaxFactory.Argument(
                SyntaxFactory.ParseExpression(qualifiedMember).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation))
            .WithLeadingTrivia(leadingTrivia);
}

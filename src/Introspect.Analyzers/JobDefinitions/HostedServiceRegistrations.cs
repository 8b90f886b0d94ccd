using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// Whether a compilation registers a hosted service class, read from syntax when the compilation ends: the class's name
/// as a type argument of a generic call (<c>AddHostedService&lt;T&gt;()</c>, <c>AddSingleton&lt;IHostedService, T&gt;()</c>,
/// <c>ServiceDescriptor.Singleton&lt;IHostedService, T&gt;()</c>), in <c>typeof(T)</c>, or constructed with <c>new T(...)</c>
/// inside a lambda (<c>AddHostedService(sp =&gt; new T(...))</c>). Any such mention counts, so a rare false "registered"
/// is possible and a false "unregistered" is not. Only files whose text contains the name are parsed further.
/// </summary>
internal static class HostedServiceRegistrations
{
    /// <summary>Whether the compilation itself sets up a host: it calls <c>AddHostedService</c> or is an executable.</summary>
    public static bool HasHost(Compilation compilation, CancellationToken cancellationToken) =>
        compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
        || compilation.SyntaxTrees.Any(tree => tree.GetText(cancellationToken).ToString().IndexOf("AddHostedService", StringComparison.Ordinal) >= 0);

    /// <summary>
    /// The files that can register a hosted service: every form (AddHostedService, AddSingleton&lt;IHostedService, T&gt;,
    /// ServiceDescriptor.Singleton&lt;IHostedService, T&gt;) spells one of these words. Found once, so that each service
    /// is then looked for in a handful of files instead of in all of them.
    /// </summary>
    public static IReadOnlyList<SyntaxTree> RegistrationFiles(Compilation compilation, CancellationToken cancellationToken) =>
    [
        .. compilation.SyntaxTrees.Where(tree =>
        {
            var text = tree.GetText(cancellationToken).ToString();
            return text.IndexOf("HostedService", StringComparison.Ordinal) >= 0 || text.IndexOf("AddSingleton", StringComparison.Ordinal) >= 0;
        }),
    ];

    public static bool IsRegistered(IReadOnlyList<SyntaxTree> registrationFiles, INamedTypeSymbol service, CancellationToken cancellationToken)
    {
        var name = service.Name;
        foreach (var tree in registrationFiles)
        {
            var text = tree.GetText(cancellationToken).ToString();
            var index = text.IndexOf(name, StringComparison.Ordinal);
            SyntaxNode? root = null;
            while (index >= 0)
            {
                root ??= tree.GetRoot(cancellationToken);
                var token = root.FindToken(index);
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && IsRegistration(token))
                {
                    return true;
                }

                index = text.IndexOf(name, Math.Max(index + name.Length, token.Span.End), StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static bool IsRegistration(SyntaxToken token)
    {
        // Up from the name through qualification (Ns.Worker) to the type syntax that holds it.
        SyntaxNode? node = token.Parent;
        while (node?.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
        {
            node = node.Parent;
        }

        return node?.Parent switch
        {
            TypeArgumentListSyntax { Parent: GenericNameSyntax generic } => IsCalled(generic),
            TypeOfExpressionSyntax => true,
            ObjectCreationExpressionSyntax creation => creation.Ancestors().Any(ancestor => ancestor is LambdaExpressionSyntax),
            _ => false,
        };
    }

    private static bool IsCalled(GenericNameSyntax generic)
    {
        SyntaxNode callee = generic.Parent is MemberAccessExpressionSyntax access && access.Name == generic ? access : generic;
        return callee.Parent is InvocationExpressionSyntax;
    }
}

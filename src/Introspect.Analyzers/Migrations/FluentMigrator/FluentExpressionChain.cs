using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Migrations.FluentMigrator;

/// <summary>
/// One fluent expression, read from its root outward: <c>Delete.Column("a").Column("b").FromTable("t")</c> is the
/// root <c>Delete</c> and the links Column, Column, FromTable. Extension methods (FluentMigrator.Postgres'
/// <c>AsConcurrently()</c>, FluentMigrator.SqlServer's <c>Online()</c>) are links too.
/// </summary>
internal sealed class FluentExpressionChain
{
    private static readonly HashSet<string> SchemaLinks = new(StringComparer.Ordinal) { "InSchema", "WithSchema" };

    // Links that may stand between a table name and its InSchema(…) without starting a new part of the expression.
    private static readonly HashSet<string> TransparentLinks = new(StringComparer.Ordinal) { "WithDescription", "IfExists" };

    private FluentExpressionChain(IPropertyReferenceOperation root, ImmutableArray<IInvocationOperation> links)
    {
        Root = root;
        Links = links;
    }

    /// <summary>The root property reference: <c>Create</c>, <c>Alter</c>, <c>Delete</c>, …</summary>
    public IPropertyReferenceOperation Root { get; }

    public string RootName => Root.Property.Name;

    public ImmutableArray<IInvocationOperation> Links { get; }

    public static FluentExpressionChain From(IPropertyReferenceOperation root)
    {
        var links = ImmutableArray.CreateBuilder<IInvocationOperation>();
        for (var next = NextLink(root); next is not null; next = NextLink(next))
        {
            links.Add(next);
        }

        return new FluentExpressionChain(root, links.ToImmutable());
    }

    public string Name(int index) => Links[index].TargetMethod.Name;

    public int IndexOf(string name, int start = 0)
    {
        for (var index = start; index < Links.Length; index++)
        {
            if (Name(index) == name)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>The first string argument of a link (the table, column or index name it names), when constant.</summary>
    public string? Text(int index) => index < 0 || index >= Links.Length ? null : Arguments(Links[index]).Select(Constant<string>).FirstOrDefault(text => text is not null);

    /// <summary>The string argument of the first link with this name.</summary>
    public string? TextOf(string name, int start = 0) => Text(IndexOf(name, start));

    /// <summary>The schema given by an <c>InSchema(…)</c> / <c>WithSchema(…)</c> that follows the link naming a table.</summary>
    public string? SchemaAfter(int index)
    {
        for (var next = index + 1; index >= 0 && next < Links.Length; next++)
        {
            if (SchemaLinks.Contains(Name(next)))
            {
                return Text(next);
            }

            if (!TransparentLinks.Contains(Name(next)))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The arguments a link was called with, without the receiver of an extension method, unwrapped from implicit conversions.</summary>
    public static IEnumerable<IOperation> Arguments(IInvocationOperation link) =>
        link.Arguments
            .Skip(link.TargetMethod.IsExtensionMethod ? 1 : 0)
            .Where(argument => argument.ArgumentKind != ArgumentKind.DefaultValue)
            .Select(argument => OperationArguments.Unwrap(argument.Value));

    public static T? Constant<T>(IOperation value)
        where T : class =>
        value.ConstantValue is { HasValue: true, Value: T constant } ? constant : null;

    /// <summary>Where to report an operation that a link decides: the method's name (<c>Column</c> in <c>Delete.Column(…)</c>).</summary>
    public Location NameLocation(int index) =>
        Links[index].Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? access.Name.GetLocation()
            : Links[index].Syntax.GetLocation();

    /// <summary>The call made on the result of <paramref name="current"/>: an instance call, or an extension call taking it as receiver.</summary>
    private static IInvocationOperation? NextLink(IOperation current)
    {
        var parent = current.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            current = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IInvocationOperation invocation when invocation.Instance == current => invocation,
            IArgumentOperation argument when argument.Parent is IInvocationOperation { TargetMethod.IsExtensionMethod: true } extension
                && extension.Arguments.Length > 0
                && extension.Arguments[0] == argument => extension,
            _ => null,
        };
    }
}

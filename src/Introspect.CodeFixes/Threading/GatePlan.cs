using System.Collections.Immutable;
using System.Text;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// What the INTR107 fix does to one lock target: the <c>lock</c> expressions it replaces (every lock on the same object
/// in the project) and the private field it introduces in their type. <see cref="TryCreate"/> returns null whenever
/// the rewrite could split a critical section: a lock on the same object elsewhere, through Monitor, in another
/// document, or in a synchronized method.
/// </summary>
internal sealed class GatePlan
{
    /// <summary>C# 13 lowers <c>lock</c> on a <c>System.Threading.Lock</c> to its cheaper EnterScope.</summary>
    private const int CSharp13 = 1300;

    private GatePlan(TypeDeclarationSyntax typeDeclaration, ImmutableArray<ExpressionSyntax> lockExpressions, string fieldName, bool isStatic, bool useLockType)
    {
        TypeDeclaration = typeDeclaration;
        LockExpressions = lockExpressions;
        FieldName = fieldName;
        IsStatic = isStatic;
        UseLockType = useLockType;
    }

    public TypeDeclarationSyntax TypeDeclaration { get; }

    public ImmutableArray<ExpressionSyntax> LockExpressions { get; }

    public string FieldName { get; }

    public bool IsStatic { get; }

    public bool UseLockType { get; }

    public static GatePlan? TryCreate(LockSiteIndex index, SemanticModel model, LockStatementSyntax lockStatement, ISet<string> namesTaken, CancellationToken cancellationToken)
    {
        if (lockStatement.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } typeDeclaration
            || typeDeclaration is InterfaceDeclarationSyntax
            || typeDeclaration.OpenBraceToken.IsMissing
            || model.GetDeclaredSymbol(typeDeclaration, cancellationToken) is not { } enclosingType
            || index.Sites.FirstOrDefault(site => site.Expression.Span == lockStatement.Expression.Span && site.Expression.SyntaxTree == lockStatement.SyntaxTree) is not { } ownSite
            || GateTarget.Of(ownSite, enclosingType) is not { } target)
        {
            return null;
        }

        var lockExpressions = ImmutableArray.CreateBuilder<ExpressionSyntax>();
        foreach (var site in index.Sites)
        {
            switch (target.Match(site))
            {
                case GateMatch.SameObject when site.IsLockStatement
                    && site.Expression.SyntaxTree == lockStatement.SyntaxTree
                    && SymbolEqualityComparer.Default.Equals(site.EnclosingType, enclosingType):
                    lockExpressions.Add(site.Expression);
                    break;
                case GateMatch.SameObject or GateMatch.MaybeSameObject:
                    return null;
            }
        }

        if (index.SynchronizedMethods.Any(target.IsLockedBy))
        {
            return null;
        }

        var expressions = lockExpressions.ToImmutable();
        if (UniqueName(target.FieldNameStem, enclosingType, expressions, model, namesTaken) is not { } name)
        {
            return null;
        }

        namesTaken.Add(TakenKey(enclosingType, name));
        return new GatePlan(typeDeclaration, expressions, name, target.NeedsStaticField, CanUseLockType(index.Compilation, lockStatement));
    }

    private static bool CanUseLockType(Compilation compilation, SyntaxNode lockStatement) =>
        compilation.GetTypeByMetadataName(WellKnownTypeNames.Lock) is { DeclaredAccessibility: Accessibility.Public }
        && lockStatement.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: var version }
        && (int)version >= CSharp13;

    private static string? UniqueName(string stem, INamedTypeSymbol type, ImmutableArray<ExpressionSyntax> uses, SemanticModel model, ISet<string> namesTaken)
    {
        for (var attempt = 1; attempt < 100; attempt++)
        {
            var name = attempt == 1 ? stem : stem + attempt;
            if (!namesTaken.Contains(TakenKey(type, name))
                && type.GetMembers(name).IsEmpty
                && uses.All(use => use.SyntaxTree != model.SyntaxTree || model.LookupSymbols(use.SpanStart, name: name).IsEmpty))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Fix All plans several fields at once; a name is taken per type, before any of them exists.</summary>
    private static string TakenKey(INamedTypeSymbol type, string name) => type.ToDisplayString() + "|" + name;
}

internal enum GateMatch
{
    Unrelated,
    SameObject,

    /// <summary>Could be the same object at run time (a Type from GetType(), a string built at run time, a base-typed instance).</summary>
    MaybeSameObject,
}

/// <summary>The object a rewritable lock locks on: <c>this</c>, <c>typeof(X)</c> or a string constant.</summary>
internal abstract class GateTarget
{
    public abstract string FieldNameStem { get; }

    public abstract bool NeedsStaticField { get; }

    public static GateTarget? Of(LockSite site, INamedTypeSymbol enclosingType) => site.Operand switch
    {
        IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, Type: INamedTypeSymbol type }
            when SymbolEqualityComparer.Default.Equals(type, enclosingType) => new InstanceTarget(type),
        ITypeOfOperation { TypeOperand: var typeOperand } => new TypeObjectTarget(typeOperand),
        { ConstantValue: { HasValue: true, Value: string text } } operand => new StringTarget(text, (operand as IFieldReferenceOperation)?.Field.Name),
        _ => null,
    };

    public abstract GateMatch Match(LockSite site);

    public abstract bool IsLockedBy(IMethodSymbol synchronizedMethod);

    protected static string Stem(string words)
    {
        var builder = new StringBuilder("_");
        var upperNext = false;
        foreach (var character in words)
        {
            if (!char.IsLetterOrDigit(character))
            {
                upperNext = builder.Length > 1;
                continue;
            }

            builder.Append(builder.Length == 1 ? char.ToLowerInvariant(character) : upperNext ? char.ToUpperInvariant(character) : character);
            upperNext = false;
        }

        return builder.Length == 1 ? "_gate" : builder.Append("Gate").ToString();
    }

    protected static bool InheritsFrom(ITypeSymbol type, ITypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class InstanceTarget(INamedTypeSymbol type) : GateTarget
    {
        public override string FieldNameStem => "_gate";

        public override bool NeedsStaticField => false;

        public override GateMatch Match(LockSite site) => site.Operand switch
        {
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } self
                when SymbolEqualityComparer.Default.Equals(self.Type, type) => GateMatch.SameObject,
            { Type: { } other } when IsRelated(other) => GateMatch.MaybeSameObject,
            _ => GateMatch.Unrelated,
        };

        public override bool IsLockedBy(IMethodSymbol synchronizedMethod) =>
            !synchronizedMethod.IsStatic && IsRelated(synchronizedMethod.ContainingType);

        /// <summary>A reference of this type, a base type (but object), a derived type or an interface it implements.</summary>
        private bool IsRelated(ITypeSymbol other) =>
            other.SpecialType != SpecialType.System_Object
            && (SymbolEqualityComparer.Default.Equals(other, type)
                || InheritsFrom(other, type)
                || InheritsFrom(type, other)
                || (other.TypeKind == TypeKind.Interface && type.AllInterfaces.Contains((INamedTypeSymbol)other, SymbolEqualityComparer.Default)));
    }

    private sealed class TypeObjectTarget(ITypeSymbol lockedType) : GateTarget
    {
        public override string FieldNameStem => Stem(lockedType.Name);

        public override bool NeedsStaticField => true;

        public override GateMatch Match(LockSite site) => site.Operand switch
        {
            ITypeOfOperation { TypeOperand: var other } => SymbolEqualityComparer.Default.Equals(other, lockedType) ? GateMatch.SameObject : GateMatch.Unrelated,
            { Type: { } type } when IsReflectionObject(type) => GateMatch.MaybeSameObject,
            _ => GateMatch.Unrelated,
        };

        public override bool IsLockedBy(IMethodSymbol synchronizedMethod) =>
            synchronizedMethod.IsStatic && SymbolEqualityComparer.Default.Equals(synchronizedMethod.ContainingType, lockedType);

        private static bool IsReflectionObject(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name == "MemberInfo" && current.ContainingNamespace?.ToDisplayString() == "System.Reflection")
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class StringTarget(string text, string? constantName) : GateTarget
    {
        public override string FieldNameStem => Stem(constantName ?? text);

        public override bool NeedsStaticField => true;

        public override GateMatch Match(LockSite site) => site.Operand switch
        {
            { ConstantValue: { HasValue: true, Value: string other } } => other == text ? GateMatch.SameObject : GateMatch.Unrelated,
            { Type.SpecialType: SpecialType.System_String } => GateMatch.MaybeSameObject,
            _ => GateMatch.Unrelated,
        };

        public override bool IsLockedBy(IMethodSymbol synchronizedMethod) => false;
    }
}

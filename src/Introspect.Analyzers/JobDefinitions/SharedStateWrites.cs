using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>What one method body does that matters when two runs of a job overlap.</summary>
internal sealed record MethodWrites(string? Write, bool AcquiresLock, ImmutableArray<IMethodSymbol> PrivateCallees);

/// <summary>
/// Finds the writes to state that outlives a job run, one method at a time: a table (EF Core <c>SaveChanges</c>,
/// <c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, raw SQL; Dapper <c>Execute</c>; ADO.NET <c>ExecuteNonQuery</c>), a file
/// (<c>File.Write*</c>, <c>File.Append*</c>, <c>File.Delete</c>/<c>Move</c>/<c>Copy</c>, a new <c>FileStream</c> or
/// <c>StreamWriter</c> on a path), a static field, and a remote resource (<c>HttpClient</c> POST, PUT, PATCH, DELETE).
/// Also notes a distributed lock taken in the method and the private methods of the same class it calls, so a rule can
/// look one level down. Files whose text names none of these are not walked.
/// </summary>
internal sealed class SharedStateWrites
{
    private static readonly string[] TextHints =
        ["SaveChanges", "ExecuteUpdate", "ExecuteDelete", "ExecuteSql", "Execute", "File", "StreamWriter", "static", "Post", "Put", "Patch", "Delete", "Acquire"];

    private static readonly HashSet<string> DatabaseWrites =
    [
        "SaveChanges", "SaveChangesAsync", "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync",
        "ExecuteSqlRaw", "ExecuteSqlRawAsync", "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync", "ExecuteSql", "ExecuteSqlAsync",
        "ExecuteNonQuery", "ExecuteNonQueryAsync",
    ];

    private static readonly HashSet<string> HttpWrites =
        ["PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync"];

    private readonly ConcurrentDictionary<SyntaxTree, bool> _treeMayWrite = new();
    private readonly ConcurrentDictionary<IMethodSymbol, MethodWrites> _methods = new(SymbolEqualityComparer.Default);

    /// <summary>Records what the method whose body this is writes; called from an operation block action.</summary>
    public void Record(OperationBlockAnalysisContext context)
    {
        if (context.OwningSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || context.OperationBlocks.IsEmpty
            || !MayWrite(context.OperationBlocks[0].Syntax.SyntaxTree, context.CancellationToken))
        {
            return;
        }

        _methods[method.OriginalDefinition] = Scan(context.OperationBlocks, method);
    }

    /// <summary>What the operations write; <paramref name="owner"/> is the method (or lambda) they are the body of.</summary>
    public static MethodWrites Scan(IEnumerable<IOperation> blocks, IMethodSymbol owner)
    {
        var method = owner;
        string? write = null;
        var acquiresLock = false;
        var callees = ImmutableArray.CreateBuilder<IMethodSymbol>();
        foreach (var block in blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation call:
                        write ??= WriteBy(call);
                        acquiresLock |= IsLockAcquire(call.TargetMethod);
                        if (call.TargetMethod.DeclaredAccessibility == Accessibility.Private
                            && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType?.OriginalDefinition, method.ContainingType?.OriginalDefinition))
                        {
                            callees.Add(call.TargetMethod.OriginalDefinition);
                        }

                        break;
                    case IObjectCreationOperation creation when write is null && IsFileCreation(creation):
                        write = $"writes a file (new {creation.Type!.Name})";
                        break;
                    case IAssignmentOperation or IIncrementOrDecrementOperation when write is null:
                        write = StaticFieldWrite(operation, method);
                        break;
                }
            }
        }

        return new MethodWrites(write, acquiresLock, callees.ToImmutable());
    }

    /// <summary>What the method, or a private method of its class it calls, writes; null when neither writes.</summary>
    public string? WriteOf(IMethodSymbol method) =>
        _methods.TryGetValue(method.OriginalDefinition, out var facts) ? WriteOf(facts) : null;

    /// <summary>What a body scanned with <see cref="Scan"/> writes, itself or in a private helper it calls.</summary>
    public string? WriteOf(MethodWrites facts)
    {
        if (facts.Write is { } write)
        {
            return write;
        }

        foreach (var callee in facts.PrivateCallees)
        {
            if (_methods.TryGetValue(callee, out var helper) && helper.Write is { } helperWrite)
            {
                return $"{helperWrite} in {callee.Name}";
            }
        }

        return null;
    }

    /// <summary>Whether the method takes a distributed lock itself (Hangfire's <c>AcquireDistributedLock</c>, a lock library's <c>AcquireAsync</c>).</summary>
    public bool AcquiresLock(IMethodSymbol method) =>
        _methods.TryGetValue(method.OriginalDefinition, out var facts) && facts.AcquiresLock;

    private bool MayWrite(SyntaxTree tree, CancellationToken cancellationToken) =>
        _treeMayWrite.GetOrAdd(tree, t =>
        {
            var text = t.GetText(cancellationToken).ToString();
            return TextHints.Any(hint => text.IndexOf(hint, StringComparison.Ordinal) >= 0);
        });

    private static string? WriteBy(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var type = method.ContainingType;
        var ns = type?.ContainingNamespace?.ToDisplayString() ?? "";
        if (DatabaseWrites.Contains(method.Name)
            && (ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || ns == "System.Data.Common" || ns == "System.Data"))
        {
            return $"writes to the database ({method.Name})";
        }

        if (ns == "Dapper" && method.Name is "Execute" or "ExecuteAsync")
        {
            return $"writes to the database (Dapper {method.Name})";
        }

        if (ns == "System.IO" && type!.Name == "File"
            && (method.Name.StartsWith("Write", StringComparison.Ordinal) || method.Name.StartsWith("Append", StringComparison.Ordinal)
                || method.Name is "Delete" or "Move" or "Copy" or "Replace" or "Create" or "CreateText"))
        {
            return $"writes a file (File.{method.Name})";
        }

        if (HttpWrites.Contains(method.Name) && (type?.Name is "HttpClient" or "HttpClientJsonExtensions") && ns.StartsWith("System.Net.Http", StringComparison.Ordinal))
        {
            return $"changes a remote resource (HttpClient.{method.Name})";
        }

        return null;
    }

    private static bool IsFileCreation(IObjectCreationOperation creation) =>
        creation.Type is INamedTypeSymbol { Name: "FileStream" or "StreamWriter", ContainingNamespace: { Name: "IO", ContainingNamespace.Name: "System" } }
        && creation.Arguments.Length > 0
        && creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String
        && (creation.Type.Name == "StreamWriter"
            || creation.Arguments.Any(argument => argument.Parameter?.Name == "mode" && argument.Value.ConstantValue.Value is int mode && mode != FileModeOpen));

    /// <summary>The value of <c>System.IO.FileMode.Open</c>: opening an existing file does not write it.</summary>
    private const int FileModeOpen = 3;

    private static string? StaticFieldWrite(IOperation operation, IMethodSymbol method)
    {
        var target = operation switch
        {
            IAssignmentOperation assignment => assignment.Target,
            IIncrementOrDecrementOperation increment => increment.Target,
            _ => null,
        };
        return target is IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field }
            && field.DeclaringSyntaxReferences.Length > 0
            && !(method.MethodKind == MethodKind.StaticConstructor)
            ? $"changes the static field {field.Name}"
            : null;
    }

    private static bool IsLockAcquire(IMethodSymbol method) =>
        (method.Name.StartsWith("Acquire", StringComparison.Ordinal) || method.Name.StartsWith("TryAcquire", StringComparison.Ordinal))
        && (method.Name.Contains("Lock") || (method.ContainingType?.Name.Contains("Lock") ?? false));
}

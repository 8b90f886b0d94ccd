using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The curated list of synchronous I/O calls that have a real async overload: EF Core saves, finds, raw SQL and
/// query materialisation, file and network streams and their readers and writers, File's whole-file helpers,
/// HttpClient.Send, SemaphoreSlim.Wait, ADO.NET commands, connections and readers, Dapper, and Process.WaitForExit.
/// Not "every method with an Async sibling": in-memory LINQ, MemoryStream, StringReader/StringWriter and
/// Console are left alone. Each type is looked up once per compilation, when a call of a listed name first needs it.
/// </summary>
internal sealed class SyncIoApis
{
    private static readonly HashSet<string> EfMaterializers = new(StringComparer.Ordinal)
    {
        "ToList", "ToArray", "ToDictionary", "ToHashSet", "First", "FirstOrDefault", "Single", "SingleOrDefault",
        "Last", "LastOrDefault", "Any", "All", "Count", "LongCount", "Sum", "Average", "Min", "Max", "Contains",
        "ElementAt", "ElementAtOrDefault", "Load", "ExecuteDelete", "ExecuteUpdate",
    };

    private static readonly HashSet<string> StreamMethods = new(StringComparer.Ordinal) { "Read", "Write", "Flush", "CopyTo", "ReadExactly", "ReadAtLeast" };
    private static readonly HashSet<string> ReaderMethods = new(StringComparer.Ordinal) { "ReadToEnd", "ReadLine" };
    private static readonly HashSet<string> WriterMethods = new(StringComparer.Ordinal) { "Write", "WriteLine", "Flush" };
    private static readonly HashSet<string> FileMethods = new(StringComparer.Ordinal)
    {
        "ReadAllText", "ReadAllBytes", "ReadAllLines", "WriteAllText", "WriteAllBytes", "WriteAllLines", "AppendAllText", "AppendAllLines",
    };

    private static readonly HashSet<string> DatabaseFacadeExtensionMethods = new(StringComparer.Ordinal)
    {
        "ExecuteSqlRaw", "ExecuteSqlInterpolated", "ExecuteSql", "Migrate", "BeginTransaction",
    };

    private static readonly HashSet<string> DatabaseFacadeMethods = new(StringComparer.Ordinal) { "BeginTransaction", "EnsureCreated", "EnsureDeleted" };
    private static readonly HashSet<string> TransactionMethods = new(StringComparer.Ordinal) { "Commit", "Rollback" };
    private static readonly HashSet<string> JsonMethods = new(StringComparer.Ordinal) { "Serialize", "Deserialize" };
    private static readonly HashSet<string> CommandMethods = new(StringComparer.Ordinal) { "ExecuteNonQuery", "ExecuteReader", "ExecuteScalar" };
    private static readonly HashSet<string> DataReaderMethods = new(StringComparer.Ordinal) { "Read", "NextResult" };
    private static readonly HashSet<string> DapperMethods = new(StringComparer.Ordinal)
    {
        "Query", "QueryFirst", "QueryFirstOrDefault", "QuerySingle", "QuerySingleOrDefault", "QueryMultiple", "Execute", "ExecuteScalar", "ExecuteReader",
    };

    /// <summary>Every name above, so that almost every call is dismissed by one lookup.</summary>
    private static readonly HashSet<string> CandidateNames = new(
        EfMaterializers.Concat(StreamMethods).Concat(ReaderMethods).Concat(WriterMethods).Concat(FileMethods)
            .Concat(DatabaseFacadeExtensionMethods).Concat(DatabaseFacadeMethods).Concat(TransactionMethods).Concat(JsonMethods)
            .Concat(CommandMethods).Concat(DataReaderMethods).Concat(DapperMethods)
            .Concat(["SaveChanges", "Find", "Send", "Wait", "Open", "WaitForExit"]),
        StringComparer.Ordinal);

    private readonly LazyType _dbContext;
    private readonly LazyType _dbSet;
    private readonly LazyType[] _efQueryExtensions;
    private readonly LazyType _databaseFacadeExtensions;
    private readonly LazyType _databaseFacade;
    private readonly LazyType _dbContextTransaction;
    private readonly LazyType _dbTransaction;
    private readonly LazyType _jsonSerializer;
    private readonly LazyType _queryable;
    private readonly LazyType _enumerable;
    private readonly LazyType _queryableInterface;
    private readonly LazyType _stream;
    private readonly LazyType _memoryStream;
    private readonly LazyType _unmanagedMemoryStream;
    private readonly LazyType _streamReader;
    private readonly LazyType _streamWriter;
    private readonly LazyType _file;
    private readonly LazyType _httpClient;
    private readonly LazyType _semaphoreSlim;
    private readonly LazyType _dbCommand;
    private readonly LazyType _dbConnection;
    private readonly LazyType _dbDataReader;
    private readonly LazyType _dapper;
    private readonly LazyType _process;
    private readonly LazyType _cancellationToken;
    private readonly ConcurrentDictionary<IMethodSymbol, IMethodSymbol?> _counterparts = new(SymbolEqualityComparer.Default);

    private SyncIoApis(Compilation compilation)
    {
        LazyType Get(string name) => new(compilation, name);

        _dbContext = Get("Microsoft.EntityFrameworkCore.DbContext");
        _dbSet = Get("Microsoft.EntityFrameworkCore.DbSet`1");
        _efQueryExtensions =
        [
            Get("Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions"),
            Get("Microsoft.EntityFrameworkCore.RelationalQueryableExtensions"),
        ];
        _databaseFacadeExtensions = Get("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions");
        _databaseFacade = Get("Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade");
        _dbContextTransaction = Get("Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction");
        _dbTransaction = Get("System.Data.Common.DbTransaction");
        _jsonSerializer = Get("System.Text.Json.JsonSerializer");
        _queryable = Get("System.Linq.Queryable");
        _enumerable = Get("System.Linq.Enumerable");
        _queryableInterface = Get("System.Linq.IQueryable");
        _stream = Get("System.IO.Stream");
        _memoryStream = Get("System.IO.MemoryStream");
        _unmanagedMemoryStream = Get("System.IO.UnmanagedMemoryStream");
        _streamReader = Get("System.IO.StreamReader");
        _streamWriter = Get("System.IO.StreamWriter");
        _file = Get("System.IO.File");
        _httpClient = Get("System.Net.Http.HttpClient");
        _semaphoreSlim = Get(WellKnownTypeNames.SemaphoreSlim);
        _dbCommand = Get("System.Data.Common.DbCommand");
        _dbConnection = Get("System.Data.Common.DbConnection");
        _dbDataReader = Get("System.Data.Common.DbDataReader");
        _dapper = Get("Dapper.SqlMapper");
        _process = Get("System.Diagnostics.Process");
        _cancellationToken = Get(WellKnownTypeNames.CancellationToken);
    }

    public static SyncIoApis Create(Compilation compilation) => new(compilation);

    /// <summary>Cheap first filter: whether a method of this name can be on the list at all.</summary>
    public static bool IsCandidateName(string name) => CandidateNames.Contains(name);

    /// <summary>The async overload to call instead, when the invocation is synchronous I/O on the list.</summary>
    public IMethodSymbol? FindAsyncCounterpart(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var name = method.Name;
        var owner = method.ContainingType?.OriginalDefinition;
        if (owner is null)
        {
            return null;
        }

        if (EfMaterializers.Contains(name)
            && (Is(owner, _queryable.Symbol) || Is(owner, _enumerable.Symbol) || IsEfQueryExtensions(owner))
            && Receiver(invocation) is { } source
            && IsEntityFrameworkQuery(source))
        {
            return Counterpart(method, [.. _efQueryExtensions.Select(type => type.Symbol)]);
        }

        if ((name == "SaveChanges" || name == "Find") && (TypeHierarchy.DerivesFrom(owner, _dbContext.Symbol) || TypeHierarchy.DerivesFrom(owner, _dbSet.Symbol)))
        {
            return Counterpart(method, owner);
        }

        if (DatabaseFacadeExtensionMethods.Contains(name) && Is(owner, _databaseFacadeExtensions.Symbol))
        {
            return Counterpart(method, owner);
        }

        if (_dapper.Symbol is not null && DapperMethods.Contains(name) && Is(owner, _dapper.Symbol))
        {
            return CounterpartByName(method, _dapper.Symbol);
        }

        return FindBclCounterpart(invocation, method, owner);
    }

    private IMethodSymbol? FindBclCounterpart(IInvocationOperation invocation, IMethodSymbol method, INamedTypeSymbol owner)
    {
        var name = method.Name;
        if (method.IsStatic)
        {
            var isStaticIo = (FileMethods.Contains(name) && Is(owner, _file.Symbol))
                || (JsonMethods.Contains(name) && Is(owner, _jsonSerializer.Symbol) && IsStreamArgument(invocation));
            return isStaticIo ? Counterpart(method, owner) : null;
        }

        if (invocation.Instance is not { } instance || instance.Type is not INamedTypeSymbol receiverType)
        {
            return null;
        }

        var isIo =
            (StreamMethods.Contains(name) && TypeHierarchy.DerivesFrom(receiverType, _stream.Symbol) && !IsInMemory(instance))
            || (ReaderMethods.Contains(name) && TypeHierarchy.DerivesFrom(receiverType, _streamReader.Symbol) && !IsInMemory(instance))
            || (WriterMethods.Contains(name) && TypeHierarchy.DerivesFrom(receiverType, _streamWriter.Symbol) && !IsInMemory(instance))
            || (name == "Send" && TypeHierarchy.DerivesFrom(receiverType, _httpClient.Symbol))
            || (name == "Wait" && Is(receiverType, _semaphoreSlim.Symbol) && !Timeouts.IsZeroTimeout(invocation))
            || (CommandMethods.Contains(name) && TypeHierarchy.DerivesFrom(receiverType, _dbCommand.Symbol))
            || (name == "Open" && TypeHierarchy.DerivesFrom(receiverType, _dbConnection.Symbol))
            || (DataReaderMethods.Contains(name) && TypeHierarchy.DerivesFrom(receiverType, _dbDataReader.Symbol))
            || (name == "WaitForExit" && method.Parameters.IsEmpty && TypeHierarchy.DerivesFrom(receiverType, _process.Symbol))
            || (DatabaseFacadeMethods.Contains(name) && TypeHierarchy.DerivesFrom(receiverType, _databaseFacade.Symbol))
            || (name == "BeginTransaction" && TypeHierarchy.DerivesFrom(receiverType, _dbConnection.Symbol))
            || (TransactionMethods.Contains(name) && (TypeHierarchy.DerivesFrom(receiverType, _dbTransaction.Symbol) || TypeHierarchy.Implements(receiverType, _dbContextTransaction.Symbol)));

        return isIo ? Counterpart(method, owner) : null;
    }

    /// <summary>
    /// Whether a query runs against EF Core: it starts at a DbSet, a DbContext member, or a local initialised
    /// from one, and only goes through Queryable and EF Core operators on the way.
    /// </summary>
    private bool IsEntityFrameworkQuery(IOperation source) =>
        _dbContext.Symbol is not null && OperationOrigin.Traces(source, IsEntityFrameworkQueryStep);

    private bool IsEntityFrameworkQueryStep(IOperation operation)
    {
        if (TypeHierarchy.DerivesFrom(operation.Type, _dbSet.Symbol))
        {
            return true;
        }

        switch (operation)
        {
            case IInvocationOperation { TargetMethod: var method } call:
                if (method.IsStatic && Receiver(call) is { } inner
                    && (Is(method.ContainingType, _queryable.Symbol) || IsEntityFrameworkNamespace(method.ContainingType)))
                {
                    return IsEntityFrameworkQuery(inner);
                }

                return !method.IsStatic && TypeHierarchy.DerivesFrom(method.ContainingType, _dbContext.Symbol) && TypeHierarchy.Implements(method.ReturnType, _queryableInterface.Symbol);
            case IPropertyReferenceOperation { Property: var property }:
                return TypeHierarchy.DerivesFrom(property.ContainingType, _dbContext.Symbol) && TypeHierarchy.Implements(property.Type, _queryableInterface.Symbol);
            default:
                return false;
        }
    }

    /// <summary>A stream, reader or writer that only wraps memory, however many wrappers deep.</summary>
    private bool IsInMemory(IOperation receiver) =>
        OperationOrigin.Traces(receiver, operation =>
            TypeHierarchy.DerivesFrom(operation.Type, _memoryStream.Symbol)
            || TypeHierarchy.DerivesFrom(operation.Type, _unmanagedMemoryStream.Symbol)
            || (operation is IObjectCreationOperation { Arguments.Length: > 0 } creation
                && TypeHierarchy.DerivesFrom(creation.Arguments[0].Value.Type, _stream.Symbol)
                && IsInMemory(creation.Arguments[0].Value)));

    /// <summary><c>JsonSerializer.Serialize(stream, value)</c> on a stream that is not only memory; the string overloads do no I/O.</summary>
    private bool IsStreamArgument(IInvocationOperation invocation)
    {
        return InvocationArguments.At(invocation, 0) is { Parameter: { } parameter } argument
            && TypeHierarchy.DerivesFrom(parameter.Type, _stream.Symbol)
            && !IsInMemory(argument.Value);
    }

    private IMethodSymbol? Counterpart(IMethodSymbol method, params INamedTypeSymbol?[] searchIn) =>
        _counterparts.GetOrAdd(method.OriginalDefinition, definition => SearchCounterpart(definition, searchIn, byNameOnly: false));

    private IMethodSymbol? CounterpartByName(IMethodSymbol method, INamedTypeSymbol searchIn) =>
        _counterparts.GetOrAdd(method.OriginalDefinition, definition => SearchCounterpart(definition, [searchIn], byNameOnly: true));

    private IMethodSymbol? SearchCounterpart(IMethodSymbol method, INamedTypeSymbol?[] searchIn, bool byNameOnly)
    {
        var asyncName = method.Name + "Async";
        foreach (var type in searchIn)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(asyncName))
                {
                    if (member is IMethodSymbol candidate
                        && candidate.DeclaredAccessibility == Accessibility.Public
                        && (byNameOnly ? candidate.Arity == method.Arity : AsyncSignature.Corresponds(method, candidate, _cancellationToken.Symbol)))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The receiver of an instance call, or the <c>this</c> argument of an extension method.</summary>
    private static IOperation? Receiver(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance)
        {
            return instance;
        }

        return InvocationArguments.At(invocation, 0)?.Value;
    }

    private static bool IsEntityFrameworkNamespace(INamedTypeSymbol? type) =>
        type?.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore";

    private bool IsEfQueryExtensions(INamedTypeSymbol owner)
    {
        foreach (var extensions in _efQueryExtensions)
        {
            if (Is(owner, extensions.Symbol))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && ThreadingTypes.Is(type.OriginalDefinition, expected);
}

using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>The lifetime a registration gives a service; only the two a captive dependency is made of.</summary>
internal enum RegisteredLifetime
{
    Singleton,
    Scoped,
}

/// <summary>One <c>services.AddSingleton&lt;IFoo, Foo&gt;()</c>-style registration found in source.</summary>
internal sealed class ServiceRegistration(RegisteredLifetime lifetime, ITypeSymbol service, ITypeSymbol? implementation, string method, Location location)
{
    public RegisteredLifetime Lifetime { get; } = lifetime;

    /// <summary>The type consumers ask for (<c>IFoo</c>).</summary>
    public ITypeSymbol Service { get; } = service;

    /// <summary>The type whose constructor the container calls, or null for a factory or an instance.</summary>
    public ITypeSymbol? Implementation { get; } = implementation;

    /// <summary>The registration method, for messages: AddSingleton, AddHostedService, AddScoped, AddDbContext.</summary>
    public string Method { get; } = method;

    public Location Location { get; } = location;

    /// <summary>"AddScoped in Program.cs line 57", for a message that sends the reader to the registration.</summary>
    public string Describe()
    {
        var span = Location.GetLineSpan();
        return $"{Method} in {Path.GetFileName(span.Path)} line {span.StartLinePosition.Line + 1}";
    }
}

/// <summary>
/// The Microsoft.Extensions.DependencyInjection registrations of one compilation: <c>AddSingleton</c>,
/// <c>AddScoped</c>, their <c>TryAdd</c> and keyed forms, <c>AddHostedService</c>, <c>AddDbContext</c> and
/// <c>AddDbContextPool</c>, generic or with <c>typeof</c> arguments. Files are searched by text for the method names
/// (see <see cref="CallSites"/>), so a file without registrations costs one string search per name. Filled from
/// several threads; read once all files are done (in a compilation-end action).
/// </summary>
internal sealed class ServiceRegistrations
{
    // Every registration method name holds one of these fragments.
    private static readonly string[] Fragments = ["Singleton", "Scoped", "HostedService", "DbContext"];

    private readonly ConcurrentQueue<ServiceRegistration> _found = new();

    public IEnumerable<ServiceRegistration> All => _found;

    public void Collect(SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var fragment in Fragments)
        {
            CallSites.ForEachCall(model, fragment, name => LifetimeOf(name) is not null, Add, cancellationToken);
        }
    }

    private void Add(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (LifetimeOf(method.Name) is not { } lifetime
            || method.ContainingNamespace?.ToDisplayString().StartsWith("Microsoft.Extensions.DependencyInjection", StringComparison.Ordinal) != true
            || TypesOf(invocation) is not ({ } service, var implementation))
        {
            return;
        }

        _found.Enqueue(new ServiceRegistration(lifetime, service, implementation, method.Name, invocation.Syntax.GetLocation()));
    }

    private static RegisteredLifetime? LifetimeOf(string name) => name switch
    {
        "AddSingleton" or "TryAddSingleton" or "AddKeyedSingleton" or "TryAddKeyedSingleton" or "AddHostedService" => RegisteredLifetime.Singleton,
        "AddScoped" or "TryAddScoped" or "AddKeyedScoped" or "TryAddKeyedScoped" or "AddDbContext" or "AddDbContextPool" => RegisteredLifetime.Scoped,
        _ => null,
    };

    /// <summary>
    /// The service and implementation types: from the type arguments (<c>&lt;IFoo, Foo&gt;</c>, <c>&lt;Foo&gt;</c>) or the
    /// <c>typeof</c> arguments. A factory or an instance leaves the implementation unknown: the container calls no constructor.
    /// </summary>
    private static (ITypeSymbol? Service, ITypeSymbol? Implementation) TypesOf(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var byFactoryOrInstance = method.Parameters.Any(parameter => parameter.Name is "implementationFactory" or "implementationInstance" or "instance");
        if (method.TypeArguments.Length > 0)
        {
            var service = method.TypeArguments[0];
            var implementation = method.TypeArguments[method.TypeArguments.Length > 1 ? 1 : 0];
            return (service, byFactoryOrInstance ? null : implementation);
        }

        ITypeSymbol? first = null;
        ITypeSymbol? second = null;
        foreach (var argument in invocation.Arguments)
        {
            if (OperationOrigin.Unwrap(argument.Value) is ITypeOfOperation { TypeOperand: var type })
            {
                if (first is null)
                {
                    first = type;
                }
                else
                {
                    second ??= type;
                }
            }
        }

        return (first, byFactoryOrInstance ? null : second ?? first);
    }
}

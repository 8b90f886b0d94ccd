using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// INTR307: an argument of a Hangfire job (<c>Enqueue</c>, <c>Schedule</c>, <c>ContinueJobWith</c>, <c>AddOrUpdate</c>)
/// that Hangfire serializes to JSON but that cannot make the trip: a DbContext, an HttpContext, a service provider, a
/// logger, a stream, a task, a delegate; and a live cancellation token or a Hangfire context passed where Hangfire puts
/// its own at run time. Reported at the argument.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnserializableJobArgumentAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.UnserializableJobArgument,
        title: "Pass Hangfire jobs only arguments that survive serialization",
        messageFormat: "{0}; {1}",
        RuleCategories.Jobs,
        DiagnosticSeverity.Warning,
        description: "Hangfire stores a background job as its method and its arguments serialized to JSON, and calls the method "
            + "later, often in another process. A DbContext, HttpContext, IServiceProvider, ILogger, Stream, Task or delegate does not "
            + "survive that: serialization fails or walks the whole object graph, and the job gets a useless copy or null. "
            + "A CancellationToken, IJobCancellationToken or PerformContext argument is replaced by Hangfire's own when the job runs, "
            + "so passing a live one suggests a cancellation that never happens. Pass ids and plain values, and resolve services "
            + "in the job class through its constructor.");

    private static readonly string[] Fragments = ["Enqueue", "Schedule", "AddOrUpdate", "Continue"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("Hangfire.BackgroundJob") is null)
            {
                return;
            }

            start.RegisterSemanticModelAction(modelContext =>
            {
                foreach (var fragment in Fragments)
                {
                    CallSites.ForEachCall(
                        modelContext.SemanticModel,
                        fragment,
                        name => name.StartsWith(fragment, StringComparison.Ordinal),
                        call => Analyze(modelContext, call),
                        modelContext.CancellationToken);
                }
            });
        });
    }

    private static void Analyze(SemanticModelAnalysisContext context, IInvocationOperation call)
    {
        if (!(HangfireCalls.IsAddOrUpdate(call.TargetMethod) || HangfireCalls.IsClientCall(call.TargetMethod))
            || HangfireCalls.JobCall(call) is not { } jobCall)
        {
            return;
        }

        foreach (var argument in jobCall.Arguments)
        {
            if (argument.IsImplicit || argument.Parameter is not { } parameter)
            {
                continue;
            }

            var value = HangfireCalls.Unwrap(argument.Value);
            if ((Problem(parameter.Type, value) ?? (value?.Type is { } valueType ? Problem(valueType, value) : null)) is not { } problem)
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                argument.Syntax.GetLocation(),
                $"'{argument.Syntax}' is passed to the Hangfire job {jobCall.TargetMethod.Name} as its parameter '{parameter.Name}' ({parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}): {problem.Reason}",
                problem.Fix));
        }
    }

    private sealed record ArgumentProblem(string Reason, string Fix);

    private static ArgumentProblem? Problem(ITypeSymbol type, IOperation? value)
    {
        const string ResolveInJob = "pass an id or plain values and let the job class get the service from its constructor";
        switch (type)
        {
            case { TypeKind: TypeKind.Delegate }:
                return new("a delegate is not serialized: Hangfire stores data, not code", "pass the data the delegate would use, and put the code in the job method");
            case var _ when Is(type, "System.Threading.CancellationToken"):
                return IsNoneOrDefault(value) ? null : new(
                    "Hangfire replaces a CancellationToken argument with its own shutdown-and-abort token when the job runs, so this token never cancels the job",
                    "pass CancellationToken.None");
            case var _ when Is(type, "Hangfire.IJobCancellationToken") || Is(type, "Hangfire.Server.PerformContext"):
                return IsNullLike(value) ? null : new(
                    $"Hangfire supplies its own {type.Name} when the job runs and ignores the one given here",
                    type.Name == "PerformContext" ? "pass null" : "pass JobCancellationToken.Null (or null)");
        }

        var named = NameOfUnserializable(type);
        return named is null ? null : new($"{named} does not survive being serialized to JSON and read back in the worker", ResolveInJob);
    }

    private static string? NameOfUnserializable(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            switch (current.OriginalDefinition.ToDisplayString())
            {
                case "Microsoft.EntityFrameworkCore.DbContext":
                    return "a DbContext (its connection, change tracker and services)";
                case "Microsoft.AspNetCore.Http.HttpContext":
                    return "an HttpContext (it belongs to a request that is over when the job runs)";
                case "System.IO.Stream":
                    return "a stream";
                case "System.Threading.Tasks.Task" or "System.Threading.Tasks.Task<TResult>" or "System.Threading.Tasks.ValueTask" or "System.Threading.Tasks.ValueTask<TResult>":
                    return "a task";
            }
        }

        foreach (var candidate in type.AllInterfaces.Prepend(type as INamedTypeSymbol))
        {
            switch (candidate?.OriginalDefinition.ToDisplayString())
            {
                case "System.IServiceProvider" or "Microsoft.Extensions.DependencyInjection.IServiceScope" or "Microsoft.Extensions.DependencyInjection.IServiceScopeFactory":
                    return "a service provider";
                case "Microsoft.Extensions.Logging.ILogger" or "Microsoft.Extensions.Logging.ILoggerFactory":
                    return "a logger";
            }
        }

        return null;
    }

    private static bool Is(ITypeSymbol type, string metadataName) => type.OriginalDefinition.ToDisplayString() == metadataName;

    private static bool IsNoneOrDefault(IOperation? value) =>
        value is null or IDefaultValueOperation
        || (value is IPropertyReferenceOperation { Property: { Name: "None", IsStatic: true } });

    private static bool IsNullLike(IOperation? value) =>
        value is null or IDefaultValueOperation
        || value.ConstantValue is { HasValue: true, Value: null }
        || value is IPropertyReferenceOperation { Property: { Name: "Null", IsStatic: true } };
}

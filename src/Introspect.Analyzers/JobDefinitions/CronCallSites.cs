using Introspect.Analyzers.Knowledge.Cron;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// Finds the constant cron schedules of a compilation where they are registered: Hangfire <c>AddOrUpdate</c> (a string
/// or a <c>Cron.*</c> helper; zone from <c>timeZone</c> or <c>new RecurringJobOptions { TimeZone = ... }</c>), Quartz
/// <c>WithCronSchedule</c>/<c>CronScheduleBuilder.CronSchedule</c> (zone from <c>InTimeZone</c>), Coravel
/// <c>Cron(...)</c>/<c>DailyAt</c>/<c>DailyAtHour</c> (zone from <c>Zoned</c>) and Azure Functions <c>[TimerTrigger]</c>.
/// Schedules that are not constants (configuration, string building) are skipped: nothing is guessed.
/// </summary>
internal static class CronCallSites
{
    private static readonly HashSet<string> HangfireRecurringTypes =
        ["Hangfire.RecurringJob", "Hangfire.IRecurringJobManager", "Hangfire.RecurringJobManager", "Hangfire.RecurringJobManagerExtensions"];

    /// <summary>Calls <paramref name="report"/> for every constant cron schedule, when the compilation references a scheduler.</summary>
    public static void Register(CompilationStartAnalysisContext start, Action<SyntaxNodeAnalysisContext, CronCallSite> report)
    {
        var compilation = start.Compilation;
        var hasHangfire = compilation.GetTypeByMetadataName("Hangfire.RecurringJob") is not null;
        var hasQuartz = compilation.GetTypeByMetadataName("Quartz.CronScheduleBuilder") is not null;
        var hasCoravel = compilation.GetTypeByMetadataName("Coravel.Scheduling.Schedule.Interfaces.IScheduleInterval") is not null;
        var timerTriggers = new[]
        {
            compilation.GetTypeByMetadataName("Microsoft.Azure.WebJobs.TimerTriggerAttribute"),
            compilation.GetTypeByMetadataName("Microsoft.Azure.Functions.Worker.TimerTriggerAttribute"),
        }.Where(type => type is not null).ToArray();

        if (hasHangfire || hasQuartz || hasCoravel)
        {
            start.RegisterSyntaxNodeAction(
                context =>
                {
                    if (IsCandidateName(NameOf((InvocationExpressionSyntax)context.Node))
                        && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IInvocationOperation invocation
                        && Read(invocation) is { } site)
                    {
                        report(context, site);
                    }
                },
                SyntaxKind.InvocationExpression);
        }

        if (timerTriggers.Length > 0)
        {
            start.RegisterSyntaxNodeAction(
                context =>
                {
                    var attribute = (AttributeSyntax)context.Node;
                    if (attribute.Name.ToString().IndexOf("TimerTrigger", StringComparison.Ordinal) >= 0
                        && ReadTimerTrigger(context, attribute, timerTriggers!) is { } site)
                    {
                        report(context, site);
                    }
                },
                SyntaxKind.Attribute);
        }
    }

    private static string? NameOf(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool IsCandidateName(string? name) =>
        name is "AddOrUpdate" or "WithCronSchedule" or "CronSchedule" or "Cron" or "DailyAt" or "DailyAtHour";

    private static CronCallSite? Read(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.OriginalDefinition.ToDisplayString();
        var ns = method.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return method.Name switch
        {
            "AddOrUpdate" when type is not null && HangfireRecurringTypes.Contains(type) => ReadHangfire(invocation),
            "WithCronSchedule" or "CronSchedule" when ns.StartsWith("Quartz", StringComparison.Ordinal) => ReadQuartz(invocation),
            "Cron" or "DailyAt" or "DailyAtHour" when ns.StartsWith("Coravel", StringComparison.Ordinal) => ReadCoravel(invocation),
            _ => null,
        };
    }

    private static CronCallSite? ReadHangfire(IInvocationOperation invocation)
    {
        var cron = Argument(invocation, "cronExpression");
        if (cron is null)
        {
            return null;
        }

        string? text;
        string? helper = null;
        switch (Unwrap(cron))
        {
            case { ConstantValue: { HasValue: true, Value: string constant } }:
                text = constant;
                break;
            case IInvocationOperation call when IsHangfireCron(call.TargetMethod) && ConstantInts(call) is { } arguments:
                text = HangfireCronHelpers.Evaluate(call.TargetMethod.Name, arguments);
                helper = $"Cron.{call.TargetMethod.Name}({string.Join(", ", arguments)})";
                break;
            case IDelegateCreationOperation { Target: IMethodReferenceOperation reference } when IsHangfireCron(reference.Method):
                text = HangfireCronHelpers.Evaluate(reference.Method.Name, []);
                helper = $"Cron.{reference.Method.Name}";
                break;
            default:
                return null;
        }

        if (text is null)
        {
            return null;
        }

        var zone = Argument(invocation, "timeZone") ?? OptionsTimeZone(Argument(invocation, "options"));
        var (kind, id) = Zone(zone);
        return new CronCallSite(text, CronDialect.Hangfire, cron.Syntax.GetLocation(), helper, kind, id);
    }

    private static CronCallSite? ReadQuartz(IInvocationOperation invocation)
    {
        var cron = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Type.SpecialType == SpecialType.System_String)?.Value;
        if (cron is null || Unwrap(cron).ConstantValue is not { HasValue: true, Value: string text })
        {
            return null;
        }

        // InTimeZone inside the builder lambda (WithCronSchedule("...", x => x.InTimeZone(tz))) or later in the chain.
        var zone = invocation.Arguments
            .SelectMany(argument => argument.Value.DescendantsAndSelf())
            .OfType<IInvocationOperation>()
            .FirstOrDefault(call => call.TargetMethod.Name == "InTimeZone")?.Arguments.FirstOrDefault()?.Value
            ?? LaterInChain(invocation, "InTimeZone");
        var (kind, id) = Zone(zone);
        return new CronCallSite(text, CronDialect.Quartz, cron.Syntax.GetLocation(), null, kind, id);
    }

    private static CronCallSite? ReadCoravel(IInvocationOperation invocation)
    {
        string? text;
        string? helper = null;
        if (invocation.TargetMethod.Name == "Cron")
        {
            text = invocation.Arguments.FirstOrDefault() is { } argument && Unwrap(argument.Value).ConstantValue is { HasValue: true, Value: string constant } ? constant : null;
        }
        else
        {
            var arguments = ConstantInts(invocation);
            text = (invocation.TargetMethod.Name, arguments?.Count) switch
            {
                ("DailyAt", 2) => $"{arguments![1]} {arguments[0]} * * *",
                ("DailyAtHour", 1) => $"0 {arguments![0]} * * *",
                _ => null,
            };
            helper = text is null ? null : $"{invocation.TargetMethod.Name}({string.Join(", ", arguments!)})";
        }

        if (text is null)
        {
            return null;
        }

        var (kind, id) = Zone(LaterInChain(invocation, "Zoned"));
        var location = invocation.Arguments.Length > 0 ? invocation.Arguments[0].Syntax.GetLocation() : invocation.Syntax.GetLocation();
        return new CronCallSite(text, CronDialect.Coravel, location, helper, kind, id);
    }

    private static CronCallSite? ReadTimerTrigger(SyntaxNodeAnalysisContext context, AttributeSyntax attribute, INamedTypeSymbol[] timerTriggers)
    {
        if (attribute.ArgumentList is not { Arguments.Count: > 0 } arguments
            || arguments.Arguments[0] is not { NameEquals: null } first
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
            || !timerTriggers.Contains(constructor.ContainingType, SymbolEqualityComparer.Default)
            || context.SemanticModel.GetConstantValue(first.Expression, context.CancellationToken) is not { HasValue: true, Value: string text})
        {
            return null;
        }

        // "%Setting%" is read from app settings; "00:05:00" is an interval, not cron.
        if (text.IndexOf('%') >= 0 || (text.IndexOf(':') >= 0 && text.Trim().IndexOf(' ') < 0))
        {
            return null;
        }

        return new CronCallSite(text, CronDialect.NCrontab, first.GetLocation(), null, CronZoneKind.NotGiven, null);
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameter) =>
        invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)?.Value;

    /// <summary>The TimeZone set in <c>new RecurringJobOptions { TimeZone = ... }</c> written at the call.</summary>
    private static IOperation? OptionsTimeZone(IOperation? options) =>
        options is null || Unwrap(options) is not IObjectCreationOperation { Initializer: { } initializer }
            ? null
            : initializer.Initializers.OfType<ISimpleAssignmentOperation>()
                .FirstOrDefault(assignment => assignment.Target is IPropertyReferenceOperation { Property.Name: "TimeZone" })?.Value;

    /// <summary>The first argument of a call named <paramref name="name"/> further along the fluent chain.</summary>
    private static IOperation? LaterInChain(IOperation call, string name)
    {
        var current = call;
        for (var depth = 0; depth < 32; depth++)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            if (parent is not IInvocationOperation next || next.Instance is null || Unwrap(next.Instance) != current)
            {
                return null;
            }

            if (next.TargetMethod.Name == name)
            {
                return next.Arguments.FirstOrDefault()?.Value;
            }

            current = next;
        }

        return null;
    }

    private static (CronZoneKind Kind, string? Id) Zone(IOperation? zone)
    {
        switch (zone is null ? null : Unwrap(zone))
        {
            case null:
                return (CronZoneKind.NotGiven, null);
            case IPropertyReferenceOperation { Property: { Name: "Utc" or "Local" } property } when IsTimeZoneInfo(property.ContainingType):
                return property.Name == "Utc" ? (CronZoneKind.Utc, "UTC") : (CronZoneKind.ServerLocal, null);
            case IInvocationOperation { TargetMethod.Name: "FindSystemTimeZoneById", Arguments.Length: 1 } find
                when IsTimeZoneInfo(find.TargetMethod.ContainingType) && Unwrap(find.Arguments[0].Value).ConstantValue is { HasValue: true, Value: string name }:
                return (CronZoneKind.Named, name);
            default:
                return (CronZoneKind.NotConstant, null);
        }
    }

    private static bool IsTimeZoneInfo(INamedTypeSymbol? type) => type?.ToDisplayString() == "System.TimeZoneInfo";

    private static bool IsHangfireCron(IMethodSymbol method) => method.ContainingType?.ToDisplayString() == "Hangfire.Cron";

    private static List<int>? ConstantInts(IInvocationOperation call)
    {
        var values = new List<int>();
        foreach (var argument in call.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (Unwrap(argument.Value).ConstantValue is not { HasValue: true, Value: { } value } || Convert(value) is not { } number)
            {
                return null;
            }

            values.Add(number);
        }

        return values;
    }

    private static int? Convert(object value) => value switch
    {
        int number => number,
        _ when value.GetType().IsEnum => System.Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}

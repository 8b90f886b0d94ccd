using System.Globalization;
using Introspect.Analyzers.Knowledge;
using Introspect.Core.Jobs.Triggers;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Discovery.AzureFunctions;

/// <summary>
/// Azure Functions timer triggers, in-process (Microsoft.Azure.WebJobs) and isolated (Microsoft.Azure.Functions.Worker):
/// a method with a [TimerTrigger] parameter. The schedule is NCRONTAB with seconds, a TimeSpan ("00:05:00"), or
/// "%Setting%", an app setting read at run time (its key is reported). The zone is UTC unless WEBSITE_TIME_ZONE is set.
/// </summary>
internal sealed class TimerTriggerRecogniser : IJobRecogniser
{
    private static readonly string[] Attributes = [WellKnownTypeNames.FunctionsWorkerTimerTrigger, WellKnownTypeNames.WebJobsTimerTrigger];

    public IEnumerable<DiscoveredJob> Recognise(DiscoveryContext context)
    {
        if (Attributes.All(name => context.Type(name) is null))
        {
            yield break;
        }

        foreach (var type in context.SourceTypes)
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                var attribute = method.Parameters.SelectMany(parameter => parameter.GetAttributes())
                    .FirstOrDefault(candidate => candidate.AttributeClass?.ToDisplayString() is { } name && Attributes.Contains(name));
                if (attribute is null)
                {
                    continue;
                }

                yield return JobFactory.Create(context, JobFramework.AzureFunctions, "Azure Functions", type, method, [Trigger(context, method, attribute)]);
            }
        }
    }

    private static JobTrigger Trigger(DiscoveryContext context, IMethodSymbol method, AttributeData attribute)
    {
        var schedule = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
        var runOnStartup = attribute.NamedArguments.Any(argument => argument.Key == "RunOnStartup" && argument.Value.Value is true);
        var name = method.GetAttributes()
            .FirstOrDefault(candidate => candidate.AttributeClass?.Name is "FunctionAttribute" or "FunctionNameAttribute")?
            .ConstructorArguments.FirstOrDefault().Value as string;
        var location = attribute.ApplicationSyntaxReference is { } reference ? context.Location(reference.GetSyntax()) : context.Location(method);

        var value = new ResolvedValue(schedule, schedule);
        if (schedule.Length > 2 && schedule.StartsWith('%') && schedule.EndsWith('%'))
        {
            // An app setting: local.settings.json keeps it under Values.
            var key = schedule[1..^1];
            var (configured, file) = LocalSettings(context, key);
            value = new ResolvedValue(configured, schedule)
            {
                Configuration = [new ConfigurationValue(key, null, configured, file)],
            };
        }

        JobTrigger trigger;
        if (value.AsString is { } text && !text.Contains(' ', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var interval))
        {
            trigger = TriggerFactory.Interval(value.With(interval), "TimerTrigger", location);
        }
        else
        {
            trigger = TriggerFactory.Cron(context, value, CronDialect.NCrontab, ZoneChoice.Utc, location);
        }

        return trigger with
        {
            Identity = name,
            RunsOnStartup = runOnStartup,
            Description = trigger.Description + (runOnStartup ? ", and once at start-up" : string.Empty),
        };
    }

    private static (string? Value, string? File) LocalSettings(DiscoveryContext context, string key)
    {
        var path = Path.Combine(context.ProjectDirectory, "local.settings.json");
        var (value, file) = AppSettings.ReadFile(path, $"Values:{key}");
        return (value, file is null ? null : Analysis.SourcePaths.Relative(file, context.RootDirectory));
    }
}

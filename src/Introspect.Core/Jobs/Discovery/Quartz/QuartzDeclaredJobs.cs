using System.Globalization;
using Introspect.Core.Jobs.Triggers;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Discovery.Quartz;

/// <summary>
/// Quartz 4 declared jobs: <c>[QuartzJob]</c>, <c>[CronTrigger("...")]</c> and <c>[SimpleTrigger("00:05:00")]</c> on the
/// job class, registered by the source-generated <c>AddDeclaredJobs()</c>, so no hand-written registration exists.
/// A trigger's <c>ConfigurationKey</c> lets configuration override it; the key is reported.
/// </summary>
internal static class QuartzDeclaredJobs
{
    public static bool IsDeclared(INamedTypeSymbol type) =>
        type.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() is "Quartz.QuartzJobAttribute" or "Quartz.CronTriggerAttribute" or "Quartz.SimpleTriggerAttribute");

    public static IEnumerable<JobTrigger> Triggers(DiscoveryContext context, INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            if (name is not ("Quartz.CronTriggerAttribute" or "Quartz.SimpleTriggerAttribute") || attribute.ConstructorArguments.FirstOrDefault().Value is not string text)
            {
                continue;
            }

            string? Named(string property) => attribute.NamedArguments.FirstOrDefault(argument => argument.Key == property).Value.Value?.ToString();

            var location = attribute.ApplicationSyntaxReference is { } reference ? context.Location(reference.GetSyntax()) : context.Location(type);
            var identity = Named("Name") is { } triggerName ? $"{Named("Group") ?? "DEFAULT"}.{triggerName}" : null;
            var configuration = Named("ConfigurationKey") is { } key
                ? [new ConfigurationValue(key, text, AppSettings.Read(context.ProjectDirectory, key).Value, null)]
                : Array.Empty<ConfigurationValue>();

            JobTrigger trigger;
            if (name == "Quartz.CronTriggerAttribute")
            {
                var zone = Named("TimeZone") is { } zoneId ? new ZoneChoice(zoneId, TimeZoneSource.Explicit, []) : ZoneChoice.ServerLocal;
                trigger = TriggerFactory.Cron(context, new ResolvedValue(text, text), CronDialect.Quartz, zone, location);
            }
            else
            {
                var repeat = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "RepeatCount").Value.Value as int?;
                var interval = TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : (TimeSpan?)null;
                trigger = TriggerFactory.Interval(new ResolvedValue(interval, text), "simple schedule", location, repeat is null or < 0 ? ", repeat forever" : $", {repeat} repeats")
                    with { RepeatCount = repeat is < 0 ? null : repeat };
            }

            yield return trigger with { Identity = identity, Configuration = [.. trigger.Configuration, .. configuration] };
        }
    }
}

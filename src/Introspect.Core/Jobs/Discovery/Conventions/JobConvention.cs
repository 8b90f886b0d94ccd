using System.Collections.Immutable;
using System.Text.Json;
using Introspect.Core.Jobs.Triggers;
using Introspect.Core.Loading;

namespace Introspect.Core.Jobs.Discovery.Conventions;

/// <summary>
/// A team's own job abstraction, declared in introspect.json at the solution's root: every class deriving from or
/// implementing <see cref="BaseType"/> is a job whose entry is <see cref="EntryMethod"/>; its cron text, when the
/// convention says where it is, comes from the member <see cref="ScheduleMember"/> of the job class.
/// </summary>
public sealed record JobConvention(string Name, string BaseType, string EntryMethod, string? ScheduleMember, CronDialect Dialect)
{
    public const string FileName = "introspect.json";

    /// <summary>The conventions of introspect.json in <paramref name="folder"/>; none without the file. A malformed file is an <see cref="InputException"/>.</summary>
    public static ImmutableArray<JobConvention> Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("jobs", out var jobs) || !jobs.TryGetProperty("conventions", out var conventions))
            {
                return [];
            }

            return [.. conventions.EnumerateArray().Select((convention, index) => Read(convention, index, path))];
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or IOException)
        {
            throw new InputException($"{path}: {exception.Message}");
        }
    }

    private static JobConvention Read(JsonElement convention, int index, string path)
    {
        string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var baseType = Text(convention, "baseType") ?? throw new InputException($"{path}: jobs.conventions[{index}] needs a \"baseType\" (the metadata name of the base class or interface).");
        var entry = Text(convention, "entryMethod") ?? throw new InputException($"{path}: jobs.conventions[{index}] needs an \"entryMethod\".");
        var schedule = convention.TryGetProperty("schedule", out var value) ? value : default;
        var dialectText = Text(schedule, "dialect") ?? "hangfire";
        if (!Enum.TryParse<CronDialect>(dialectText, ignoreCase: true, out var dialect))
        {
            throw new InputException($"{path}: jobs.conventions[{index}].schedule.dialect '{dialectText}' is not one of hangfire, quartz, coravel, ncrontab.");
        }

        return new JobConvention(Text(convention, "name") ?? baseType, baseType, entry, Text(schedule, "member"), dialect);
    }
}

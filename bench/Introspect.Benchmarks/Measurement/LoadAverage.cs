namespace Introspect.Benchmarks.Measurement;

/// <summary>How busy the machine was (Linux /proc/loadavg): wall-clock timings on a shared machine need that context.</summary>
internal static class LoadAverage
{
    private const string Source = "/proc/loadavg";

    public static string Read()
    {
        try
        {
            var fields = File.ReadAllText(Source).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length >= 3 ? $"{fields[0]}, {fields[1]}, {fields[2]}" : "unknown";
        }
        catch (IOException)
        {
            return "unknown (no /proc/loadavg)";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}

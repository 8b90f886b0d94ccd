namespace OpsPlatform.Worker.Monitoring;

public sealed class MonitoringSyncOptions
{
    public const string SectionName = "MonitoringSync";

    /// <summary>Hosts pushed by one worker before it takes the next chunk.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How many chunks are pushed at the same time; the monitoring server copes with about four.</summary>
    public int MaxParallelBatches { get; set; } = 4;

    /// <summary>Templates linked to every customer server (OS by agent, ICMP ping).</summary>
    public List<string> DefaultTemplateIds { get; set; } = ["10001", "10186"];
}

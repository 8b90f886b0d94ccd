namespace OpsPlatform.Worker.Raid;

public sealed class RaidMonitoringOptions
{
    public const string SectionName = "RaidMonitoring";

    /// <summary>The NOC gets every RAID alert in addition to the customer.</summary>
    public string NocEmail { get; set; } = "noc@opsplatform.example";

    public string? NocPhone { get; set; }

    public TimeSpan AgentPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan AgentTaskTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Seconds between two checks of the controller by the agent plugin.</summary>
    public int CheckIntervalSeconds { get; set; } = 300;
}

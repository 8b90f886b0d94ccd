using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlatform.Integrations.Storage;

public sealed class StorageApiClient(HttpClient http) : IStorageApi
{
    private static readonly object JsonOptionsGate = new();
    private static JsonSerializerOptions? s_json;

    /// <summary>The storage API writes snapshot states as lower-case strings ("pending", "done").</summary>
    private static JsonSerializerOptions Json
    {
        get
        {
            if (s_json is null)
            {
                lock (JsonOptionsGate)
                {
                    if (s_json is null)
                    {
                        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
                        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
                        s_json = options;
                    }
                }
            }

            return s_json;
        }
    }

    public async Task<string> StartSnapshotAsync(
        string cluster, string volume, string label, bool throttled, CancellationToken cancellationToken)
    {
        var body = new { volume, label, priority = throttled ? "background" : "normal" };
        using var response = await http.PostAsJsonAsync($"clusters/{Escape(cluster)}/snapshots", body, cancellationToken);
        response.EnsureSuccessStatusCode();

        var created = await response.Content.ReadFromJsonAsync<StorageSnapshot>(Json, cancellationToken);
        return created?.Id ?? throw new InvalidOperationException("The storage API did not return a snapshot id.");
    }

    public async Task<StorageSnapshot> GetSnapshotAsync(string cluster, string snapshotId, CancellationToken cancellationToken)
    {
        var snapshot = await http.GetFromJsonAsync<StorageSnapshot>(
            $"clusters/{Escape(cluster)}/snapshots/{Escape(snapshotId)}", Json, cancellationToken);

        return snapshot ?? throw new InvalidOperationException($"Snapshot {snapshotId} not found on {cluster}.");
    }

    public async Task DeleteSnapshotAsync(string cluster, string snapshotId, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(
            $"clusters/{Escape(cluster)}/snapshots/{Escape(snapshotId)}", cancellationToken);

        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task<IReadOnlyList<BackupQueueStatus>> GetBackupQueuesAsync(CancellationToken cancellationToken)
    {
        return await http.GetFromJsonAsync<List<BackupQueueStatus>>("backup/queues", cancellationToken) ?? [];
    }

    public async Task<IReadOnlyList<ThrottlePolicy>> GetThrottlePoliciesAsync(CancellationToken cancellationToken)
    {
        return await http.GetFromJsonAsync<List<ThrottlePolicy>>("backup/throttle-policies", cancellationToken) ?? [];
    }

    public async Task SetThrottleBypassAsync(IReadOnlyCollection<int> customerIds, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(
            "backup/throttle-bypass", new { customer_ids = customerIds }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}

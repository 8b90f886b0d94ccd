// expect: INTR125
// case: a periodic System.Threading.Timer lambda that calls HttpClient.Send to post a heartbeat
using System;
using System.Net.Http;
using System.Threading;

namespace Ops.Heartbeats;

public sealed class HeartbeatPublisher(HttpClient client, Uri endpoint) : IDisposable
{
    private Timer? _timer;

    public void Start()
    {
        _timer = new Timer(_ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
            using var response = client.Send(request);
        }, null, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    public void Dispose() => _timer?.Dispose();
}

// expect: INTR104
// case: Thread.Sleep inside an async lambda handed to a warm-up runner
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Caching;

public interface ICacheNode
{
    Task PrimeAsync(string region);
}

public sealed class CacheWarmup(ICacheNode node)
{
    public Func<string, Task> PrimeWithPause() => async region =>
    {
        Thread.Sleep(250);
        await node.PrimeAsync(region);
    };
}

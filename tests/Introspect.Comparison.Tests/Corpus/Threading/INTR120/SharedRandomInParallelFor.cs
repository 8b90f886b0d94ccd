// expect: INTR120
// case: retry jitter drawn from one shared new Random() inside Parallel.For
using System;
using System.Threading.Tasks;

namespace Ops.Retries;

public sealed class JitterPlanner
{
    private readonly Random _random = new();

    public TimeSpan[] PlanDelays(int jobCount)
    {
        var delays = new TimeSpan[jobCount];
        Parallel.For(0, jobCount, i =>
        {
            delays[i] = TimeSpan.FromMilliseconds(500 + _random.Next(0, 250));
        });

        return delays;
    }
}

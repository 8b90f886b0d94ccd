// expect: none
// case: xUnit-style [Fact] test that waits on the job under test (test code, not ops code)
using System;
using System.Threading.Tasks;

namespace Xunit
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class FactAttribute : Attribute
    {
    }
}

namespace Ops.Retention.Tests
{
    using Xunit;

    public sealed class RetentionSweeper
    {
        public int Removed { get; private set; }

        public async Task SweepAsync()
        {
            await Task.Yield();
            Removed = 3;
        }
    }

    public sealed class RetentionSweeperTests
    {
        [Fact]
        public void Sweep_RemovesExpiredSnapshots()
        {
            var sweeper = new RetentionSweeper();
            sweeper.SweepAsync().Wait();
            if (sweeper.Removed != 3)
            {
                throw new InvalidOperationException("expected three removals");
            }
        }
    }
}

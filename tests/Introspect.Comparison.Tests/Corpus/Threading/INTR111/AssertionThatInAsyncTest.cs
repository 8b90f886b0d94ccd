// expect: none
// case: an async test calling an assertion library's sync That(actual, constraint) (a ThatAsync sibling exists)
using System;
using System.Threading.Tasks;

namespace Ops.Testing
{
    public static class Expect
    {
        public static void That<T>(T actual, Func<T, bool> constraint, string because = "")
        {
            if (!constraint(actual))
            {
                throw new InvalidOperationException($"Expectation failed for {actual}. {because}");
            }
        }

        public static async Task ThatAsync<T>(Func<Task<T>> actual, Func<T, bool> constraint, string because = "")
        {
            That(await actual(), constraint, because);
        }
    }
}

namespace Ops.Capacity.Tests
{
    using Ops.Testing;

    public sealed class DiskForecast
    {
        public async Task<int> DaysUntilFullAsync()
        {
            await Task.Yield();
            return 12;
        }
    }

    public sealed class DiskForecastTests
    {
        public async Task Forecast_IsAtLeastOneWeek()
        {
            var days = await new DiskForecast().DaysUntilFullAsync();
            Expect.That(days, value => value >= 7, "the forecast must leave time to order disks");
        }
    }
}

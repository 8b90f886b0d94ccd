// expect: none
// case: an async test calling an assertion library's sync Throws (a ThrowsAsync sibling exists)
using System;
using System.Threading.Tasks;

namespace Ops.Testing
{
    public static class Check
    {
        public static TException Throws<TException>(Action action)
            where TException : Exception
        {
            try
            {
                action();
            }
            catch (TException expected)
            {
                return expected;
            }

            throw new InvalidOperationException($"Expected {typeof(TException).Name}.");
        }

        public static async Task<TException> ThrowsAsync<TException>(Func<Task> action)
            where TException : Exception
        {
            try
            {
                await action();
            }
            catch (TException expected)
            {
                return expected;
            }

            throw new InvalidOperationException($"Expected {typeof(TException).Name}.");
        }
    }
}

namespace Ops.Scheduling.Tests
{
    using Ops.Testing;

    public static class CronParser
    {
        public static TimeSpan Interval(string expression) =>
            expression == "@hourly" ? TimeSpan.FromHours(1) : throw new FormatException(expression);
    }

    public sealed class CronParserTests
    {
        public async Task InvalidExpression_IsRejected()
        {
            await Task.Yield();
            Check.Throws<FormatException>(() => CronParser.Interval("every tuesday"));
        }
    }
}

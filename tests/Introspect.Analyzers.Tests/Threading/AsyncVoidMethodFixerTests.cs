using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.AsyncVoidMethodAnalyzer,
    Introspect.CodeFixes.Threading.AsyncVoidMethodFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class AsyncVoidMethodFixerTests
{
    [Fact]
    public Task AsyncVoidMethod_BecomesAsyncTask() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class SnapshotNotifier
        {
            // Tells the customer their snapshot is ready.
            public static async void {|INTR101:NotifyCustomer|}(string email)
            {
                await Task.Delay(10);
            }
        }
        """,
        """
        using System.Threading.Tasks;

        class SnapshotNotifier
        {
            // Tells the customer their snapshot is ready.
            public static async Task NotifyCustomer(string email)
            {
                await Task.Delay(10);
            }
        }
        """);

    [Fact]
    public Task MissingUsing_IsAdded() => Verify.VerifyAsync(
        """
        class Alerts
        {
            private async void {|INTR101:Send|}() => await System.Threading.Tasks.Task.Yield();
        }
        """,
        """
        using System.Threading.Tasks;

        class Alerts
        {
            private async Task Send() => await System.Threading.Tasks.Task.Yield();
        }
        """);

    [Fact]
    public Task LocalFunction_BecomesAsyncTask() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class CsvExport
        {
            public void Run()
            {
                Write();

                async void {|INTR101:Write|}() => await Task.Delay(1);
            }
        }
        """,
        """
        using System.Threading.Tasks;

        class CsvExport
        {
            public void Run()
            {
                Write();

                async Task Write() => await Task.Delay(1);
            }
        }
        """);

    [Fact]
    public Task FixAll_FixesEveryMethod() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class Mailer
        {
            public async void {|INTR101:SendRoutine|}() => await Task.Yield();
            public async void {|INTR101:SendEmergency|}() => await Task.Yield();
        }
        """,
        """
        using System.Threading.Tasks;

        class Mailer
        {
            public async Task SendRoutine() => await Task.Yield();
            public async Task SendEmergency() => await Task.Yield();
        }
        """);
}

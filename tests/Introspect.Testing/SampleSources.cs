namespace Introspect.Testing;

/// <summary>Small C# files used by the loading and CLI tests.</summary>
public static class SampleSources
{
    /// <summary>One INTR101 finding, at line 5 column 23 (the method name).</summary>
    public const string AsyncVoidHelper = """
        namespace Demo;

        public class SnapshotNotifier
        {
            public async void NotifyCustomer(string email) => await Task.Delay(10);
        }
        """;

    /// <summary>Correct code: nothing to report.</summary>
    public const string AsyncTaskHelper = """
        namespace Demo;

        public class SnapshotNotifier
        {
            public async Task NotifyCustomerAsync(string email) => await Task.Delay(10);
        }
        """;
}

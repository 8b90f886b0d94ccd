namespace Introspect.Analyzers.Knowledge.Cron;

/// <summary>
/// The cron text Hangfire 1.8's <c>Cron.*</c> helpers return for constant arguments (argument order as in Hangfire:
/// <c>Daily(hour, minute)</c>, <c>Weekly(dayOfWeek, hour, minute)</c>); null for a helper or overload not known here.
/// <c>Cron.Daily</c> without parentheses binds the <c>Func&lt;string&gt;</c> overloads: no arguments. The one table for the
/// cron rules and for job discovery in Core; a test keeps it in step with the real helpers.
/// </summary>
internal static class HangfireCronHelpers
{
    public static string? Evaluate(string helper, IReadOnlyList<int> a) => (helper, a.Count) switch
    {
        ("Minutely", 0) => "* * * * *",
        ("Hourly", 0) => "0 * * * *",
        ("Hourly", 1) => $"{a[0]} * * * *",
        ("Daily", 0) => "0 0 * * *",
        ("Daily", 1) => $"0 {a[0]} * * *",
        ("Daily", 2) => $"{a[1]} {a[0]} * * *",
        ("Weekly", 0) => "0 0 * * 1",
        ("Weekly", 1) => $"0 0 * * {a[0]}",
        ("Weekly", 2) => $"0 {a[1]} * * {a[0]}",
        ("Weekly", 3) => $"{a[2]} {a[1]} * * {a[0]}",
        ("Monthly", 0) => "0 0 1 * *",
        ("Monthly", 1) => $"0 0 {a[0]} * *",
        ("Monthly", 2) => $"0 {a[1]} {a[0]} * *",
        ("Monthly", 3) => $"{a[2]} {a[1]} {a[0]} * *",
        ("Yearly", 0) => "0 0 1 1 *",
        ("Yearly", 1) => $"0 0 1 {a[0]} *",
        ("Yearly", 2) => $"0 0 {a[1]} {a[0]} *",
        ("Yearly", 3) => $"0 {a[2]} {a[1]} {a[0]} *",
        ("Yearly", 4) => $"{a[3]} {a[2]} {a[1]} {a[0]} *",
        ("Never", 0) => "0 0 31 2 *",
        ("MinuteInterval", 1) => $"*/{a[0]} * * * *",
        ("HourInterval", 1) => $"0 */{a[0]} * * *",
        ("DayInterval", 1) => $"0 0 */{a[0]} * *",
        ("MonthInterval", 1) => $"0 0 1 */{a[0]} *",
        _ => null,
    };
}

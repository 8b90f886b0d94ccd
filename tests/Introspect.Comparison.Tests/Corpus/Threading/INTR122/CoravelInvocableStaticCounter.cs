// expect: INTR122
// case: a Coravel invocable counting sent reminders in a static field with +=
using System.Threading.Tasks;
using Coravel.Invocable;

namespace Ops.Maintenance;

public interface IReminderSender
{
    Task<int> SendDueRemindersAsync();
}

public static class ReminderStatistics
{
    public static int Sent;
}

public sealed class ReminderMailer(IReminderSender sender) : IInvocable
{
    public async Task Invoke()
    {
        var sent = await sender.SendDueRemindersAsync();
        ReminderStatistics.Sent += sent;
    }
}

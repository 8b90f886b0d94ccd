// expect: none
// case: the Coravel invocable adding sent reminders to a static total with Interlocked.Add
using System.Threading;
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
        Interlocked.Add(ref ReminderStatistics.Sent, sent);
    }
}

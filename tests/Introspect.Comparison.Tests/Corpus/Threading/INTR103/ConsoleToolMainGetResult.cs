// expect: none
// case: a maintenance console tool's Main blocking on its async body
using System;
using System.Threading.Tasks;

namespace Ops.Tools;

public static class ReindexTool
{
    public static int Main(string[] args)
    {
        return RunAsync(args).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string[] args)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(10));
        Console.WriteLine($"Reindexed {args.Length} collections");
        return 0;
    }
}

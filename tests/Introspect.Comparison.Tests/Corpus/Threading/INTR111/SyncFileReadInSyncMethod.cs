// expect: none
// case: File.ReadAllText of a runbook in a synchronous CLI command (not async code)
using System;
using System.IO;

namespace Ops.Tools;

public static class RunbookCommand
{
    public static int Print(string runbookPath)
    {
        if (!File.Exists(runbookPath))
        {
            Console.Error.WriteLine($"No runbook at {runbookPath}");
            return 1;
        }

        Console.WriteLine(File.ReadAllText(runbookPath));
        return 0;
    }
}

// expect: none
// case: Thread.Sleep between retries in a synchronous command-line maintenance tool
using System;
using System.IO;
using System.Threading;

namespace Ops.Tools;

public static class LockFileCleaner
{
    public static bool TryDelete(string path, int attempts)
    {
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                File.Delete(path);
                return true;
            }
            catch (IOException) when (attempt < attempts)
            {
                Thread.Sleep(200 * attempt);
            }
        }

        return false;
    }
}

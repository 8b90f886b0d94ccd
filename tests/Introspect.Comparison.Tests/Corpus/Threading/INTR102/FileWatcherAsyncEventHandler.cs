// expect: none
// case: async lambda subscribed to FileSystemWatcher.Created (a real event), exceptions caught
using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Ops.Ingestion;

public interface IDropFolderImporter
{
    Task ImportAsync(string path);
}

public sealed class DropFolderWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;

    public DropFolderWatcher(string folder, IDropFolderImporter importer, ILogger<DropFolderWatcher> logger)
    {
        _watcher = new FileSystemWatcher(folder, "*.csv");
        _watcher.Created += async (sender, e) =>
        {
            try
            {
                await importer.ImportAsync(e.FullPath);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Import of {Path} failed", e.FullPath);
            }
        };
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose() => _watcher.Dispose();
}

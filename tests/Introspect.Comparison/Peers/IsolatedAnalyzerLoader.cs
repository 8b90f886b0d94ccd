using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Introspect.Comparison.Peers;

/// <summary>
/// Loads one peer's analyzer DLLs into their own load context, so a peer's private dependencies never clash with
/// another peer's or the host's, while Roslyn itself (and the rest of the host) is shared: an analyzer must see the
/// same Microsoft.CodeAnalysis types as the compilation it runs on.
/// </summary>
internal sealed class IsolatedAnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly PeerLoadContext _context;

    public IsolatedAnalyzerLoader(string name) => _context = new PeerLoadContext(name);

    public void AddDependencyLocation(string fullPath) => _context.AddProbingFolder(Path.GetDirectoryName(fullPath)!);

    public Assembly LoadFromPath(string fullPath)
    {
        _context.AddProbingFolder(Path.GetDirectoryName(fullPath)!);
        return _context.LoadFromAssemblyPath(fullPath);
    }

    private sealed class PeerLoadContext(string name) : AssemblyLoadContext(name)
    {
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        public void AddProbingFolder(string folder)
        {
            lock (_gate)
            {
                _folders.Add(folder);
            }
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Whatever the host already has (Roslyn, System.Collections.Immutable, ...) comes from the host.
            if (IsInHost(assemblyName))
            {
                return null;
            }

            string[] folders;
            lock (_gate)
            {
                folders = [.. _folders];
            }

            foreach (var folder in folders)
            {
                var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
                if (File.Exists(candidate))
                {
                    return LoadFromAssemblyPath(candidate);
                }
            }

            return null;
        }

        private static bool IsInHost(AssemblyName assemblyName) =>
            Default.Assemblies.Any(loaded => string.Equals(loaded.GetName().Name, assemblyName.Name, StringComparison.OrdinalIgnoreCase))
            || (assemblyName.Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true
                && !assemblyName.Name.Contains("NetAnalyzers", StringComparison.Ordinal));
    }
}

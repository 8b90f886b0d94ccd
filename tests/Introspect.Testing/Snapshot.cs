using System.Runtime.CompilerServices;

namespace Introspect.Testing;

/// <summary>
/// Approved-file snapshots in Verify's style: <c>Snapshots/&lt;name&gt;.verified.&lt;ext&gt;</c> next to the test is the
/// approved output and is committed; on a mismatch the actual output is written to <c>.received.&lt;ext&gt;</c> and the
/// test fails with a diff. Review the received file and rename it to accept it, or set
/// INTROSPECT_ACCEPT_SNAPSHOTS=1 to accept every received file in one run.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "INTROSPECT_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        Verify(actual, folder, name, extension, Environment.GetEnvironmentVariable(AcceptVariable) == "1");
    }

    public static void Verify(string actual, string folder, string name, string extension, bool accept) =>
        Compare(actual, Path.Combine(folder, $"{name}.verified.{extension}"), Path.Combine(folder, $"{name}.received.{extension}"), accept);

    /// <summary>
    /// The same check for a committed file that is generated, such as a page under docs/: <paramref name="approvedPath"/>
    /// is the approved output, and a mismatch writes <c>&lt;name&gt;.received.&lt;ext&gt;</c> beside it.
    /// </summary>
    public static void VerifyFile(string actual, string approvedPath) =>
        VerifyFile(actual, approvedPath, Environment.GetEnvironmentVariable(AcceptVariable) == "1");

    public static void VerifyFile(string actual, string approvedPath, bool accept)
    {
        var folder = Path.GetDirectoryName(approvedPath)!;
        var receivedPath = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(approvedPath)}.received{Path.GetExtension(approvedPath)}");
        Compare(actual, approvedPath, receivedPath, accept);
    }

    private static void Compare(string actual, string verifiedPath, string receivedPath, bool accept)
    {
        var folder = Path.GetDirectoryName(verifiedPath)!;
        var name = Path.GetFileName(verifiedPath);
        var normalised = Normalise(actual);

        if (File.Exists(verifiedPath) && Normalise(File.ReadAllText(verifiedPath)) == normalised)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        if (accept)
        {
            File.WriteAllText(verifiedPath, normalised);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalised);
        var message = File.Exists(verifiedPath)
            ? $"Snapshot '{name}' differs from {verifiedPath}.{Environment.NewLine}{LineDiff.Describe(Normalise(File.ReadAllText(verifiedPath)), normalised)}"
            : $"Snapshot '{name}' has no approved file yet.";
        throw new SnapshotMismatchException(
            $"{message}{Environment.NewLine}Received: {receivedPath}{Environment.NewLine}" +
            $"If the new output is right, rename it to {Path.GetFileName(verifiedPath)} (or rerun with {AcceptVariable}=1).");
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n");
}

public sealed class SnapshotMismatchException(string message) : Exception(message);

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// Files and folders: System.IO.File and Directory, and FileStream/StreamWriter/StreamReader opened on a path.
/// The resource is the path as the code builds it. Writes through an already open stream are not effects of
/// their own: the open is.
/// </summary>
internal sealed class FileEffects : IEffectClassifier
{
    private const string Io = "System.IO";

    private static readonly string[] ReadPrefixes = ["Read", "Open", "Exists", "Get", "Enumerate"];

    public IEnumerable<ProcessEffect> Classify(CallSite call)
    {
        var method = call.Method;
        var type = method.ContainingType;
        if (method.MethodKind == MethodKind.Constructor)
        {
            return Constructor(call, type);
        }

        if (!method.IsStatic || !(TypeFacts.Is(type, Io, "File") || TypeFacts.Is(type, Io, "Directory")))
        {
            return [];
        }

        // Move/Copy/Replace: the file that exists afterwards is the destination, the resource other jobs would see.
        var paths = call.Arguments.Where(argument => argument.Parameter?.Type.SpecialType == SpecialType.System_String).ToList();
        var destination = method.Name is "Move" or "Copy" or "Replace" && paths.Count > 1 ? paths[1] : paths.FirstOrDefault();
        var path = destination is null ? "file" : CodeText.Value(destination.Value);
        var detail = destination is not null && paths.Count > 1 && destination != paths[0] ? "from " + CodeText.Value(paths[0].Value) : null;
        var access = method.Name == "OpenWrite" ? EffectAccess.Write
            : method.Name == "Open" ? EffectAccess.ReadWrite
            : ReadPrefixes.Any(prefix => method.Name.StartsWith(prefix, StringComparison.Ordinal)) ? EffectAccess.Read
            : EffectAccess.Write;
        return [new ProcessEffect(EffectKind.File, path, access, type.Name + "." + method.Name, detail, call.Location)];
    }

    private static IEnumerable<ProcessEffect> Constructor(CallSite call, INamedTypeSymbol type)
    {
        var path = call.Argument("path");
        if (path is null || path.Type?.SpecialType != SpecialType.System_String)
        {
            return [];
        }

        EffectAccess? access = TypeFacts.Is(type, Io, "FileStream") ? FileStreamAccess(call)
            : TypeFacts.Is(type, Io, "StreamWriter") ? EffectAccess.Write
            : TypeFacts.Is(type, Io, "StreamReader") ? EffectAccess.Read
            : null;
        return access is null
            ? []
            : [new ProcessEffect(EffectKind.File, CodeText.Value(path), access.Value, "new " + type.Name, null, call.Location)];
    }

    private static EffectAccess FileStreamAccess(CallSite call)
    {
        if (call.Argument("access") is { } access && CodeText.Unwrap(access) is IFieldReferenceOperation accessField)
        {
            return accessField.Field.Name switch
            {
                "Read" => EffectAccess.Read,
                "Write" => EffectAccess.Write,
                _ => EffectAccess.ReadWrite,
            };
        }

        // Without an access argument FileStream opens for reading only with FileMode.Open.
        return call.Argument("mode") is { } mode && CodeText.Unwrap(mode) is IFieldReferenceOperation { Field.Name: "Open" }
            ? EffectAccess.ReadWrite
            : EffectAccess.Write;
    }
}

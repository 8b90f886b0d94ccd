using System.Collections.Immutable;

namespace Introspect.Core.Jobs.Process;

public enum EffectKind
{
    Database,
    Http,
    Email,
    File,
    Process,
    Message,
    Job,
}

public enum EffectAccess
{
    None,
    Read,
    Write,
    ReadWrite,
}

/// <summary>
/// Something a call does outside the process. <see cref="Resource"/> is what connects jobs: a table (or the
/// DbContext when the tables are not visible), an HTTP client or host, a path, a message type, a job type.
/// <see cref="Operation"/> is the API member ("ToListAsync", "PostAsJsonAsync"); <see cref="Detail"/> adds
/// SQL text, the HTTP method and URL, or the queue.
/// </summary>
public sealed record ProcessEffect(
    EffectKind Kind,
    string Resource,
    EffectAccess Access,
    string Operation,
    string? Detail,
    SourcePosition? Location);

/// <summary>One resource a job touches, over all its steps: the accesses merged, operations and details listed once.</summary>
public sealed record ResourceUse(
    EffectKind Kind,
    string Resource,
    EffectAccess Access,
    ImmutableArray<string> Operations,
    ImmutableArray<string> Details);

namespace Introspect.Core.Loading;

/// <summary>
/// Something that went wrong while loading one project. A fatal problem means the project was not analysed;
/// the others are warnings (the project was analysed, perhaps with less information).
/// </summary>
public sealed record ProjectLoadProblem(string ProjectName, string? ProjectPath, string Reason, bool IsFatal);

namespace Introspect.Core.Loading;

/// <summary>The input the user named cannot be used; the message says why and what to do.</summary>
public sealed class InputException(string message) : Exception(message);

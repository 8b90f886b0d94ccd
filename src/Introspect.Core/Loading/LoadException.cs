namespace Introspect.Core.Loading;

/// <summary>The input as a whole could not be loaded (not one project of it: all of it).</summary>
public sealed class LoadException(string message, Exception? innerException = null) : Exception(message, innerException);

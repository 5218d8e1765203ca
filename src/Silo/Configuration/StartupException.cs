namespace CodeMySpec.Silo.Configuration;

/// <summary>A reason the process cannot start, worded for the operator: which setting, what is wrong, what to do.</summary>
internal sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);

namespace CodeMySpec.Sessions;

/// <summary>A component a context spec lists under <c>## Components</c>, for which a stub spec is written.</summary>
internal sealed record StubSpec(string ModuleName, string Description);

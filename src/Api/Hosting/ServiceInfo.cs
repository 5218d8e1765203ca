namespace CodeMySpec.Api;

/// <summary>What the service root answers: its name, purpose and where to look next.</summary>
public sealed record ServiceInfo(string Name, string Purpose, IReadOnlyList<string> Links);

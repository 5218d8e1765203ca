namespace CodeMySpec.Architecture;

/// <summary>One stored component, without its edges.</summary>
internal sealed record ComponentRow(
    Guid Id, string Name, string ModuleName, string Type, string? Description, int Priority, Guid? ParentId);

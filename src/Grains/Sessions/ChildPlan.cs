namespace CodeMySpec.Sessions;

/// <summary>A child session a spawn step starts: which workflow on which component.</summary>
internal sealed record ChildPlan(SessionType Type, Guid ComponentId);

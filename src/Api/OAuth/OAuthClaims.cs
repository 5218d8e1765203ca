namespace CodeMySpec.Api.OAuth;

/// <summary>The claims a CodeMySpec token carries besides <c>sub</c>: whose account and project, and what kind of caller.</summary>
public static class OAuthClaims
{
    public const string AccountId = "account_id";
    public const string ProjectId = "project_id";
    public const string Actor = "actor_kind";
    public const string PersonActor = "person";
    public const string AgentActor = "agent";
}

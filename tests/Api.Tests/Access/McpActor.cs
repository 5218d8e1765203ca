namespace CodeMySpec.Api.Tests.Access;

/// <summary>The callers every MCP tool is tried with.</summary>
public enum McpActor
{
    /// <summary>The project's agent client with every scope.</summary>
    OwnAgent,

    /// <summary>The project's agent client with projects:read only.</summary>
    ReadOnlyAgent,

    /// <summary>A member of the project's account, through a token from the authorization code flow.</summary>
    MemberToken,

    /// <summary>The same member with only the sign-in cookie (no token).</summary>
    SignedInMember,

    /// <summary>The agent of another tenant's project, calling this project's endpoint.</summary>
    ForeignAgent,

    Anonymous,
}

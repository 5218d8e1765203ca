namespace CodeMySpec.Projects;

/// <summary>What a caller wants to do inside a project (its stories, architecture, sessions).</summary>
public enum ProjectAccess
{
    /// <summary>Read: members of the owning account, and agent clients granted to the project.</summary>
    Read = 0,

    /// <summary>Change content (stories, components, documents): the same callers as Read.</summary>
    Write = 1,

    /// <summary>Change the project itself (settings, agent clients): owners and admins, signed in.</summary>
    Manage = 2,
}

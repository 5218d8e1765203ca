namespace CodeMySpec.Errors;

/// <summary>What went wrong, in terms a surface maps to a status (HTTP 400/403/404/409, MCP tool error).</summary>
public enum DomainErrorKind
{
    Validation = 0,
    Forbidden = 1,
    NotFound = 2,
    Conflict = 3,
}

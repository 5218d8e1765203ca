namespace CodeMySpec.Api.Tests.Access;

/// <summary>The callers every endpoint is tried with.</summary>
public enum Actor
{
    Owner,
    Admin,
    Member,
    Outsider,
    OwnAgent,
    ForeignAgent,
    Anonymous,
}

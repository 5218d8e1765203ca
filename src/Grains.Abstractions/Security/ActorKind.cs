namespace CodeMySpec.Security;

/// <summary>The kinds of caller a <see cref="Scope"/> can carry.</summary>
public enum ActorKind
{
    Person = 0,
    AgentClient = 1,
}

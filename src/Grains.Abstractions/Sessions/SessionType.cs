namespace CodeMySpec.Sessions;

/// <summary>The workflows of DOMAIN.md §7; sent and stored as <c>component_spec</c>, <c>context_spec</c>, ….</summary>
public enum SessionType
{
    ComponentSpec = 0,
    ContextSpec = 1,
    ComponentTest = 2,
    ComponentCode = 3,
    ContextComponentSpecs = 4,
    ContextImplementation = 5,
    ContextDesignReview = 6,
}

namespace CodeMySpec.Documents;

/// <summary>The kinds of Markdown document the service validates (DOMAIN.md §6).</summary>
public enum DocumentType
{
    Spec = 0,
    Schema = 1,
    ContextSpec = 2,
    DesignReview = 3,
}

using CodeMySpec.Security;

namespace CodeMySpec.Documents;

/// <summary>
/// Validates documents and describes their formats for one project (key: project id). It holds no state;
/// it exists so surfaces reach the document engine through the project's authorization.
/// </summary>
[Alias("CodeMySpec.Documents.IDocumentsGrain")]
public interface IDocumentsGrain : IGrainWithGuidKey
{
    /// <summary>Validates a Markdown document as the given type (read access to the project).</summary>
    [Alias("Validate")]
    Task<DocumentValidation> ValidateAsync(Scope scope, DocumentType type, string content);

    /// <summary>Returns the format of a document type, as prompts show it (read access to the project).</summary>
    [Alias("GetSpecification")]
    Task<DocumentSpecification> GetSpecificationAsync(Scope scope, DocumentType type);
}

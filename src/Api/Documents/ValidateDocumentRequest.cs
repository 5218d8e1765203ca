namespace CodeMySpec.Api.Documents;

/// <summary>Body of POST /api/projects/{projectId}/documents/validate.</summary>
/// <param name="DocumentType">spec, schema, context_spec or design_review.</param>
/// <param name="Content">The Markdown document.</param>
public sealed record ValidateDocumentRequest(string? DocumentType, string? Content);

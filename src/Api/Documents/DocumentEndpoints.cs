using System.Text;
using CodeMySpec.Api.Projects;
using CodeMySpec.Documents;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CodeMySpec.Api.Documents;

/// <summary>
/// Document validation and document formats, inside the project route group: the engine is pure, but who may
/// use it is decided by the project, like every other project route.
/// </summary>
internal static class DocumentEndpoints
{
    // A JSON string can be several times its decoded size (\u escapes); the decoded limit is checked below.
    private const long MaxRequestBytes = 8L * DocumentLimits.MaxBytes;

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder project)
    {
        project.MapPost("/documents/validate", ValidateAsync)
            .WithTags("Documents")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithSummary("Validate a Markdown document as spec, schema, context_spec or design_review (members; tokens for this project with projects:read).");
        project.MapGet("/document-types/{documentType}/specification", GetSpecificationAsync)
            .WithTags("Documents")
            .WithSummary("The format of a document type, as prompts tell agents (members; tokens for this project with projects:read).");
        return project;
    }

    private static async Task<Results<Ok<DocumentValidation>, ProblemHttpResult>> ValidateAsync(
        Guid projectId, ValidateDocumentRequest body, HttpContext http, IGrainFactory grains)
    {
        var scope = await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId);
        // Authorize before looking at the body, so a caller without access learns nothing, not even "too large".
        await grains.GetGrain<IProjectGrain>(projectId).AuthorizeAsync(scope, ProjectAccess.Read);
        var type = ParseType(body.DocumentType, "document_type");
        if (body.Content is null)
        {
            throw DomainException.Invalid("content", "Send the Markdown document in 'content'.");
        }

        var bytes = Encoding.UTF8.GetByteCount(body.Content);
        if (bytes > DocumentLimits.MaxBytes)
        {
            return TypedResults.Problem(
                $"The document is {bytes} bytes; the limit is {DocumentLimits.MaxBytes} bytes (256 KB). Split the module or shorten the document.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Document too large.");
        }

        return TypedResults.Ok(await grains.GetGrain<IDocumentsGrain>(projectId).ValidateAsync(scope, type, body.Content));
    }

    private static async Task<Ok<DocumentSpecification>> GetSpecificationAsync(Guid projectId, string documentType, HttpContext http, IGrainFactory grains)
    {
        var scope = await ProjectEndpoints.ScopeForProjectAsync(http, grains, projectId);
        await grains.GetGrain<IProjectGrain>(projectId).AuthorizeAsync(scope, ProjectAccess.Read);
        var type = ParseType(documentType, "document_type");
        return TypedResults.Ok(await grains.GetGrain<IDocumentsGrain>(projectId).GetSpecificationAsync(scope, type));
    }

    private static DocumentType ParseType(string? name, string field) =>
        DocumentTypes.TryParse(name, out var type)
            ? type
            : throw DomainException.Invalid(field, $"'{name}' is not a document type; use one of: {string.Join(", ", DocumentTypes.Names)}.");
}

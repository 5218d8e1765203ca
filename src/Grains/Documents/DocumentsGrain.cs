using CodeMySpec.Projects;
using CodeMySpec.Security;
using Orleans.Concurrency;

namespace CodeMySpec.Documents;

/// <summary>
/// Runs the document engine behind the project's authorization. Stateless: validation is pure, so any
/// silo may run any number of these in parallel.
/// </summary>
[StatelessWorker]
internal sealed class DocumentsGrain : Grain, IDocumentsGrain
{
    public async Task<DocumentValidation> ValidateAsync(Scope scope, DocumentType type, string content)
    {
        await AuthorizeAsync(scope);
        return DocumentEngine.Validate(type, content);
    }

    public async Task<DocumentSpecification> GetSpecificationAsync(Scope scope, DocumentType type)
    {
        await AuthorizeAsync(scope);
        return SpecificationRenderer.Render(type);
    }

    private Task AuthorizeAsync(Scope scope) =>
        GrainFactory.GetGrain<IProjectGrain>(this.GetPrimaryKey()).AuthorizeAsync(scope, ProjectAccess.Read);
}

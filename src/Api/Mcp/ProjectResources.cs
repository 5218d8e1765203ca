using System.ComponentModel;
using CodeMySpec.Documents;
using CodeMySpec.Stories;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>Documents an agent reads as resources: the project's stories file and the document formats it must write.</summary>
[McpServerResourceType]
internal sealed class ProjectResources(McpProject project)
{
    public const string UserStoriesUri = "codemyspec://project/user_stories.md";

    [McpServerResource(UriTemplate = UserStoriesUri, Name = "user_stories.md", Title = "The project's user stories", MimeType = "text/markdown")]
    [Description("Every story of the project with its acceptance criteria, as user_stories.md (the same format import reads).")]
    public Task<string> UserStories() => project.Grains.GetGrain<IStoryMarkdownGrain>(project.Id).ExportAsync(project.Read());

    [McpServerResource(UriTemplate = "codemyspec://document-types/spec/specification", Name = "spec specification", MimeType = "text/markdown")]
    [Description("The format of a module's spec document: required sections and how each is written.")]
    public Task<string> SpecFormat() => SpecificationAsync(DocumentType.Spec);

    [McpServerResource(UriTemplate = "codemyspec://document-types/schema/specification", Name = "schema specification", MimeType = "text/markdown")]
    [Description("The format of a schema's spec document.")]
    public Task<string> SchemaFormat() => SpecificationAsync(DocumentType.Schema);

    [McpServerResource(UriTemplate = "codemyspec://document-types/context_spec/specification", Name = "context_spec specification", MimeType = "text/markdown")]
    [Description("The format of a bounded context's spec document.")]
    public Task<string> ContextSpecFormat() => SpecificationAsync(DocumentType.ContextSpec);

    [McpServerResource(UriTemplate = "codemyspec://document-types/design_review/specification", Name = "design_review specification", MimeType = "text/markdown")]
    [Description("The format of a design review document.")]
    public Task<string> DesignReviewFormat() => SpecificationAsync(DocumentType.DesignReview);

    private async Task<string> SpecificationAsync(DocumentType type) =>
        (await project.Grains.GetGrain<IDocumentsGrain>(project.Id).GetSpecificationAsync(project.Read(), type)).Text;
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CodeMySpec.Errors;
using CodeMySpec.Stories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CodeMySpec.Api.Stories;

/// <summary>
/// <c>user_stories.md</c> in and out. Import takes the file itself (<c>text/markdown</c> or <c>text/plain</c>) or
/// JSON <c>{ "markdown": "..." }</c>, at most 1 MB, and is all or nothing: any error, or any title the project
/// already has, refuses the whole file.
/// </summary>
internal static class StoryMarkdownEndpoints
{
    private const int MaxImportCharacters = 1_048_576;

    public static RouteGroupBuilder MapStoryMarkdown(this RouteGroupBuilder stories)
    {
        stories.MapPost("/import", ImportAsync)
            .Accepts<ImportStoriesRequest>("application/json", "text/markdown", "text/plain")
            .WithSummary("Import user_stories.md, sent as text/markdown or as JSON { \"markdown\": \"...\" }; all stories or none (errors name their line).");
        stories.MapGet("/export", ExportAsync).WithSummary("The project's stories as user_stories.md (text/markdown).");
        return stories;
    }

    private static async Task<Created<StoryImport>> ImportAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var scope = await StoryEndpoints.ScopeAsync(http, grains, projectId, write: true);
        var imported = await grains.GetGrain<IStoryMarkdownGrain>(projectId).ImportAsync(scope, await ReadMarkdownAsync(http));
        return TypedResults.Created($"/api/projects/{projectId}/stories", imported);
    }

    private static async Task<string> ReadMarkdownAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.HasJsonContentType())
        {
            try
            {
                var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
                return (await request.ReadFromJsonAsync<ImportStoriesRequest>(options))?.Markdown ?? "";
            }
            catch (JsonException e)
            {
                throw DomainException.Invalid("markdown", $"The JSON body is malformed ({e.Message}); send {{ \"markdown\": \"...\" }} or the file as text/markdown.");
            }
        }

        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType : null;
        if (mediaType is not ("text/markdown" or "text/plain" or "text/x-markdown"))
        {
            throw DomainException.Invalid("content_type", "Send the file as text/markdown, or JSON { \"markdown\": \"...\" }.");
        }

        // Read one character past the limit so the engine can say the file is too large, without reading all of it.
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxImportCharacters + 1];
        var read = await reader.ReadBlockAsync(buffer);
        return new string(buffer, 0, read);
    }

    private static async Task<ContentHttpResult> ExportAsync(Guid projectId, HttpContext http, IGrainFactory grains)
    {
        var scope = await StoryEndpoints.ScopeAsync(http, grains, projectId, write: false);
        var markdown = await grains.GetGrain<IStoryMarkdownGrain>(projectId).ExportAsync(scope);
        return TypedResults.Text(markdown, "text/markdown; charset=utf-8");
    }
}

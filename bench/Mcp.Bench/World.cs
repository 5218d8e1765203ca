namespace CodeMySpec.Bench.Mcp;

/// <summary>What the benchmark needs on the service, set up as a user and an agent would: a person, a team, a
/// project and an agent client over REST, a client-credentials token, and one story created with the
/// <c>create_story</c> tool.</summary>
internal sealed record World(Guid ProjectId, string AccessToken, Guid StoryId, string StoryTitle)
{
    public string McpPath => $"/mcp/projects/{ProjectId}";

    public static async Task<World> CreateAsync(Uri baseUrl, HttpClient http)
    {
        using var tenant = await BenchTenant.CreateAsync(baseUrl, "MCP benchmark.");
        var (projectId, token) = (tenant.ProjectId, tenant.AccessToken);

        const string title = "Read a story through MCP";
        var create = new McpCall("setup", "create_story", $"/mcp/projects/{projectId}", token, "tools/call", new
        {
            name = "create_story",
            arguments = new
            {
                title,
                description = "As an agent I want to read a story so that I can work on it.",
                acceptance_criteria = new[] { "The story's title is returned", "Its criteria are returned in order" },
            },
        }, _ => null);
        using var response = await http.SendAsync(create.NewRequest());
        var body = await response.Content.ReadAsByteArrayAsync();
        if (create.Check(response, body) is { } problem)
        {
            throw new InvalidOperationException($"create_story failed: {problem}");
        }

        using var answer = JsonRpcAnswer.Parse(response.Content.Headers.ContentType?.MediaType, body)!;
        var story = answer.RootElement.GetProperty("result").GetProperty("structuredContent");
        return new World(projectId, token, story.GetProperty("id").GetGuid(), story.GetProperty("title").GetString()!);
    }
}

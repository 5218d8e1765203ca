using System.Net.Http.Json;
using static CodeMySpec.Api.Tests.Access.Actor;

namespace CodeMySpec.Api.Tests.Access;

/// <summary>Every API endpoint × every kind of caller: allowed or denied. An endpoint without a row fails the test.</summary>
public static class AccessMatrix
{
    private static readonly Actor[] Everyone = Enum.GetValues<Actor>();
    private static readonly Actor[] People = [Owner, Admin, Member, Outsider];
    private static readonly Actor[] Managers = [Owner, Admin];
    private static readonly Actor[] Members = [Owner, Admin, Member];
    private static readonly Actor[] ProjectContent = [Owner, Admin, Member, OwnAgent];
    private static readonly Actor[] ProjectReaders = [Owner, Admin, Member, OwnAgent];
    private static readonly Actor[] ContentUsers = [Owner, Admin, Member, OwnAgent];

    public static readonly IReadOnlyList<AccessRule> Rules =
    [
        Rule("POST /api/auth/register", Everyone, (w, a) => Post("/api/auth/register", new { email = NewEmail(), password = "correct horse battery" })),
        Rule("POST /api/auth/login", Everyone, (w, a) => Post("/api/auth/login", new { email = w.Owner.Email, password = w.Owner.Password })),
        Rule("POST /api/auth/logout", Everyone, (w, a) => Post("/api/auth/logout", new { })),
        Rule("POST /api/auth/password", People, (w, a) => Post("/api/auth/password", new { current_password = PasswordOf(w, a), new_password = PasswordOf(w, a) })),
        Rule("GET /api/me", Everyone.Except([Anonymous]), (w, a) => Get("/api/me")),

        Rule("POST /api/accounts", People, (w, a) => Post("/api/accounts", new { name = "New team", slug = "t-" + Guid.NewGuid().ToString("N")[..12] })),
        Rule("GET /api/accounts/{accountId}", Members, (w, a) => Get($"/api/accounts/{w.AccountId}")),
        Rule("PATCH /api/accounts/{accountId}", Managers, (w, a) => Send(HttpMethod.Patch, $"/api/accounts/{w.AccountId}", new { name = "Acme Agency" })),
        Rule("DELETE /api/accounts/{accountId}", [Owner], async (w, a) => Delete($"/api/accounts/{await w.FreshAccountAsync()}")),
        Rule("GET /api/accounts/{accountId}/members", Members, (w, a) => Get($"/api/accounts/{w.AccountId}/members")),
        Rule("POST /api/accounts/{accountId}/members", Managers, async (w, a) =>
            Post($"/api/accounts/{w.AccountId}/members", new { email = (await w.Service.RegisterAsync()).Email, role = "member" })),
        Rule("PUT /api/accounts/{accountId}/members/{userId}", Managers, async (w, a) =>
            Send(HttpMethod.Put, $"/api/accounts/{w.AccountId}/members/{(await w.FreshMemberAsync()).UserId}", new { role = "admin" })),
        Rule("DELETE /api/accounts/{accountId}/members/{userId}", Managers, async (w, a) =>
            Delete($"/api/accounts/{w.AccountId}/members/{(await w.FreshMemberAsync()).UserId}")),

        Rule("POST /api/accounts/{accountId}/invitations", Managers, (w, a) => Post($"/api/accounts/{w.AccountId}/invitations", new { email = NewEmail(), role = "member" })),
        Rule("GET /api/accounts/{accountId}/invitations", Managers, (w, a) => Get($"/api/accounts/{w.AccountId}/invitations")),
        Rule("DELETE /api/accounts/{accountId}/invitations/{invitationId}", Managers, async (w, a) =>
            Delete($"/api/accounts/{w.AccountId}/invitations/{await w.FreshInvitationAsync(w.AccountId, NewEmail())}")),
        Rule("POST /api/invitations/accept", People, async (w, a) =>
            Post("/api/invitations/accept", new { token = await w.FreshInvitationTokenAsync(w.People.TryGetValue(a, out var p) ? p.Email : NewEmail()) })),

        Rule("POST /api/accounts/{accountId}/projects", Managers, (w, a) => Post($"/api/accounts/{w.AccountId}/projects", new { name = "Blog", module_name = "Blog" })),
        Rule("GET /api/accounts/{accountId}/projects", Members, (w, a) => Get($"/api/accounts/{w.AccountId}/projects")),
        Rule("GET /api/projects/{projectId}", ProjectReaders, (w, a) => Get($"/api/projects/{w.ProjectId}")),
        Rule("PUT /api/projects/{projectId}", Managers, (w, a) =>
            Send(HttpMethod.Put, $"/api/projects/{w.ProjectId}", new { name = "Shop", module_name = "Shop", description = "A bakery shop." })),
        Rule("DELETE /api/projects/{projectId}", Managers, async (w, a) => Delete($"/api/projects/{await w.Owner.CreateProjectAsync(w.AccountId, "Doomed")}")),
        Rule("POST /api/projects/{projectId}/agent-clients", Managers, (w, a) => Post($"/api/projects/{w.ProjectId}/agent-clients", new { name = "Another agent" })),
        Rule("GET /api/projects/{projectId}/agent-clients", Members, (w, a) => Get($"/api/projects/{w.ProjectId}/agent-clients")),
        Rule("DELETE /api/projects/{projectId}/agent-clients/{clientId}", Managers, async (w, a) =>
            Delete($"/api/projects/{w.ProjectId}/agent-clients/{(await w.Owner.CreateAgentClientAsync(w.ProjectId)).ClientId}")),

        .. ArchitectureRules,
        .. CoordinatorRules,
    ];

    /// <summary>The coordinator: members and the project's own agent report, read and claim; only signed-in owners and admins approve designs.</summary>
    private static IEnumerable<AccessRule> CoordinatorRules =>
    [
        Rule("POST /api/projects/{projectId}/coordinator/sync", ContentUsers, (w, a) => Post(w.Coordinator("/sync"), new { added = new[] { "lib/shop.ex" } })),
        Rule("POST /api/projects/{projectId}/coordinator/test-results", ContentUsers, (w, a) =>
            Post(w.Coordinator("/test-results"), new { report = "<testsuite name=\"s\"><testcase name=\"t\" file=\"test/shop_test.exs\"/></testsuite>" })),
        Rule("GET /api/projects/{projectId}/coordinator/requirements", ContentUsers, (w, a) => Get(w.Coordinator("/requirements"))),
        Rule("GET /api/projects/{projectId}/coordinator/components/{componentId}/requirements", ContentUsers, async (w, a) =>
            Get(w.Coordinator($"/components/{(await w.FreshComponentAsync()).Id}/requirements"))),
        Rule("GET /api/projects/{projectId}/coordinator/next-actions", ContentUsers, (w, a) => Get(w.Coordinator("/next-actions?limit=5"))),
        Rule("GET /api/projects/{projectId}/coordinator/criteria", ContentUsers, (w, a) => Get(w.Coordinator("/criteria"))),
        Rule("GET /api/projects/{projectId}/coordinator/claims", ContentUsers, (w, a) => Get(w.Coordinator("/claims"))),
        Rule("POST /api/projects/{projectId}/coordinator/claims", ContentUsers, async (w, a) =>
        {
            await w.FreshComponentAsync();
            return Post(w.Coordinator("/claims"), new { });
        }),
        Rule("POST /api/projects/{projectId}/coordinator/claims/{claimId}/extend", ContentUsers, async (w, a) =>
            Post(w.Coordinator($"/claims/{await w.FreshClaimAsync(a)}/extend"), new { })),
        Rule("POST /api/projects/{projectId}/coordinator/claims/{claimId}/release", ContentUsers, async (w, a) =>
            Post(w.Coordinator($"/claims/{await w.FreshClaimAsync(a)}/release"), new { })),
        Rule("POST /api/projects/{projectId}/coordinator/claims/{claimId}/complete", ContentUsers, async (w, a) =>
            Post(w.Coordinator($"/claims/{await w.FreshClaimAsync(a)}/complete"), new { })),
        Rule("PUT /api/projects/{projectId}/coordinator/components/{componentId}/approval", Managers, async (w, a) =>
            Send(HttpMethod.Put, w.Coordinator($"/components/{await w.FreshSpecAsync()}/approval"), new { })),
        Rule("DELETE /api/projects/{projectId}/coordinator/components/{componentId}/approval", Managers, async (w, a) =>
            Delete(w.Coordinator($"/components/{await w.FreshSpecAsync()}/approval"))),
    ];

    private static IEnumerable<AccessRule> ArchitectureRules =>
    [
        Rule("GET /api/projects/{projectId}/architecture/components", ProjectContent, (w, a) => Get(w.Architecture("/components"))),
        Rule("POST /api/projects/{projectId}/architecture/components", ProjectContent, (w, a) =>
            Post(w.Architecture("/components"), new { name = "Orders", module_name = ArchitectureTargets.NewModule(), type = "context" })),
        Rule("POST /api/projects/{projectId}/architecture/components/batch", ProjectContent, (w, a) =>
        {
            var (first, second) = (ArchitectureTargets.NewModule(), ArchitectureTargets.NewModule());
            return Post(w.Architecture("/components/batch"), new
            {
                components = new object[]
                {
                    new { name = "A", module_name = first, type = "context" },
                    new { name = "B", module_name = second, type = "schema", depends_on = new[] { first }, parent_module_name = first },
                },
            });
        }),
        Rule("GET /api/projects/{projectId}/architecture/components/{componentId}", ProjectContent, async (w, a) =>
            Get(w.Architecture($"/components/{(await w.FreshComponentAsync()).Id}"))),
        Rule("PUT /api/projects/{projectId}/architecture/components/{componentId}", ProjectContent, async (w, a) =>
        {
            var (id, module) = await w.FreshComponentAsync();
            return Send(HttpMethod.Put, w.Architecture($"/components/{id}"), new { name = "Renamed", module_name = module, type = "service", priority = 2 });
        }),
        Rule("DELETE /api/projects/{projectId}/architecture/components/{componentId}", ProjectContent, async (w, a) =>
            Delete(w.Architecture($"/components/{(await w.FreshComponentAsync()).Id}"))),
        Rule("PUT /api/projects/{projectId}/architecture/components/{componentId}/parent", ProjectContent, async (w, a) =>
            Send(HttpMethod.Put, w.Architecture($"/components/{(await w.FreshComponentAsync()).Id}/parent"), new { parent_component_id = (await w.FreshComponentAsync()).Id })),
        Rule("GET /api/projects/{projectId}/architecture/components/{componentId}/impact", ProjectContent, async (w, a) =>
            Get(w.Architecture($"/components/{(await w.FreshComponentAsync()).Id}/impact"))),
        Rule("GET /api/projects/{projectId}/architecture/stories/{storyId}/impact", ProjectContent, async (w, a) =>
            Get(w.Architecture($"/stories/{await w.FreshLinkedStoryAsync()}/impact"))),
        Rule("POST /api/projects/{projectId}/architecture/dependencies", ProjectContent, async (w, a) =>
            Post(w.Architecture("/dependencies"), new { source_component_id = (await w.FreshComponentAsync()).Id, target_component_id = (await w.FreshComponentAsync()).Id })),
        Rule("POST /api/projects/{projectId}/architecture/dependencies/batch", ProjectContent, async (w, a) =>
            Post(w.Architecture("/dependencies/batch"), new { dependencies = new[] { new { source = (await w.FreshComponentAsync()).Module, target = (await w.FreshComponentAsync()).Module } } })),
        Rule("DELETE /api/projects/{projectId}/architecture/dependencies/{sourceId}/{targetId}", ProjectContent, async (w, a) =>
        {
            var (source, target) = await w.FreshDependencyAsync();
            return Delete(w.Architecture($"/dependencies/{source}/{target}"));
        }),
        Rule("POST /api/projects/{projectId}/architecture/similar", ProjectContent, async (w, a) =>
            Post(w.Architecture("/similar"), new { component_id = (await w.FreshComponentAsync()).Id, similar_component_id = (await w.FreshComponentAsync()).Id })),
        Rule("DELETE /api/projects/{projectId}/architecture/similar/{componentId}/{similarComponentId}", ProjectContent, async (w, a) =>
        {
            var (first, second) = await w.FreshSimilarAsync();
            return Delete(w.Architecture($"/similar/{first}/{second}"));
        }),
        Rule("GET /api/projects/{projectId}/architecture/view", ProjectContent, (w, a) => Get(w.Architecture("/view"))),
        Rule("GET /api/projects/{projectId}/architecture/health", ProjectContent, (w, a) => Get(w.Architecture("/health"))),
        Rule("GET /api/projects/{projectId}/architecture/statistics", ProjectContent, (w, a) => Get(w.Architecture("/statistics"))),
        Rule("GET /api/projects/{projectId}/architecture/orphaned-contexts", ProjectContent, (w, a) => Get(w.Architecture("/orphaned-contexts"))),
        Rule("GET /api/projects/{projectId}/architecture/dependency-order", ProjectContent, (w, a) => Get(w.Architecture("/dependency-order"))),
        Rule("GET /api/projects/{projectId}/architecture/validate", ProjectContent, (w, a) => Get(w.Architecture("/validate"))),
        Rule("POST /api/projects/{projectId}/documents/validate", ProjectReaders, (w, a) =>
            Post($"/api/projects/{w.ProjectId}/documents/validate", new { document_type = "spec", content = "# Shop.Cart\n\n## Dependencies\nNone\n" })),
        Rule("GET /api/projects/{projectId}/document-types/{documentType}/specification", ProjectReaders, (w, a) =>
            Get($"/api/projects/{w.ProjectId}/document-types/context_spec/specification")),
        .. SpecRules,
        Rule("GET /api/projects/{projectId}/prompts/{persona}", ProjectReaders, (w, a) => Get($"/api/projects/{w.ProjectId}/prompts/context_design_review")),
        .. StoryRules,
    ];

    /// <summary>Specs and the component view: the project's members and its own agent read and write.</summary>
    private static IEnumerable<AccessRule> SpecRules =>
    [
        Rule("PUT /api/projects/{projectId}/components/{componentId}/spec", ProjectContent, async (w, a) =>
        {
            var (id, module) = await w.FreshComponentAsync();
            return Send(HttpMethod.Put, $"/api/projects/{w.ProjectId}/components/{id}/spec", new { content = ArchitectureTargets.ContextSpec(module) });
        }),
        Rule("GET /api/projects/{projectId}/components/{componentId}/spec", ProjectContent, async (w, a) =>
            Get($"/api/projects/{w.ProjectId}/components/{await w.FreshSpecAsync()}/spec")),
        Rule("GET /api/projects/{projectId}/specs", ProjectContent, (w, a) => Get($"/api/projects/{w.ProjectId}/specs")),
        Rule("GET /api/projects/{projectId}/components/{componentId}/view", ProjectContent, async (w, a) =>
            Get($"/api/projects/{w.ProjectId}/components/{(await w.FreshComponentAsync()).Id}/view")),
    ];

    /// <summary>Stories: members and the project's own agent read and write; only people verify; everyone else is denied.</summary>
    private static IEnumerable<AccessRule> StoryRules =>
    [
        Rule("POST /api/projects/{projectId}/stories", ContentUsers, (w, a) =>
            Post($"/api/projects/{w.ProjectId}/stories", new { title = NewTitle(), description = "As a shopper I pay.", criteria = new[] { "Pays" } })),
        Rule("GET /api/projects/{projectId}/stories", ContentUsers, (w, a) => Get($"/api/projects/{w.ProjectId}/stories?limit=5&offset=0&search=shopper")),
        Rule("GET /api/projects/{projectId}/stories/titles", ContentUsers, (w, a) => Get($"/api/projects/{w.ProjectId}/stories/titles")),
        Rule("GET /api/projects/{projectId}/stories/{storyId}", ContentUsers, async (w, a) => Get(await w.FreshStoryPathAsync())),
        Rule("PATCH /api/projects/{projectId}/stories/{storyId}", ContentUsers, async (w, a) =>
            Send(HttpMethod.Patch, await w.FreshStoryPathAsync(), new { priority = 2, status = "dirty" })),
        Rule("DELETE /api/projects/{projectId}/stories/{storyId}", ContentUsers, async (w, a) => Delete(await w.FreshStoryPathAsync())),
        Rule("GET /api/projects/{projectId}/stories/{storyId}/history", ContentUsers, async (w, a) => Get($"{await w.FreshStoryPathAsync()}/history")),
        Rule("PUT /api/projects/{projectId}/stories/{storyId}/component", ContentUsers, async (w, a) =>
            Send(HttpMethod.Put, $"{await w.FreshStoryPathAsync()}/component", new { component_id = Guid.NewGuid() })),
        Rule("DELETE /api/projects/{projectId}/stories/{storyId}/component", ContentUsers, async (w, a) => Delete($"{await w.FreshStoryPathAsync()}/component")),
        Rule("POST /api/projects/{projectId}/stories/{storyId}/criteria", ContentUsers, async (w, a) =>
            Post($"{await w.FreshStoryPathAsync()}/criteria", new { description = "Gets a receipt" })),
        Rule("PUT /api/projects/{projectId}/stories/{storyId}/criteria/order", ContentUsers, async (w, a) =>
        {
            var (path, criterionId) = await w.FreshCriterionAsync();
            return Send(HttpMethod.Put, $"{path}/criteria/order", new { criterion_ids = new[] { criterionId } });
        }),
        Rule("PUT /api/projects/{projectId}/stories/{storyId}/criteria/{criterionId}", ContentUsers, async (w, a) =>
            Send(HttpMethod.Put, await w.FreshCriterionPathAsync(), new { description = "Pays by card" })),
        Rule("DELETE /api/projects/{projectId}/stories/{storyId}/criteria/{criterionId}", ContentUsers, async (w, a) => Delete(await w.FreshCriterionPathAsync())),
        Rule("POST /api/projects/{projectId}/stories/{storyId}/criteria/{criterionId}/verify", Members, async (w, a) =>
            Post($"{await w.FreshCriterionPathAsync()}/verify", new { })),
        Rule("POST /api/projects/{projectId}/stories/{storyId}/criteria/{criterionId}/unverify", Members, async (w, a) =>
            Post($"{await w.FreshCriterionPathAsync(verified: true)}/unverify", new { })),
        Rule("POST /api/projects/{projectId}/stories/import", ContentUsers, (w, a) =>
            Post($"/api/projects/{w.ProjectId}/stories/import", new { markdown = $"# Shop\n\n## {NewTitle()}\nAs a shopper I pay.\n\n**Acceptance Criteria**\n- Pays\n" })),
        Rule("GET /api/projects/{projectId}/stories/export", ContentUsers, (w, a) => Get($"/api/projects/{w.ProjectId}/stories/export")),

        Rule("POST /api/projects/{projectId}/sessions", ContentUsers, async (w, a) =>
            Post(w.Sessions(), new { type = "context_spec", component_id = (await w.FreshComponentAsync()).Id })),
        Rule("GET /api/projects/{projectId}/sessions", ContentUsers, (w, a) => Get(w.Sessions("?status=active"))),
        Rule("GET /api/projects/{projectId}/sessions/{sessionId}", ContentUsers, async (w, a) => Get(await w.FreshSessionPathAsync())),
        Rule("POST /api/projects/{projectId}/sessions/{sessionId}/next-command", ContentUsers, async (w, a) => Post($"{await w.FreshSessionPathAsync()}/next-command", new { })),
        Rule("POST /api/projects/{projectId}/sessions/{sessionId}/interactions/{interactionId}/result", ContentUsers, async (w, a) =>
            Post($"{await w.FreshInteractionPathAsync()}/result", new { status = "ok", stdout = "" })),
        Rule("POST /api/projects/{projectId}/sessions/{sessionId}/interactions/{interactionId}/events", ContentUsers, async (w, a) =>
            Post($"{await w.FreshInteractionPathAsync()}/events", new { event_type = "session_start", data = new { session_id = "conv-1" } })),
        Rule("POST /api/projects/{projectId}/sessions/{sessionId}/cancel", ContentUsers, async (w, a) => Post($"{await w.FreshSessionPathAsync()}/cancel", new { })),
    ];

    private static AccessRule Rule(string endpoint, IEnumerable<Actor> allowed, Func<AccessWorld, Actor, HttpRequestMessage> build) =>
        new(endpoint, allowed.ToHashSet(), (w, a) => Task.FromResult(build(w, a)));

    private static AccessRule Rule(string endpoint, IEnumerable<Actor> allowed, Func<AccessWorld, Actor, Task<HttpRequestMessage>> build) =>
        new(endpoint, allowed.ToHashSet(), build);

    private static string NewTitle() => $"Story {Guid.NewGuid():N}";

    private static string NewEmail() => $"n{Guid.NewGuid():N}@example.com";

    private static string PasswordOf(AccessWorld world, Actor actor) => world.People.TryGetValue(actor, out var person) ? person.Password : "irrelevant password";

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Delete(string path) => new(HttpMethod.Delete, path);

    private static HttpRequestMessage Post(string path, object body) => Send(HttpMethod.Post, path, body);

    private static HttpRequestMessage Send(HttpMethod method, string path, object body) => new(method, path) { Content = JsonContent.Create(body) };
}

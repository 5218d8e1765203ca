using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Access;

/// <summary>
/// One team account with an owner, an admin and a member, a project with its own agent client; and another
/// tenant (a person and an agent of their project). Rows build fresh targets for anything destructive.
/// </summary>
public sealed class AccessWorld
{
    private readonly Dictionary<Actor, HttpClient> _clients = [];
    private readonly Dictionary<Actor, string> _tokens = [];

    private AccessWorld(ServiceFixture service, Person owner, Person admin, Person member, Person outsider)
    {
        Service = service;
        Owner = owner;
        People = new() { [Actor.Owner] = owner, [Actor.Admin] = admin, [Actor.Member] = member, [Actor.Outsider] = outsider };
    }

    public ServiceFixture Service { get; }

    public Person Owner { get; }

    public Dictionary<Actor, Person> People { get; }

    public Guid AccountId { get; private set; }

    public Guid ProjectId { get; private set; }

    public string OwnAgentClientId { get; private set; } = "";

    public static async Task<AccessWorld> CreateAsync(ServiceFixture service)
    {
        var world = new AccessWorld(service, await service.RegisterAsync(), await service.RegisterAsync(), await service.RegisterAsync(), await service.RegisterAsync());
        world.AccountId = await world.FreshAccountAsync();
        world.ProjectId = await world.Owner.CreateProjectAsync(world.AccountId);
        var (ownId, ownSecret) = await world.Owner.CreateAgentClientAsync(world.ProjectId);
        world.OwnAgentClientId = ownId;
        var outsider = world.People[Actor.Outsider];
        var foreignProject = await outsider.CreateProjectAsync(await outsider.CreateTeamAsync());
        var (foreignId, foreignSecret) = await outsider.CreateAgentClientAsync(foreignProject);

        foreach (var (actor, person) in world.People)
        {
            world._clients[actor] = person.Http;
        }

        world._tokens[Actor.OwnAgent] = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), ownId, ownSecret);
        world._tokens[Actor.ForeignAgent] = await OAuthClient.ClientCredentialsAsync(service.Anonymous(), foreignId, foreignSecret);
        foreach (var (actor, token) in world._tokens)
        {
            world._clients[actor] = Person.WithBearer(service.BaseUrl, token);
        }

        world._clients[Actor.Anonymous] = service.Anonymous();
        return world;
    }

    public HttpClient ClientOf(Actor actor) => _clients[actor];

    /// <summary>
    /// A client of the same kind of caller whose session a check may change (sign in, sign out, register
    /// all replace the cookie): people get a newly registered person, agents a copy of their token.
    /// </summary>
    public async Task<HttpClient> DisposableClientAsync(Actor actor) => actor switch
    {
        Actor.Anonymous => Service.Anonymous(),
        _ when _tokens.TryGetValue(actor, out var token) => Person.WithBearer(Service.BaseUrl, token),
        _ => (await Service.RegisterAsync()).Http,
    };

    /// <summary>A team account of the owner in which the admin and the member hold their roles.</summary>
    public async Task<Guid> FreshAccountAsync()
    {
        var accountId = await Owner.CreateTeamAsync();
        await Owner.Http.PostJsonAsync($"/api/accounts/{accountId}/members", new { email = People[Actor.Admin].Email, role = "admin" }, HttpStatusCode.OK);
        await Owner.Http.PostJsonAsync($"/api/accounts/{accountId}/members", new { email = People[Actor.Member].Email, role = "member" }, HttpStatusCode.OK);
        return accountId;
    }

    /// <summary>A newly registered person added to the world's account as a member; returns their user id.</summary>
    public async Task<Person> FreshMemberAsync()
    {
        var person = await Service.RegisterAsync();
        await Owner.Http.PostJsonAsync($"/api/accounts/{AccountId}/members", new { email = person.Email, role = "member" }, HttpStatusCode.OK);
        return person;
    }

    public async Task<Guid> FreshInvitationAsync(Guid accountId, string email) =>
        (await Owner.Http.PostJsonAsync($"/api/accounts/{accountId}/invitations", new { email, role = "member" }, HttpStatusCode.Created))
            .GetProperty("invitation").GetGuid("id");

    /// <summary>An invitation to someone else's new team, so that whoever accepts is not a member yet.</summary>
    public async Task<string> FreshInvitationTokenAsync(string email)
    {
        var inviter = await Service.RegisterAsync();
        return (await inviter.Http.PostJsonAsync($"/api/accounts/{await inviter.CreateTeamAsync()}/invitations", new { email, role = "member" }, HttpStatusCode.Created))
            .GetProperty("token").GetString()!;
    }

    /// <summary>A new story of the world's project, created by the owner; returns its path.</summary>
    public async Task<string> FreshStoryPathAsync() => (await FreshCriterionAsync()).StoryPath;

    /// <summary>A new story with one criterion (verified by the owner if asked); returns the story's path and the criterion id.</summary>
    public async Task<(string StoryPath, Guid CriterionId)> FreshCriterionAsync(bool verified = false)
    {
        var story = await Owner.Http.PostJsonAsync($"/api/projects/{ProjectId}/stories",
            new { title = $"Story {Guid.NewGuid():N}", description = "As a shopper I pay.", criteria = new[] { "Pays" } }, HttpStatusCode.Created);
        var path = $"/api/projects/{ProjectId}/stories/{story.GetGuid("id")}";
        var criterionId = story.GetProperty("criteria")[0].GetGuid("id");
        if (verified)
        {
            await Owner.Http.PostJsonAsync($"{path}/criteria/{criterionId}/verify", new { }, HttpStatusCode.OK);
        }

        return (path, criterionId);
    }

    /// <summary>The path of a new story's only criterion.</summary>
    public async Task<string> FreshCriterionPathAsync(bool verified = false)
    {
        var (path, criterionId) = await FreshCriterionAsync(verified);
        return $"{path}/criteria/{criterionId}";
    }
}

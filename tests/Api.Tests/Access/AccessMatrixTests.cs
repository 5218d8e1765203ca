using System.Net;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Access;

[Collection(ServiceCollection.Name)]
public sealed class AccessMatrixTests(ServiceFixture service)
{
    [Fact]
    public async Task EveryEndpoint_HasARowInTheMatrix()
    {
        var documented = await DocumentedEndpointsAsync();
        var rows = AccessMatrix.Rules.Select(r => r.Endpoint).ToHashSet();

        Assert.Empty(documented.Except(rows));
        Assert.Empty(rows.Except(documented));
    }

    [Fact]
    public async Task EveryEndpoint_AllowsExactlyItsRowsActorsAndDeniesEveryoneElse()
    {
        var world = await AccessWorld.CreateAsync(service);
        var failures = new List<string>();

        foreach (var rule in AccessMatrix.Rules)
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                // Registering, signing in and out replace the caller's session: those run on a disposable client.
                var client = rule.Endpoint is "POST /api/auth/register" or "POST /api/auth/login" or "POST /api/auth/logout"
                    ? await world.DisposableClientAsync(actor)
                    : world.ClientOf(actor);
                using var request = await rule.Build(world, actor);
                using var response = await client.SendAsync(request);
                var allowed = (int)response.StatusCode is >= 200 and < 300;
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
                var expected = rule.Allowed.Contains(actor);
                if (expected ? !allowed : !denied || (actor == Actor.Anonymous && response.StatusCode != HttpStatusCode.Unauthorized))
                {
                    failures.Add($"{rule.Endpoint} as {actor}: expected {(expected ? "allow" : "deny")}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private async Task<HashSet<string>> DocumentedEndpointsAsync()
    {
        var document = await service.Anonymous().GetJsonAsync("/openapi/v1.json");
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();
    }
}

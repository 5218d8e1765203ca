using System.Net;
using System.Text;
using CodeMySpec.Api.Tests.Fixtures;

namespace CodeMySpec.Api.Tests.Mcp;

/// <summary>The conformance endpoint needs no token, so it must not exist unless a test run turns it on.</summary>
[Collection(ServiceCollection.Name)]
public sealed class ConformanceEndpointTests(ServiceFixture service)
{
    [Fact]
    public async Task ConformanceEndpoint_WhenNotEnabled_DoesNotExist()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp/conformance")
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await service.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;

namespace CodeMySpec.Bench.Auth;

/// <summary>One kind of request to measure: what is sent and which status proves it was served as meant.</summary>
internal sealed record Scenario(string Key, string Title, string Path, string? BearerToken, HttpStatusCode Expected)
{
    public HttpRequestMessage NewRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Path) { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        if (BearerToken is not null)
        {
            // Unvalidated: the load generator shares the CPUs with the service, so it should spend as little as it can.
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + BearerToken);
        }

        return request;
    }
}

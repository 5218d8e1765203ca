using System.Net;
using System.Text.Json;

namespace CodeMySpec.Api.Tests.Fixtures;

/// <summary>The token endpoint as an OAuth client uses it (form posts, RFC 6749 error bodies).</summary>
public static class OAuthClient
{
    public static async Task<HttpResponseMessage> TokenAsync(HttpClient http, params (string Key, string Value)[] form) =>
        await http.PostAsync("/connect/token", new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Key, f.Value))));

    public static async Task<string> ClientCredentialsAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new List<(string, string)> { ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret) };
        if (scope is not null)
        {
            form.Add(("scope", scope));
        }

        var token = await (await TokenAsync(http, [.. form])).ReadAsync(HttpStatusCode.OK);
        return token.GetProperty("access_token").GetString()!;
    }

    /// <summary>The "error" of an OAuth error response.</summary>
    public static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.StartsWith('{') ? JsonDocument.Parse(body).RootElement.GetProperty("error").GetString() : null;
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace CodeMySpec.Api.Tests.Fixtures;

/// <summary>Reads responses as JSON documents and fails with the body when the status is not the expected one.</summary>
public static class Json
{
    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> PostJsonAsync(this HttpClient http, string path, object body, System.Net.HttpStatusCode expected) =>
        await (await http.PostAsJsonAsync(path, body)).ReadAsync(expected);

    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string path, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK) =>
        await (await http.GetAsync(path)).ReadAsync(expected);

    public static Guid GetGuid(this JsonElement element, string property) => element.GetProperty(property).GetGuid();
}

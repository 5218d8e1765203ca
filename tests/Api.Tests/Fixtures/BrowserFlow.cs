using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CodeMySpec.Api.Tests.Fixtures;

/// <summary>What a browser and an MCP client do in the authorization code flow with PKCE, step by step.</summary>
public static partial class BrowserFlow
{
    public const string RedirectUri = "http://127.0.0.1:7777/callback";

    public static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    /// <summary>Registers a public MCP-style client (RFC 7591) and returns its client id.</summary>
    public static async Task<string> RegisterPublicClientAsync(HttpClient http) =>
        (await http.PostJsonAsync("/connect/register", new
        {
            redirect_uris = new[] { RedirectUri },
            client_name = "Test MCP client",
            grant_types = new[] { "authorization_code", "refresh_token" },
            token_endpoint_auth_method = "none",
        }, HttpStatusCode.Created)).GetProperty("client_id").GetString()!;

    public static string AuthorizeUrl(string clientId, string challenge, string? resource, string method = "S256", string redirectUri = RedirectUri)
    {
        var query = new Dictionary<string, string?>
        {
            ["response_type"] = "code", ["client_id"] = clientId, ["redirect_uri"] = redirectUri, ["state"] = "s-123",
            ["scope"] = "projects:read projects:write offline_access", ["code_challenge"] = challenge, ["code_challenge_method"] = method,
            ["resource"] = resource,
        };
        return "/connect/authorize?" + string.Join('&', query.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }

    /// <summary>Reads the hidden fields of the page's form (antiforgery token and the OAuth request).</summary>
    public static Dictionary<string, string> HiddenFields(string html) => HiddenInput().Matches(html)
        .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    /// <summary>Runs consent as the signed-in person and returns the code from the redirect.</summary>
    public static async Task<string> ConsentAsync(HttpClient browser, string authorizeUrl, Guid projectId)
    {
        var page = await browser.GetAsync(authorizeUrl);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        var form = HiddenFields(html);
        form["project_id"] = projectId.ToString("D");
        form["decision"] = "allow";
        var answer = await browser.PostAsync("/connect/authorize", new FormUrlEncodedContent(form));
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync());
        var location = answer.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.AbsoluteUri, StringComparison.Ordinal);
        return QueryValue(location, "code") ?? throw new InvalidOperationException("No code in " + location);
    }

    public static async Task<System.Text.Json.JsonElement> RedeemAsync(HttpClient http, string clientId, string code, string verifier) =>
        await (await OAuthClient.TokenAsync(http, ("grant_type", "authorization_code"), ("client_id", clientId), ("code", code),
            ("redirect_uri", RedirectUri), ("code_verifier", verifier))).ReadAsync(HttpStatusCode.OK);

    public static string? QueryValue(Uri uri, string key) => uri.Query.TrimStart('?').Split('&')
        .Select(p => p.Split('=', 2)).Where(p => p[0] == key).Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("""<input type="hidden" name="([^"]*)" value="([^"]*)">""")]
    private static partial Regex HiddenInput();
}

using System.Text.Json;
using CodeMySpec.Api.OAuth;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CodeMySpec.Api.Projects;

/// <summary>How an agent client is registered with the OAuth server: confidential, client credentials only, bound to one project.</summary>
internal static class AgentClients
{
    public static OpenIddictApplicationDescriptor Descriptor(
        string clientId, string secret, string name, Guid accountId, Guid projectId, IEnumerable<string> scopes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
            Properties =
            {
                [OAuthClaims.AccountId] = JsonSerializer.SerializeToElement(accountId),
                [OAuthClaims.ProjectId] = JsonSerializer.SerializeToElement(projectId),
            },
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
            Permissions.Endpoints.Introspection, Permissions.GrantTypes.ClientCredentials]);
        descriptor.Permissions.UnionWith(scopes.Select(s => Permissions.Prefixes.Scope + s));
        return descriptor;
    }
}

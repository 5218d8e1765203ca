using System.Collections.Immutable;
using CodeMySpec.Security;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// What the gateway established about one MCP request before the protocol handler runs: the project the
/// endpoint serves, the caller's scope on it (from the token only), the token's scopes and the tool sets
/// the connection asked for. Tools read it through <see cref="McpProject"/>.
/// </summary>
internal sealed record McpRequest(Guid ProjectId, Scope Scope, IReadOnlySet<string> TokenScopes, ImmutableHashSet<string> Toolsets);

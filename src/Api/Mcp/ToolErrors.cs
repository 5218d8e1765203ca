using System.Text.Json;
using CodeMySpec.Errors;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CodeMySpec.Api.Mcp;

/// <summary>
/// Turns every failure of a tool into a tool error the model can act on: what is wrong, then "How to fix:".
/// Grain refusals keep their own sentence; argument binding errors name the argument and point at the schema.
/// Unknown tools stay protocol errors (the SDK answers those before this filter).
/// </summary>
internal static class ToolErrors
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (request, cancellationToken) =>
        {
            try
            {
                return await next(request, cancellationToken);
            }
            catch (DomainException e)
            {
                return ToolResult.Error(e.Message, Hint(e, request.Params?.Name));
            }
            catch (Exception e) when (e is ArgumentException or JsonException or FormatException or InvalidCastException)
            {
                return ToolResult.Error(
                    $"The arguments of '{request.Params?.Name}' are invalid: {Innermost(e).Message}",
                    "Pass the arguments the tool's input schema names, with their types (ids are uuids like 3f2b9c4e-8a1d-4c55-9e0b-2a7d6c1e5f40); tools/list shows the schema.");
            }
            catch (Exception e) when (e is not OperationCanceledException and not McpException)
            {
                var logger = request.Services?.GetService(typeof(ILoggerFactory)) is ILoggerFactory factory ? factory.CreateLogger("CodeMySpec.Mcp") : null;
                logger?.LogError(e, "Tool {Tool} failed", request.Params?.Name);
                return ToolResult.Error($"'{request.Params?.Name}' failed on the server; nothing was changed by the failed step.", "Retry the call; if it keeps failing, report it with the time of the call.");
            }
        };

    /// <summary>
    /// Prompts and resources have no error result of their own: a refusal becomes a JSON-RPC error carrying the
    /// grain's sentence and the hint.
    /// </summary>
    public static McpRequestHandler<TParams, TResult> ProtocolFilter<TParams, TResult>(McpRequestHandler<TParams, TResult> next) =>
        async (request, cancellationToken) =>
        {
            try
            {
                return await next(request, cancellationToken);
            }
            catch (DomainException e)
            {
                throw new McpProtocolException($"{e.Message} How to fix: {Hint(e, null)}",
                    e.Kind == DomainErrorKind.NotFound ? McpErrorCode.ResourceNotFound : McpErrorCode.InvalidParams);
            }
        };

    private static Exception Innermost(Exception e) => e.InnerException is { } inner && e is not DomainException ? Innermost(inner) : e;

    private static string Hint(DomainException e, string? tool) => e.Kind switch
    {
        DomainErrorKind.Validation => "Correct the fields named above and call the tool again.",
        DomainErrorKind.NotFound => "Check the id: list_stories and list_components give the ids in this project, and ids from other projects are never found.",
        DomainErrorKind.Conflict => "The project changed in a way that refuses this call; read the current state (get_story, show_architecture) and adapt.",
        DomainErrorKind.Forbidden => "Ask the project's owner for a token with the needed scope, or use a tool this token may use (tools/list shows them).",
        _ => $"Check the arguments of '{tool}'.",
    };
}

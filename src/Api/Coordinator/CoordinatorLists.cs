using System.Collections.Immutable;
using CodeMySpec.Coordinator;

namespace CodeMySpec.Api.Coordinator;

/// <summary>The MCP answer of get_next_actions (tool output is an object, not an array).</summary>
public sealed record NextActionList(ImmutableArray<NextAction> Actions);

/// <summary>The MCP answer of list_requirements.</summary>
public sealed record RequirementList(ImmutableArray<ComponentRequirements> Components);

using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>
/// What a command needs besides its verb: the prompt to follow (<c>claude</c>), the file (<c>read_file</c>,
/// <c>mix_test</c>), the children to drive (<c>spawn_sessions</c>), the checks applied to the result.
/// </summary>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.CommandMetadata")]
public sealed record CommandMetadata
{
    [Id(0)]
    public string? Prompt { get; init; }

    [Id(1)]
    public string? Path { get; init; }

    [Id(2)]
    public ImmutableArray<string> Args { get; init; } = [];

    [Id(3)]
    public ImmutableArray<string> Checks { get; init; } = [];

    [Id(4)]
    public ImmutableArray<Guid> ChildSessionIds { get; init; } = [];

    /// <summary>The agent persona of a prompt (unit_coder, context_designer, context_reviewer, component_designer, test_writer).</summary>
    [Id(5)]
    public string? Persona { get; init; }

    /// <summary>One paragraph: what to run and what to submit as the result.</summary>
    [Id(6)]
    public string? Instructions { get; init; }

    [Id(7)]
    public string? Branch { get; init; }
}

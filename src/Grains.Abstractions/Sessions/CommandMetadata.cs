using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>
/// What a command needs besides its verb: the prompt to follow (<c>claude</c>), the file (<c>read_file</c>,
/// <c>mix_test</c>), the children to drive (<c>spawn_sessions</c>), the checks applied to the result.
/// </summary>
/// <param name="Persona">The agent persona of a prompt (unit_coder, context_designer, context_reviewer, component_designer, test_writer).</param>
/// <param name="Instructions">One paragraph: what to submit as the result.</param>
[GenerateSerializer, Immutable, Alias("CodeMySpec.Sessions.CommandMetadata")]
public sealed record CommandMetadata(
    [property: Id(0)] string? Prompt = null,
    [property: Id(1)] string? Path = null,
    ImmutableArray<string> Args = default,
    ImmutableArray<string> Checks = default,
    ImmutableArray<Guid> ChildSessionIds = default,
    [property: Id(5)] string? Persona = null,
    [property: Id(6)] string? Instructions = null,
    [property: Id(7)] string? Branch = null)
{
    // Left out, the lists are empty rather than default, so they serialize.
    [Id(2)]
    public ImmutableArray<string> Args { get; init; } = Args.IsDefault ? [] : Args;

    [Id(3)]
    public ImmutableArray<string> Checks { get; init; } = Checks.IsDefault ? [] : Checks;

    [Id(4)]
    public ImmutableArray<Guid> ChildSessionIds { get; init; } = ChildSessionIds.IsDefault ? [] : ChildSessionIds;
}

using System.Collections.Immutable;

namespace CodeMySpec.Sessions;

/// <summary>
/// Where a workflow is: its step, the attempts and feedback of the loop it is in, retries of a failed step, and what
/// earlier steps learned (matching rules, whether code exists, the test file, contexts' listed components, children).
/// </summary>
/// <param name="Feedback">Feedback of the failed checks of the current loop, oldest first.</param>
/// <param name="Waves">context_implementation: descendant components in dependency waves; each wave is tested, then coded.</param>
internal sealed record WorkflowState(
    string Step,
    int LoopAttempts = 0,
    ImmutableArray<string> Feedback = default,
    int StepRetries = 0,
    string? Rules = null,
    bool? CodeExists = null,
    string? TestFileContent = null,
    ImmutableArray<StubSpec> Stubs = default,
    ImmutableArray<Guid> Children = default,
    ImmutableArray<ImmutableArray<Guid>> Waves = default,
    int Wave = 0)
{
    // Left out, the lists are empty rather than default, so the state serializes.
    public ImmutableArray<string> Feedback { get; init; } = Feedback.IsDefault ? [] : Feedback;

    public ImmutableArray<StubSpec> Stubs { get; init; } = Stubs.IsDefault ? [] : Stubs;

    public ImmutableArray<Guid> Children { get; init; } = Children.IsDefault ? [] : Children;

    public ImmutableArray<ImmutableArray<Guid>> Waves { get; init; } = Waves.IsDefault ? [] : Waves;

    public string? LastFeedback => Feedback.IsDefaultOrEmpty ? null : Feedback[^1];

    /// <summary>Moves to another step; a step reached by moving forward starts without retries.</summary>
    public WorkflowState To(string step) => this with { Step = step, StepRetries = 0 };

    /// <summary>Leaves a loop: its attempts and feedback are forgotten.</summary>
    public WorkflowState Passed(string step) => this with { Step = step, StepRetries = 0, LoopAttempts = 0, Feedback = [] };
}

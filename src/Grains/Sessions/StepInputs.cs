using System.Collections.Immutable;
using CodeMySpec.Documents;

namespace CodeMySpec.Sessions;

/// <summary>What a step's checks read besides the result: the functions of the component's stored spec (alignment).</summary>
internal sealed record StepInputs(ImmutableArray<FunctionSpec> SpecFunctions = default)
{
    public static StepInputs None { get; } = new();
}

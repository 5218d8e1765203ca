using CodeMySpec.Architecture;
using CodeMySpec.Profiles;

namespace CodeMySpec.Coordinator;

/// <summary>
/// What the requirement engine reads: the component graph, the content hash of each component's stored (valid) spec,
/// the reported files and test results, and the content hash each design approval pinned.
/// </summary>
internal sealed record RequirementInputs(
    IReadOnlyList<Component> Components,
    IReadOnlyDictionary<Guid, string> SpecHashes,
    IReadOnlySet<string> Files,
    IReadOnlyDictionary<string, FileTests> Tests,
    IReadOnlyDictionary<Guid, string> ApprovedHashes,
    StackProfile Profile);

using System.Collections.Immutable;

namespace CodeMySpec.Documents;

/// <summary>
/// What one document type must and may contain (DOMAIN.md §6). The validator and the rendered
/// specification both read this, so what agents are told is what is checked.
/// </summary>
/// <param name="Required">Groups of section keys; a group is satisfied by any one of its keys ("functions OR delegates").</param>
internal sealed record DocumentDefinition(
    DocumentType Type,
    string Purpose,
    bool RequiresTitle,
    ImmutableArray<ImmutableArray<string>> Required,
    ImmutableArray<string> Optional,
    bool AllowsOtherSections)
{
    public IEnumerable<string> Known => Required.SelectMany(group => group).Concat(Optional);

    public static string Label(ImmutableArray<string> group) => string.Join(" OR ", group);
}

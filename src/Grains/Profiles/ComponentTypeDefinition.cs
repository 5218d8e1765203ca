using System.Collections.Immutable;
using CodeMySpec.Documents;

namespace CodeMySpec.Profiles;

/// <summary>One component type of a stack profile: the document that designs it and what it needs, in order.</summary>
/// <param name="IsContext">Contexts own a folder of children and have a design review.</param>
internal sealed record ComponentTypeDefinition(
    string Name,
    DocumentType DocumentType,
    ImmutableArray<RequirementKind> Requirements,
    bool IsContext);

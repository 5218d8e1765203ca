using System.Collections.Frozen;
using System.Collections.Immutable;
using CodeMySpec.Documents;
using static CodeMySpec.Profiles.RequirementKind;

namespace CodeMySpec.Profiles;

/// <summary>The Elixir/Phoenix stack: DOMAIN.md §3 (types), §4 (paths) and §5 (requirements per type).</summary>
internal static class PhoenixProfile
{
    public const string Name = "phoenix";

    private static readonly ImmutableArray<RequirementKind> ContextRequirements =
        [SpecFile, SpecValid, ChildrenDesigns, ReviewFile, ChildrenImplementations, DependenciesSatisfied, ImplementationFile, TestFile, TestsPassing];

    private static readonly ImmutableArray<RequirementKind> UntestedRequirements = [SpecFile, SpecValid, ImplementationFile];

    private static readonly ImmutableArray<RequirementKind> StandardRequirements = [SpecFile, SpecValid, ImplementationFile, TestFile, TestsPassing];

    public static StackProfile Create()
    {
        ComponentTypeDefinition[] types =
        [
            Context("context"),
            Context("coordination_context"),
            Context("live_context"),
            new("schema", DocumentType.Schema, UntestedRequirements, IsContext: false),
            Standard("repository"),
            Standard("service"),
            Standard("genserver"),
            Standard("task"),
            Standard("registry"),
            new("behaviour", DocumentType.Spec, UntestedRequirements, IsContext: false),
            Standard("controller"),
            Standard("json"),
            Standard("liveview"),
            Standard("liveview_component"),
            Standard("other"),
        ];

        var paths = new PathTemplates(
            SpecFile: "docs/spec/{path}.spec.md",
            CodeFile: "lib/{path}.ex",
            TestFile: "test/{path}_test.exs",
            ReviewFile: "docs/spec/{path}/design_review.md",
            OwnedFolder: "lib/{path}/");
        return new StackProfile(Name, paths, types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal));
    }

    private static ComponentTypeDefinition Context(string name) => new(name, DocumentType.ContextSpec, ContextRequirements, IsContext: true);

    private static ComponentTypeDefinition Standard(string name) => new(name, DocumentType.Spec, StandardRequirements, IsContext: false);
}

using System.Collections.Frozen;
using CodeMySpec.Documents;
using CodeMySpec.Profiles;
using static CodeMySpec.Profiles.RequirementKind;

namespace CodeMySpec.Grains.Tests.Profiles;

public sealed class ProfileAsDataTests
{
    [Fact]
    public void PathsFor_AnotherStacksTemplates_NeedNoCodeChange()
    {
        var node = new StackProfile(
            "node",
            new PathTemplates("docs/{path}.md", "src/{path}.ts", "test/{path}.test.ts", "docs/{path}/review.md", "src/{path}/"),
            new[] { new ComponentTypeDefinition("module", DocumentType.Spec, [SpecFile, SpecValid, ImplementationFile], IsContext: false) }
                .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal));

        var paths = node.PathsFor("Shop.Cart", "module");

        Assert.Equal(("docs/shop/cart.md", "src/shop/cart.ts", "test/shop/cart.test.ts"), (paths.SpecFile, paths.CodeFile, paths.TestFile));
        Assert.Null(paths.ReviewFile);
    }

    [Fact]
    public void Names_ListsTheRegisteredProfiles() =>
        Assert.Equal(["phoenix"], StackProfiles.Names);
}

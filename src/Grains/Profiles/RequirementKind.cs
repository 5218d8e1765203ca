namespace CodeMySpec.Profiles;

/// <summary>The requirement kinds of DOMAIN.md §5; a component type lists the ones it needs, in order.</summary>
internal enum RequirementKind
{
    SpecFile,
    SpecValid,
    ChildrenDesigns,
    ReviewFile,
    ChildrenImplementations,
    DependenciesSatisfied,
    ImplementationFile,
    TestFile,
    TestsPassing,
}

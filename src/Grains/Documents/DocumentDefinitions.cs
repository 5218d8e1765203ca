using System.Collections.Immutable;

namespace CodeMySpec.Documents;

/// <summary>The four document types of DOMAIN.md §6.</summary>
internal static class DocumentDefinitions
{
    private static readonly ImmutableArray<string> FunctionsOrDelegates = [SectionKeys.Functions, SectionKeys.Delegates];

    public static DocumentDefinition Spec { get; } = new(
        DocumentType.Spec,
        "Designs one module: its public functions (or the functions it delegates) and what it depends on.",
        RequiresTitle: true,
        [FunctionsOrDelegates, [SectionKeys.Dependencies]],
        [SectionKeys.Fields],
        AllowsOtherSections: false);

    public static DocumentDefinition Schema { get; } = new(
        DocumentType.Schema,
        "Designs one schema module: its fields, and optionally its functions and dependencies.",
        RequiresTitle: true,
        [[SectionKeys.Fields]],
        [SectionKeys.Functions, SectionKeys.Dependencies],
        AllowsOtherSections: false);

    public static DocumentDefinition ContextSpec { get; } = new(
        DocumentType.ContextSpec,
        "Designs one context: its public API, what it depends on and the components it owns.",
        RequiresTitle: true,
        [FunctionsOrDelegates, [SectionKeys.Dependencies], [SectionKeys.Components]],
        [SectionKeys.Fields],
        AllowsOtherSections: false);

    public static DocumentDefinition DesignReview { get; } = new(
        DocumentType.DesignReview,
        "Reviews a context's design as a whole, after its components are designed and before they are built.",
        RequiresTitle: false,
        [[SectionKeys.Overview], [SectionKeys.Architecture], [SectionKeys.Integration], [SectionKeys.Conclusion]],
        [SectionKeys.Stories, SectionKeys.Issues],
        AllowsOtherSections: false);

    public static DocumentDefinition For(DocumentType type) => type switch
    {
        DocumentType.Spec => Spec,
        DocumentType.Schema => Schema,
        DocumentType.ContextSpec => ContextSpec,
        DocumentType.DesignReview => DesignReview,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };
}

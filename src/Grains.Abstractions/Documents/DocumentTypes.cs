using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CodeMySpec.Documents;

/// <summary>The wire names of <see cref="DocumentType"/> (<c>spec, schema, context_spec, design_review</c>).</summary>
public static class DocumentTypes
{
    private static readonly FrozenDictionary<string, DocumentType> ByName = new Dictionary<string, DocumentType>(StringComparer.Ordinal)
    {
        ["spec"] = DocumentType.Spec,
        ["schema"] = DocumentType.Schema,
        ["context_spec"] = DocumentType.ContextSpec,
        ["design_review"] = DocumentType.DesignReview,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static ImmutableArray<string> Names { get; } = ["spec", "schema", "context_spec", "design_review"];

    public static bool TryParse(string? name, out DocumentType type) => ByName.TryGetValue(name ?? "", out type);

    public static string NameOf(DocumentType type) => ByName.First(pair => pair.Value == type).Key;
}

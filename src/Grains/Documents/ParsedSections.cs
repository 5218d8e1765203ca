using System.Collections.Immutable;

namespace CodeMySpec.Documents;

/// <summary>
/// The structured sections of a document, each read by its parser: only sections the document type knows
/// (a disallowed section is reported once, not parsed) and only the first occurrence of a key.
/// </summary>
internal sealed class ParsedSections
{
    public ParsedSections(DocumentDefinition definition, ImmutableArray<DocumentSection> sections, ImmutableArray<DocumentError>.Builder errors)
    {
        var known = definition.Known.ToHashSet(StringComparer.Ordinal);
        var byKey = sections.Where(s => known.Contains(s.Key)).DistinctBy(s => s.Key).ToDictionary(s => s.Key, StringComparer.Ordinal);
        Functions = Read(byKey, SectionKeys.Functions, errors, FunctionsParser.Parse);
        Delegates = Read(byKey, SectionKeys.Delegates, errors, ListParsers.Delegates);
        Dependencies = Read(byKey, SectionKeys.Dependencies, errors, ListParsers.Dependencies);
        Fields = Read(byKey, SectionKeys.Fields, errors, FieldsParser.Parse);
        Components = Read(byKey, SectionKeys.Components, errors, ComponentsParser.Parse);
    }

    public ImmutableArray<FunctionSpec> Functions { get; }

    public ImmutableArray<DelegateSpec> Delegates { get; }

    public ImmutableArray<string> Dependencies { get; }

    public ImmutableArray<FieldSpec> Fields { get; }

    public ImmutableArray<ComponentSpec> Components { get; }

    private static ImmutableArray<T> Read<T>(
        Dictionary<string, DocumentSection> sections,
        string key,
        ImmutableArray<DocumentError>.Builder errors,
        Func<DocumentSection, SectionErrors, ImmutableArray<T>> parse) =>
        sections.TryGetValue(key, out var section) ? parse(section, new SectionErrors(key, errors)) : [];
}

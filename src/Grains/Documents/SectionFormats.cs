using System.Collections.Frozen;

namespace CodeMySpec.Documents;

/// <summary>How each section is written: the heading agents use and the format its parser expects.</summary>
internal static class SectionFormats
{
    private static readonly FrozenDictionary<string, (string Heading, string Format)> Formats = new Dictionary<string, (string, string)>
    {
        [SectionKeys.Functions] = ("Functions", FunctionsParser.Format),
        [SectionKeys.Delegates] = ("Delegates", ListParsers.DelegatesFormat),
        [SectionKeys.Dependencies] = ("Dependencies", ListParsers.DependenciesFormat),
        [SectionKeys.Fields] = ("Fields", FieldsParser.Format),
        [SectionKeys.Components] = ("Components", ComponentsParser.Format),
        [SectionKeys.Overview] = ("Overview", "Prose: what the context is for and the main decisions of its design."),
        [SectionKeys.Architecture] = ("Architecture", "Prose or bullets: how the context's components fit together and why."),
        [SectionKeys.Integration] = ("Integration", "Prose or bullets: how the context works with the contexts it depends on and that depend on it."),
        [SectionKeys.Conclusion] = ("Conclusion", "Prose: whether the design is ready to implement, and what must change first if not."),
        [SectionKeys.Stories] = ("Stories", "Bullets: the user stories the context satisfies and how."),
        [SectionKeys.Issues] = ("Issues", "Bullets: problems found in the design, each with the fix applied or proposed."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Heading(string key) => Formats[key].Heading;

    public static string Format(string key) => Formats[key].Format;
}

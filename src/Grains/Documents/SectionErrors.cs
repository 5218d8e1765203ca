using System.Collections.Immutable;

namespace CodeMySpec.Documents;

/// <summary>Collects errors about one section, each naming the section and the line.</summary>
internal sealed class SectionErrors(string section, ImmutableArray<DocumentError>.Builder errors)
{
    private readonly string _heading = SectionFormats.Heading(section);
    private int _count;

    public bool HasAny => _count > 0;

    public void Add(int line, string message)
    {
        _count++;
        errors.Add(new DocumentError($"{_heading}, line {line}: {message}", section, line));
    }
}

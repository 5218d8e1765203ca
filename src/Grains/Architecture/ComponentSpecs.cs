using System.Security.Cryptography;
using System.Text;
using CodeMySpec.Documents;
using CodeMySpec.Errors;

namespace CodeMySpec.Architecture;

/// <summary>
/// Whether a Markdown document may be stored as a component's spec: valid as the document type the stack profile
/// gives the component's type, and titled with the component's own module name. Pure.
/// </summary>
internal static class ComponentSpecs
{
    /// <summary>The document type that designs components of that type (context_spec, schema or spec).</summary>
    public static DocumentType DocumentTypeFor(string componentType) => ComponentTypes.Profile.Type(componentType).DocumentType;

    /// <summary>The accepted document's type, hash and size; a validation error naming every problem otherwise.</summary>
    public static (DocumentType Type, string Hash, int Size) Check(ComponentRow component, string? content)
    {
        if (content is null)
        {
            throw DomainException.Invalid("content", "Send the Markdown document in 'content'.");
        }

        var type = DocumentTypeFor(component.Type);
        var validation = DocumentEngine.Validate(type, content);
        var errors = validation.Errors.Select(e => new FieldError("content", Describe(e))).ToList();
        if (validation.ModuleName is { } title && title != component.ModuleName)
        {
            errors.Add(new("content", $"The document is titled # {title}, but this component's module is {component.ModuleName}; start it with # {component.ModuleName}."));
        }

        if (errors.Count > 0)
        {
            throw DomainException.Invalid(errors);
        }

        return (type, Hash(content), Encoding.UTF8.GetByteCount(content));
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes: what later approvals pin.</summary>
    public static string Hash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static string Describe(DocumentError error)
    {
        var where = new List<string>(2);
        if (error.Section is { } section)
        {
            where.Add($"section {section}");
        }

        if (error.Line is { } line)
        {
            where.Add($"line {line}");
        }

        return where.Count == 0 ? error.Message : $"{error.Message} ({string.Join(", ", where)})";
    }
}

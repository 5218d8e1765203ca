namespace CodeMySpec.Documents;

/// <summary>Section keys: H2 headings lower-cased and trimmed.</summary>
internal static class SectionKeys
{
    public const string Functions = "functions";
    public const string Delegates = "delegates";
    public const string Dependencies = "dependencies";
    public const string Fields = "fields";
    public const string Components = "components";
    public const string Overview = "overview";
    public const string Architecture = "architecture";
    public const string Integration = "integration";
    public const string Conclusion = "conclusion";
    public const string Stories = "stories";
    public const string Issues = "issues";
}

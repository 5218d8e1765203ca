namespace CodeMySpec.Documents;

/// <summary>
/// Bounds on documents from agents: the parser runs on content nobody vetted, so size and nesting are
/// capped before the work grows with them.
/// </summary>
public static class DocumentLimits
{
    /// <summary>The largest document accepted, in UTF-8 bytes (256 KB).</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>The deepest block nesting accepted (lists in quotes in lists...).</summary>
    public const int MaxNesting = 32;

    /// <summary>The most emphasis and link openers (<c>*</c>, <c>[</c>) in one paragraph, list item or table.</summary>
    public const int MaxInlineMarkers = 500;
}

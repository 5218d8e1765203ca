using CodeMySpec.Documents;

namespace CodeMySpec.Sessions;

/// <summary>The component a session works on, as it was when the session started: its type, document type and files.</summary>
internal sealed record SessionSubject(
    Guid ComponentId,
    string Name,
    string ModuleName,
    string ComponentType,
    DocumentType DocumentType,
    bool IsContext,
    bool IsTested,
    string SpecFile,
    string CodeFile,
    string TestFile,
    string? ReviewFile);

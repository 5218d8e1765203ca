namespace CodeMySpec.Profiles;

/// <summary>
/// The files of one module under the 1:1:1 rule (DOMAIN.md §4). <see cref="ReviewFile"/> and
/// <see cref="OwnedFolder"/> are set for contexts only.
/// </summary>
internal sealed record ComponentPaths(
    string ModulePath,
    string SpecFile,
    string CodeFile,
    string TestFile,
    string? ReviewFile,
    string? OwnedFolder);

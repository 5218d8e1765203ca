namespace CodeMySpec.Profiles;

/// <summary>
/// Where a profile puts a module's files; <c>{path}</c> is the module path (<c>my_app/accounts/user</c>).
/// One template per file kind, used both to check files and to tell agents where to write them.
/// </summary>
internal sealed record PathTemplates(string SpecFile, string CodeFile, string TestFile, string ReviewFile, string OwnedFolder)
{
    public const string Placeholder = "{path}";

    public ComponentPaths For(string modulePath, bool isContext) => new(
        modulePath,
        Fill(SpecFile, modulePath),
        Fill(CodeFile, modulePath),
        Fill(TestFile, modulePath),
        isContext ? Fill(ReviewFile, modulePath) : null,
        isContext ? Fill(OwnedFolder, modulePath) : null);

    private static string Fill(string template, string modulePath) => template.Replace(Placeholder, modulePath, StringComparison.Ordinal);
}

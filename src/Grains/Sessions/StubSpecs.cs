using System.Collections.Immutable;
using System.Text;
using CodeMySpec.Profiles;

namespace CodeMySpec.Sessions;

/// <summary>
/// The shell command that writes a stub spec for each component a context spec lists, without overwriting one that
/// exists. Module names are checked, so paths hold only letters, digits, '_' and '/'.
/// </summary>
internal static class StubSpecs
{
    private const string Delimiter = "CODEMYSPEC_STUB_END";

    public static (string Command, ImmutableArray<string> Paths) Command(IEnumerable<StubSpec> stubs, Func<string, string> specPath)
    {
        var script = new StringBuilder();
        var paths = ImmutableArray.CreateBuilder<string>();
        foreach (var stub in stubs.Where(s => ModulePaths.IsModuleName(s.ModuleName)))
        {
            var path = specPath(stub.ModuleName);
            var folder = path.Contains('/') ? path[..path.LastIndexOf('/')] : ".";
            paths.Add(path);
            script.Append($"mkdir -p '{folder}' && [ -e '{path}' ] || cat > '{path}' <<'{Delimiter}'\n");
            script.Append(Content(stub)).Append(Delimiter).Append('\n');
        }

        return (script.ToString(), paths.ToImmutable());
    }

    public static string Content(StubSpec stub)
    {
        var description = string.Join('\n', (stub.Description ?? "").Split('\n').Select(l => l.TrimEnd()).Where(l => l != Delimiter));
        return $"# {stub.ModuleName}\n\n{description.Trim()}\n\n## Functions\n\n## Dependencies\n\n";
    }
}

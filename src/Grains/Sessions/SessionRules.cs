using System.Text;

namespace CodeMySpec.Sessions;

/// <summary>
/// Project rules (DOMAIN.md §6): <c>docs/rules/*.md</c> with YAML front matter <c>component_type</c> and
/// <c>session_type</c> (<c>design | code | test</c>, <c>*</c> for any; a comma list names several). The agent submits
/// the files one after another (<c>cat docs/rules/*.md</c>); each front matter block starts a rule.
/// </summary>
internal static class SessionRules
{
    /// <summary>The matching rules' bodies are cut to this many characters in all.</summary>
    public const int MaxChars = 32 * 1024;

    public static string? Matching(string? files, string componentType, string sessionKind)
    {
        if (string.IsNullOrWhiteSpace(files))
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var (meta, body) in Split(files.Replace("\r\n", "\n")))
        {
            if (Matches(meta.GetValueOrDefault("component_type"), componentType) && Matches(meta.GetValueOrDefault("session_type"), sessionKind)
                && !string.IsNullOrWhiteSpace(body))
            {
                text.Append(body.Trim()).Append("\n\n");
            }
        }

        var rules = text.ToString().Trim();
        return rules.Length == 0 ? null : rules.Length <= MaxChars ? rules : rules[..MaxChars] + "\n…(further rules cut)";
    }

    private static bool Matches(string? wanted, string actual) =>
        string.IsNullOrWhiteSpace(wanted)
        || wanted.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Trim('"', '\'') is "*" || string.Equals(w.Trim('"', '\''), actual, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<(Dictionary<string, string> Meta, string Body)> Split(string files)
    {
        var lines = files.Split('\n');
        Dictionary<string, string>? meta = null;
        var body = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---" && FrontMatter(lines, i) is var (next, found) && found is not null)
            {
                if (meta is not null)
                {
                    yield return (meta, body.ToString());
                }

                (meta, i) = (found, next);
                body.Clear();
                continue;
            }

            body.Append(lines[i]).Append('\n');
        }

        if (meta is not null)
        {
            yield return (meta, body.ToString());
        }
    }

    // A front matter block: "---", key: value lines naming component_type or session_type, "---".
    private static (int End, Dictionary<string, string>? Meta) FrontMatter(string[] lines, int start)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = start + 1; i < lines.Length && i < start + 40; i++)
        {
            var line = lines[i].Trim();
            if (line == "---")
            {
                return meta.ContainsKey("component_type") || meta.ContainsKey("session_type") ? (i, meta) : (start, null);
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    return (start, null);
                }

                continue;
            }

            meta[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return (start, null);
    }
}

using System.Text;

namespace CodeMySpec.Architecture;

/// <summary>
/// One component as a Markdown page for agents and people: metadata and the profile's paths, its spec (if stored),
/// dependencies, dependents, children and the stories it satisfies with their criteria. Pure.
/// </summary>
internal static class ComponentViewMarkdown
{
    public static string Render(ArchitectureModel model, Guid componentId, IReadOnlyList<StoryLink> stories)
    {
        var component = model.Components[componentId];
        var page = new StringBuilder();
        page.Append($"# {Inline(component.Name)} ({component.ModuleName})\n\n");
        page.Append($"- Id: `{component.Id}`\n- Module: `{component.ModuleName}`\n- Type: {component.Type}\n- Priority: {component.Priority}\n");
        page.Append($"- Parent: {(component.ParentId is { } parent && model.Components.TryGetValue(parent, out var p) ? Reference(p) : "none")}\n");
        AppendPaths(page, component);
        if (component.Description is { } description)
        {
            page.Append($"\n{description.Trim()}\n");
        }

        AppendSpec(page, model.Specs.GetValueOrDefault(componentId));
        AppendComponents(page, "Dependencies", model, model.DependenciesOf(componentId), "Depends on nothing.");
        AppendComponents(page, "Dependents", model, model.DependentsOf(componentId), "Nothing depends on it.");
        AppendComponents(page, "Children", model, model.ChildrenOf(componentId), "No children.");
        AppendStories(page, stories.Where(s => s.ComponentId == componentId).OrderBy(s => s.Title, StringComparer.Ordinal).ToList());
        return page.ToString();
    }

    private static void AppendPaths(StringBuilder page, ComponentRow component)
    {
        // A type the profile no longer knows has no paths; the rest of the page is still worth showing.
        if (!ComponentTypes.IsKnown(component.Type))
        {
            return;
        }

        var paths = ComponentTypes.Profile.PathsFor(component.ModuleName, component.Type);
        page.Append($"- Spec file: `{paths.SpecFile}`\n- Code file: `{paths.CodeFile}`\n- Test file: `{paths.TestFile}`\n");
        if (paths.ReviewFile is { } review)
        {
            page.Append($"- Design review file: `{review}`\n");
        }
    }

    private static void AppendSpec(StringBuilder page, SpecSummary? spec)
    {
        page.Append("\n## Spec\n\n");
        page.Append(spec is null
            ? "No spec stored yet.\n"
            : $"Stored as {Documents.DocumentTypes.NameOf(spec.DocumentType)} for `{spec.ModuleName}`: sha256 `{spec.ContentHash}`, {spec.Size} bytes, updated {spec.UpdatedAt:u} by {spec.UpdatedBy}.\n");
    }

    private static void AppendComponents(StringBuilder page, string heading, ArchitectureModel model, IEnumerable<Guid> ids, string none)
    {
        var rows = ids.Where(model.Components.ContainsKey).Select(id => model.Components[id])
            .OrderBy(c => c.ModuleName, StringComparer.Ordinal).ToList();
        page.Append($"\n## {heading}\n\n");
        if (rows.Count == 0)
        {
            page.Append(none).Append('\n');
            return;
        }

        foreach (var row in rows)
        {
            page.Append($"- {Reference(row)}\n");
        }
    }

    private static void AppendStories(StringBuilder page, List<StoryLink> stories)
    {
        page.Append("\n## Stories\n\n");
        if (stories.Count == 0)
        {
            page.Append("No stories are linked to this component.\n");
            return;
        }

        foreach (var story in stories)
        {
            page.Append($"- {Inline(story.Title)} (`{story.StoryId}`)\n");
            foreach (var criterion in story.Criteria ?? [])
            {
                page.Append($"  - {Inline(criterion)}\n");
            }
        }
    }

    private static string Reference(ComponentRow row) => $"`{row.ModuleName}` ({row.Type}): {Inline(row.Name)}";

    // Names, titles and criteria are one line each on the page; a line break in them would start new Markdown blocks.
    private static string Inline(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

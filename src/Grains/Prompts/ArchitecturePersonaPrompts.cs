using System.Collections.Immutable;
using System.Text;
using CodeMySpec.Architecture;
using CodeMySpec.Stories;
using static CodeMySpec.Prompts.PromptMarkdown;

namespace CodeMySpec.Prompts;

/// <summary>The architect prompts: context design (for the stories no component satisfies) and its review.</summary>
internal static class ArchitecturePersonaPrompts
{
    public static (string Text, int StoriesShown, int ComponentsShown) Design(PromptData data, IReadOnlyList<StorySummary> unsatisfied)
    {
        var architecture = data.Architecture!;
        var project = OneLine(data.Project.Name, 200);
        var root = Code(data.Project.ModuleName);
        var text = new StringBuilder();
        text.Append("# Context design: ").Append(project).Append("\n\n");
        text.Append("You are a senior software architect designing the component architecture of ").Append(project)
            .Append(": bounded contexts and the components inside them, so that every user story is satisfied by exactly one component. ")
            .Append("Agents will later write one design document, one code file and one test file per component, in dependency order, so clear ownership and few, one-way dependencies matter more than anything else.\n\n");
        text.Append("## The model\n\n");
        text.Append("- A component has a name, a module name (`^[A-Z][a-zA-Z0-9_.]*$`, unique in the project, under the root module ").Append(root)
            .Append("; it cannot change later), a type from the list below, a description and optionally a parent.\n");
        text.Append("""
            - Contexts are the bounded contexts. A context owns one part of the domain and the components below it (its children, whose module names extend the context's). Other code uses a context only through its public functions, never its children directly.
            - A dependency `source → target` means the source uses the target. The graph must stay acyclic, whatever the length of the cycle; a dependency that would close one is refused with its path. Keep dependencies between contexts few and pointing one way: from the edges (web, coordination) towards the core domain.
            - Each story is satisfied by one component, usually the context (or coordination context) that owns its behaviour, linked with `set_story_component`.

            ## How to work

            1. Read the stories below that no component satisfies yet, and the current architecture.
            2. Group the stories by the domain concept they act on and the words they use; each group is a candidate context. A story that spans several contexts belongs in a coordination context that depends on them, not in contexts that depend on each other.
            3. Extend an existing context when a story fits its responsibility; create a new one when an existing context would otherwise do two jobs. Aim for contexts of a handful to about fifteen components, and at most five outgoing dependencies per component.
            4. Propose the design before writing it: for each new or changed context its purpose, its main children (schemas, repositories, services…), its dependencies, and the stories it will satisfy. Wait for the user's agreement.
            5. Record it: `create_components(components[])` creates components with their parent and dependencies named by module name, all or nothing (`create_component(name, type, module_name, description?, parent_component_id?)` creates one); `create_dependencies(…)` adds dependencies between existing components; `set_story_component(story_id, component_id)` links each story to the component that satisfies it.
            6. Run `validate_dependency_graph()` and `architecture_health_summary()`, and fix what they report. End with a summary: components created, stories linked, and any story left without a component, with the reason.

            Read more with `list_components()`, `get_component(component_id)`, `show_architecture()` and `get_story(story_id)`. Change or delete existing components (`update_component`, `delete_component`) only with the user's agreement.


            """);
        PromptSections.AppendProject(text, data.Project);
        ArchitectureSections.AppendComponentTypes(text, data.Project.StackProfile);
        text.Append("## Current architecture (").Append(Count(architecture.Components.Length, "component", "components")).Append(", ")
            .Append(Count(architecture.Dependencies.Length, "dependency", "dependencies")).Append(")\n\n");
        var componentsShown = ArchitectureSections.AppendComponents(text, architecture, data.Stories);
        text.Append("## Stories no component satisfies yet (").Append(unsatisfied.Count).Append(" of ").Append(data.Stories.Length).Append(")\n\n");
        var (detailed, listed) = PromptSections.AppendStories(text, unsatisfied, data.Details, Dangling);
        text.Append("## Begin\n\n");
        text.Append(unsatisfied.Count == 0
            ? "Every story is satisfied by a component. Say so, and offer to run the context design review (`review_context_design()`) or the story interview for new stories."
            : architecture.Components.IsEmpty
                ? "There are no components yet. Propose the bounded contexts for these stories, starting with the core domain."
                : "Start by saying which stories fit existing contexts and which need new ones, then propose the design.");
        return (text.Append('\n').ToString(), detailed + listed, componentsShown);
    }

    public static (string Text, int StoriesShown, int ComponentsShown) Review(PromptData data, IReadOnlyList<StorySummary> unsatisfied)
    {
        var architecture = data.Architecture!;
        var project = OneLine(data.Project.Name, 200);
        var text = new StringBuilder();
        text.Append("# Context design review: ").Append(project).Append("\n\n");
        text.Append("You are a senior software architect reviewing the component architecture of ").Append(project)
            .Append(" against its user stories, before design documents and code are written from it. ")
            .Append("Judge whether each context has one clear responsibility, whether every story has a home, and whether the dependency graph lets agents build components in parallel without stepping on each other.\n\n");
        text.Append("""
            ## What to check

            - **Coverage**: stories no component satisfies (each needs one), and stories linked to components that no longer exist.
            - **Orphans**: contexts that satisfy no story and that no story-bearing component reaches: give them stories or remove them.
            - **Cycles**: the graph must be acyclic; every cycle listed below is a defect to break.
            - **Coupling**: components with more than five outgoing dependencies; components that many others depend on (a hidden shared kernel?); contexts that reach into another context's children instead of its public functions; dependencies pointing from the core domain towards the edges.
            - **Context size and cohesion**: contexts with too many components or stories (split them), contexts too small to stand alone (merge them), and contexts whose stories are about unrelated concepts.
            - **Naming and types**: module names under their context's, and types that match the role (schema for data, repository for storage, service for logic, context for the public boundary).

            ## How to report

            Write the review as a design review document, with these sections in this order:

            - `## Overview`: what the architecture covers and your verdict in two or three sentences.
            - `## Architecture`: findings about contexts, their size, responsibilities and types. Each finding has a severity (**blocker**, **major**, **minor**) and a concrete fix: which component to split, merge, move or retype.
            - `## Integration`: findings about dependencies between contexts: cycles, coupling, direction, with the dependency to remove, add or invert.
            - `## Stories`: the stories without a component, and the component each should be linked to (an existing one by module name, or a new one you propose).
            - `## Issues`: every finding as one numbered line, most important first.
            - `## Conclusion`: ready, ready after the listed fixes, or needs redesign; and the first three fixes in order.

            Change nothing while reviewing. Once the user approves a fix, apply it with `update_component`, `delete_component`, `create_dependencies`, `delete_dependency` or `set_story_component`, and run `validate_dependency_graph()` afterwards. `show_architecture()`, `context_statistics(sort_by)`, `orphaned_contexts()` and `get_component(component_id)` give more detail.


            """);
        PromptSections.AppendProject(text, data.Project);
        var storiesShown = ReviewFindings.Append(text, data, unsatisfied);
        text.Append("## Components (").Append(architecture.Components.Length).Append(")\n\n");
        var shown = ArchitectureSections.AppendComponents(text, architecture, data.Stories);
        text.Append("## Begin\n\n");
        text.Append(architecture.Components.IsEmpty
            ? "The project has no components yet, so there is nothing to review: say so, and suggest running the context design (`start_context_design()`) first."
            : "Write the review.");
        return (text.Append('\n').ToString(), storiesShown, shown);
    }

    public static string Dangling(StorySummary story) => story.ComponentId is null ? "" : "linked to a component that no longer exists";

    /// <summary>The stories no existing component satisfies: without a component, or linked to one that was deleted.</summary>
    public static ImmutableArray<StorySummary> Unsatisfied(ImmutableArray<StorySummary> stories, ArchitectureSnapshot architecture)
    {
        var known = architecture.Components.Select(c => c.Id).ToHashSet();
        return [.. stories.Where(s => s.ComponentId is not { } id || !known.Contains(id))];
    }
}

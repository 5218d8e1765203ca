using System.Text;
using CodeMySpec.Documents;
using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Sessions;

/// <summary>
/// The prompts of the generate, revise and fix steps (DOMAIN.md §7): the persona, the project summary, the component
/// (name, type, description, parent spec), its stories with their criteria, similar components, the matching project
/// rules, the document specification and the target path; revise and fix steps add the feedback they answer.
/// </summary>
internal static class SessionPrompts
{
    private const int MaxStories = 20;
    private const int MaxListed = 30;

    public static string Build(SessionType type, WorkflowState state, SessionSubject subject, PromptContext context)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(Task(type, state.Step, subject)).AppendLine();
        text.AppendLine(Persona(WorkflowEngine.Persona(type))).AppendLine();
        Project(text, context);
        Component(text, subject, context);
        Stories(text, context);
        Similar(text, context);
        if (state.Rules is { } rules)
        {
            text.AppendLine("## Project rules").AppendLine().AppendLine(rules).AppendLine();
        }

        Target(text, type, state.Step, subject);
        if (state.Step is ReviseSpec or ReviseReview or FixCompilationErrors or FixTestFailures && state.LastFeedback is { } feedback)
        {
            text.AppendLine($"## What to fix (attempt {state.LoopAttempts})").AppendLine().AppendLine(feedback).AppendLine();
        }

        return text.ToString().TrimEnd() + "\n";
    }

    public static string Persona(string persona) => persona switch
    {
        "context_designer" => "You are a context designer: you shape a bounded context's public API and the components it owns, and keep it cohesive.",
        "context_reviewer" => "You are a context reviewer: you judge a context's design against its stories, its components and their integration.",
        "test_writer" => "You are a test writer: you turn each test assertion of the spec into one focused ExUnit test, before any code exists.",
        "unit_coder" => "You are a unit coder: you implement exactly what the spec says until its tests pass, no more.",
        _ => "You are a component designer: you write the design document of one module, precise enough to test and implement from.",
    };

    private static string Task(SessionType type, string step, SessionSubject subject) => step switch
    {
        GenerateSpec => $"Write the spec of {subject.ModuleName}",
        GenerateContextSpec => $"Write the context spec of {subject.ModuleName}",
        ReviseSpec => $"Revise the spec of {subject.ModuleName}",
        GenerateTests => $"Write the tests of {subject.ModuleName}",
        FixCompilationErrors => $"Fix the tests of {subject.ModuleName}",
        GenerateImplementation => $"Implement {subject.ModuleName}",
        FixTestFailures => $"Fix the implementation of {subject.ModuleName}",
        GenerateReview => $"Review the design of {subject.ModuleName}",
        ReviseReview => $"Revise the design review of {subject.ModuleName}",
        _ => $"{WorkflowEngine.Name(type)}: {step} for {subject.ModuleName}",
    };

    private static void Project(StringBuilder text, PromptContext context)
    {
        text.AppendLine($"## Project: {context.Project.Name}").AppendLine();
        text.AppendLine(string.IsNullOrWhiteSpace(context.Project.Description) ? "(The project has no executive summary yet.)" : context.Project.Description.Trim());
        text.AppendLine().AppendLine($"Application module: {context.Project.ModuleName}. Stack: {context.Project.StackProfile}.").AppendLine();
    }

    private static void Component(StringBuilder text, SessionSubject subject, PromptContext context)
    {
        text.AppendLine($"## Component: {subject.Name}").AppendLine();
        text.AppendLine($"- Module: {subject.ModuleName}").AppendLine($"- Type: {subject.ComponentType}");
        text.AppendLine($"- Spec: {subject.SpecFile}").AppendLine($"- Code: {subject.CodeFile}");
        if (subject.IsTested)
        {
            text.AppendLine($"- Test: {subject.TestFile}");
        }

        if (context.ParentSpecPath is { } parent)
        {
            text.AppendLine($"- Parent context spec: {parent}");
        }

        text.AppendLine().AppendLine(string.IsNullOrWhiteSpace(context.Component.Description) ? "(No description.)" : context.Component.Description.Trim()).AppendLine();
        if (!context.Children.IsDefaultOrEmpty)
        {
            text.AppendLine("Components it owns:");
            foreach (var child in context.Children.Take(MaxListed))
            {
                text.AppendLine($"- {child.ModuleName} ({child.Type}){Describe(child.Description)}");
            }

            text.AppendLine();
        }
    }

    private static void Stories(StringBuilder text, PromptContext context)
    {
        text.AppendLine("## User stories it satisfies").AppendLine();
        if (context.Stories.IsDefaultOrEmpty)
        {
            text.AppendLine("(No story is linked to this component.)").AppendLine();
            return;
        }

        foreach (var story in context.Stories.Take(MaxStories))
        {
            text.AppendLine($"### {story.Title}").AppendLine().AppendLine(story.Description.Trim()).AppendLine();
            foreach (var criterion in story.Criteria)
            {
                text.AppendLine($"- {criterion.Description}{(criterion.Verified ? " (verified)" : "")}");
            }

            text.AppendLine();
        }

        if (context.Stories.Length > MaxStories)
        {
            text.AppendLine($"…{context.Stories.Length - MaxStories} more stories; get_component_view lists them.").AppendLine();
        }
    }

    private static void Similar(StringBuilder text, PromptContext context)
    {
        if (context.Similar.IsDefaultOrEmpty)
        {
            return;
        }

        text.AppendLine("## Similar components (for inspiration)").AppendLine();
        foreach (var similar in context.Similar.Take(MaxListed))
        {
            text.AppendLine($"- {similar.ModuleName} ({similar.Type}){Describe(similar.Description)}");
        }

        text.AppendLine();
    }

    private static void Target(StringBuilder text, SessionType type, string step, SessionSubject subject)
    {
        var (path, document) = step switch
        {
            GenerateSpec or GenerateContextSpec or ReviseSpec => (subject.SpecFile, (DocumentType?)subject.DocumentType),
            GenerateReview or ReviseReview => (subject.ReviewFile ?? subject.SpecFile, DocumentType.DesignReview),
            GenerateTests or FixCompilationErrors => (subject.TestFile, null),
            _ => (subject.CodeFile, null),
        };
        text.AppendLine("## Your task").AppendLine();
        text.AppendLine(step switch
        {
            GenerateTests or FixCompilationErrors =>
                $"Write {path} from the spec at {subject.SpecFile}: one `describe \"fun/arity\"` per function and one `test \"<assertion>\"` per " +
                "**Test Assertions** bullet, with the bullet's exact words. No implementation exists unless the file below says so; then every test must fail first.",
            GenerateImplementation or FixTestFailures =>
                $"Implement {path} as the spec at {subject.SpecFile} describes, until the tests in {subject.TestFile} pass. Do not change the tests.",
            GenerateReview or ReviseReview =>
                $"Review the context spec at {subject.SpecFile} and the specs of its components; write the review to {path}.",
            _ => $"Write the document to {path}.",
        });
        text.AppendLine().AppendLine($"Target path: {path}").AppendLine();
        if (document is { } documentType)
        {
            text.AppendLine(SpecificationRenderer.Render(documentType).Text.Trim()).AppendLine();
        }

        text.AppendLine("When the file is written, submit an ok result (the next step reads the file).");
    }

    private static string Describe(string? description) =>
        string.IsNullOrWhiteSpace(description) ? "" : ": " + (description.Length <= 200 ? description.Trim() : description[..200].Trim() + "…");
}

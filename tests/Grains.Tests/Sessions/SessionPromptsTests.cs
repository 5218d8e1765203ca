using CodeMySpec.Architecture;
using CodeMySpec.Projects;
using CodeMySpec.Sessions;
using CodeMySpec.Stories;
using static CodeMySpec.Sessions.SessionSteps;

namespace CodeMySpec.Grains.Tests.Sessions;

public sealed class SessionPromptsTests
{
    private static PromptContext Context(SessionSubject subject) => new(
        new ProjectDefinition("Shop", "A bakery shop that sells online.", "MyApp", null, null),
        new Component(subject.ComponentId, subject.Name, subject.ModuleName, subject.ComponentType, "Stores users.", 0, null, [], []),
        "docs/spec/my_app/accounts.spec.md",
        [new StoryDetails(Guid.NewGuid(), Guid.NewGuid(), "Sign up", "As a visitor I sign up.", StoryStatus.InProgress, 0, subject.ComponentId,
            [new Criterion(Guid.NewGuid(), "A confirmation mail is sent", false, null)], 1, default, default)],
        [new Component(Guid.NewGuid(), "Products", "MyApp.Catalog.Products", "repository", "Stores products.", 0, null, [], [])],
        []);

    [Fact]
    public void Build_GenerateSpec_HoldsEveryPartOfThePrompt()
    {
        var subject = SessionSamples.Repository();
        var state = new WorkflowState(GenerateSpec, Rules: "Use Ecto.");

        var prompt = SessionPrompts.Build(SessionType.ComponentSpec, state, subject, Context(subject));

        Assert.Contains("component designer", prompt);
        Assert.Contains("A bakery shop that sells online.", prompt);
        Assert.Contains("- Type: repository", prompt);
        Assert.Contains("Parent context spec: docs/spec/my_app/accounts.spec.md", prompt);
        Assert.Contains("A confirmation mail is sent", prompt);
        Assert.Contains("MyApp.Catalog.Products", prompt);
        Assert.Contains("Use Ecto.", prompt);
        Assert.Contains("# Document format: spec", prompt);
        Assert.Contains("Target path: docs/spec/my_app/accounts/users.spec.md", prompt);
    }

    [Fact]
    public void Build_AFixStep_AddsTheFeedbackItAnswers()
    {
        var subject = SessionSamples.Repository();
        var state = new WorkflowState(FixTestFailures, LoopAttempts: 2, Feedback: ["1 of 2 tests failed"]);

        var prompt = SessionPrompts.Build(SessionType.ComponentCode, state, subject, Context(subject));

        Assert.Contains("unit coder", prompt);
        Assert.Contains("What to fix (attempt 2)", prompt);
        Assert.Contains("1 of 2 tests failed", prompt);
        Assert.Contains("Target path: lib/my_app/accounts/users.ex", prompt);
    }

    [Theory]
    [InlineData(SessionType.ComponentTest, "test writer")]
    [InlineData(SessionType.ContextSpec, "context designer")]
    [InlineData(SessionType.ContextDesignReview, "context reviewer")]
    public void Persona_FollowsTheSessionType(SessionType type, string persona) =>
        Assert.Contains(persona, SessionPrompts.Persona(WorkflowEngine.Persona(type)));
}

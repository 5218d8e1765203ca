using CodeMySpec.Coordinator;
using CodeMySpec.Errors;

namespace CodeMySpec.Api.Coordinator;

/// <summary>
/// Body of sync_project: either <c>files</c> (the whole list) or <c>added</c>/<c>removed</c> (a delta), optionally a
/// test report. <c>project_id</c>, when given, must name the project the report is sent to.
/// </summary>
public sealed record SyncProjectRequest(IReadOnlyList<string>? Files, IReadOnlyList<string>? Added, IReadOnlyList<string>? Removed,
    string? TestResults, Guid? ProjectId)
{
    public ProjectSync ToSync(Guid projectId)
    {
        if (ProjectId is { } named && named != projectId)
        {
            throw DomainException.Invalid("project_id", $"This report names project {named} but was sent to project {projectId}; send it to its own project.");
        }

        if (Files is not null && (Added is not null || Removed is not null))
        {
            throw DomainException.Invalid("files", "Send either files (the whole list) or added and removed (a delta), not both.");
        }

        if (Files is null && Added is null && Removed is null && TestResults is null)
        {
            throw DomainException.Invalid("files", "Send files (the whole list), added and removed (a delta), or test_results.");
        }

        return Files is not null
            ? new ProjectSync(true, [.. Files], [], TestResults)
            : new ProjectSync(false, [.. Added ?? []], [.. Removed ?? []], TestResults);
    }
}

/// <summary>Body of report_test_results: the report as the test run wrote it (JUnit XML or ExUnit/Mocha-style JSON).</summary>
public sealed record TestResultsRequest(string? Report, Guid? ProjectId)
{
    public string ToReport(Guid projectId) =>
        ProjectId is { } named && named != projectId
            ? throw DomainException.Invalid("project_id", $"This report names project {named} but was sent to project {projectId}; send it to its own project.")
            : Report ?? throw DomainException.Invalid("report", "Send the test report (JUnit XML or ExUnit/Mocha-style JSON) as a string.");
}

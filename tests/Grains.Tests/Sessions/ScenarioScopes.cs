using CodeMySpec.Grains.Tests.Architecture;
using CodeMySpec.Security;

namespace CodeMySpec.Grains.Tests.Sessions;

/// <summary>Sessions belong to the scope's project, so their callers name it.</summary>
internal static class ScenarioScopes
{
    public static Scope Driver(this ArchitectureScenario scenario) => scenario.Owner with { ProjectId = scenario.ProjectId };
}

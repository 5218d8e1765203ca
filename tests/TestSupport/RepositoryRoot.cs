using System.Reflection;

namespace CodeMySpec.TestSupport;

/// <summary>Finds the repository (the folder holding CodeMySpec.sln) and the built Silo.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The Silo's entry assembly, built in the same configuration as the running tests.</summary>
    public static string SiloDll
    {
        get
        {
            var configuration = typeof(RepositoryRoot).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var dll = System.IO.Path.Combine(Path, "src", "Silo", "bin", configuration, "net10.0", "CodeMySpec.Silo.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the solution first; {dll} is missing.");
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CodeMySpec.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CodeMySpec.sln not found above " + AppContext.BaseDirectory);
    }
}

using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace CodeMySpec.Silo.Migrations;

/// <summary>One versioned schema script, embedded in the Silo as <c>Migrations/Sql/NNNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "CodeMySpec.Migrations.";

    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>Every migration of this build, in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = Load();

    private static List<Migration> Load()
    {
        var assembly = typeof(Migration).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => FromResource(assembly, n))
            .OrderBy(m => m.Version)];
    }

    private static Migration FromResource(Assembly assembly, string resource)
    {
        var fileName = resource[ResourcePrefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return new Migration(int.Parse(fileName[..separator], System.Globalization.CultureInfo.InvariantCulture),
            fileName[(separator + 1)..], reader.ReadToEnd());
    }
}

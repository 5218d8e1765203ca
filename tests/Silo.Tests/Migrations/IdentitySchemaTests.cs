using CodeMySpec.Api.Identity;
using CodeMySpec.Silo.Migrations;
using Microsoft.EntityFrameworkCore;

namespace CodeMySpec.Silo.Tests.Migrations;

/// <summary>The identity and OAuth tables are created by a migration script; it must match the EF model exactly.</summary>
public sealed class IdentitySchemaTests
{
    [Fact]
    public void IdentityMigration_MatchesTheModelThatUsesIt()
    {
        var options = new DbContextOptionsBuilder<AuthDbContext>();
        options.UseNpgsql("Host=unused").UseSnakeCaseNamingConvention().UseOpenIddict<Guid>();
        using var context = new AuthDbContext(options.Options);
        var expected = Normalize(context.Database.GenerateCreateScript());
        var migration = Migration.All.Single(m => m.Name == "identity");

        if (Normalize(migration.Sql) != expected)
        {
            var path = Path.Combine(Path.GetTempPath(), "codemyspec-identity-expected.sql");
            File.WriteAllText(path, context.Database.GenerateCreateScript());
            Assert.Fail($"src/Silo/Migrations/Sql/{migration.Version:D4}_identity.sql differs from the model; the model's script is in {path}. " +
                "A change to a shipped migration goes into a new migration instead.");
        }
    }

    private static string Normalize(string sql) => string.Join('\n', sql
        .Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal)));
}

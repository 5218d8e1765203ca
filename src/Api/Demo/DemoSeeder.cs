using System.Security.Cryptography;
using System.Text.Json;
using CodeMySpec.Accounts;
using CodeMySpec.Api.Identity;
using CodeMySpec.Api.OAuth;
using CodeMySpec.Api.Projects;
using CodeMySpec.Errors;
using CodeMySpec.Projects;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace CodeMySpec.Api.Demo;

/// <summary>
/// Creates (once) a demo person, their team account, a demo project and an agent client for it, and writes
/// them to the credentials file. A second run reads the file back and keeps everything that still works, so
/// the credentials stay the same across restarts. Only on when <c>Demo:Seed</c> is true (scripts/run.sh).
/// </summary>
internal sealed class DemoSeeder(IServiceProvider services, IHostApplicationLifetime lifetime, IOptions<DemoSettings> settings, IGrainFactory grains)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Grains answer only once the silo has joined, which is when the host reports started.
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);

        await using var scope = services.CreateAsyncScope();
        var credentials = await SeedAsync(scope.ServiceProvider, Read());
        var path = Path.GetFullPath(settings.Value.CredentialsFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(credentials, new JsonSerializerOptions { WriteIndented = true }), stoppingToken);
        if (!OperatingSystem.IsWindows())
        {
            // Secrets: readable by the developer only.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        Console.WriteLine($"""

            Demo credentials (also in {settings.Value.CredentialsFile}):
              sign in:        {credentials.BaseUrl}/account/login  as {credentials.UserEmail} / {credentials.UserPassword}
              agent client:   {credentials.AgentClientId} / {credentials.AgentClientSecret}
              token endpoint: {credentials.TokenEndpoint}
              project:        {credentials.ProjectId} in account {credentials.AccountId}
              MCP endpoint:   {credentials.McpUrl}

            """);
    }

    private async Task<DevCredentials> SeedAsync(IServiceProvider provider, DevCredentials? previous)
    {
        var users = provider.GetRequiredService<UserManager<ApplicationUser>>();
        var registration = provider.GetRequiredService<Registration>();
        var applications = provider.GetRequiredService<IOpenIddictApplicationManager>();
        var baseUrl = (settings.Value.BaseUrl ?? previous?.BaseUrl ?? "http://127.0.0.1:5080").TrimEnd('/');

        var email = previous?.UserEmail ?? "demo@codemyspec.local";
        var password = previous?.UserPassword ?? Secret(18);
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = await registration.RegisterAsync(email, password);
        }
        else if (!await users.CheckPasswordAsync(user, password))
        {
            password = Secret(18);
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, password);
        }

        var person = Actor.Person(user.Id);
        var accountId = previous?.AccountId ?? Guid.NewGuid();
        var account = grains.GetGrain<IAccountGrain>(accountId);
        var scope = new Scope(person, accountId, null);
        try
        {
            await account.GetAsync(scope);
        }
        catch (DomainException)
        {
            accountId = Guid.NewGuid();
            scope = new Scope(person, accountId, null);
            await grains.GetGrain<IAccountGrain>(accountId).CreateAsync(scope, new NewAccount("Demo Agency", "demo-" + Secret(6).ToLowerInvariant(), AccountType.Team));
        }

        var projectId = previous?.ProjectId ?? Guid.NewGuid();
        var project = grains.GetGrain<IProjectGrain>(projectId);
        try
        {
            await project.GetAsync(scope);
        }
        catch (DomainException)
        {
            await project.CreateAsync(scope, new ProjectDefinition("Demo Shop", "A demo online shop for a bakery.", "DemoShop", null, null));
        }

        var clientId = previous?.AgentClientId ?? "agent-demo-" + Secret(8).ToLowerInvariant();
        var secret = previous?.AgentClientSecret ?? Secret(32);
        var application = await applications.FindByClientIdAsync(clientId);
        if (application is null || !await applications.ValidateClientSecretAsync(application, secret))
        {
            if (application is not null)
            {
                await applications.DeleteAsync(application);
            }

            secret = Secret(32);
            await applications.CreateAsync(AgentClients.Descriptor(clientId, secret, "Demo agent", accountId, projectId, OAuthScopes.AgentScopes));
        }

        await project.GrantAgentAsync(scope, clientId);
        return new DevCredentials(baseUrl, email, password, accountId, projectId, clientId, secret, baseUrl + "/connect/token", baseUrl + "/mcp/projects/" + projectId.ToString("D"));
    }

    private DevCredentials? Read()
    {
        try
        {
            return JsonSerializer.Deserialize<DevCredentials>(File.ReadAllText(settings.Value.CredentialsFile));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Secret(int length) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(length)).Replace('+', 'x').Replace('/', 'y').TrimEnd('=')[..length];
}

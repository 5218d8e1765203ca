using CodeMySpec.Api;
using CodeMySpec.Silo.Configuration;
using CodeMySpec.Silo.Health;
using CodeMySpec.Silo.Hosting;
using CodeMySpec.Silo.Migrations;

try
{
    if (args is ["migrate", .. var rest])
    {
        return await MigrateCommand.RunAsync(rest);
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.AddCodeMySpecSilo();
    builder.AddCodeMySpecApi();

    var app = builder.Build();
    app.MapHealthEndpoints();
    app.MapCodeMySpecApi();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (StartupFailure.Find(e) is { } failure)
{
    await Console.Error.WriteLineAsync($"CodeMySpec cannot start: {failure.Message}");
    return 2;
}

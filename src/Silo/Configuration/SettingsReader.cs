using System.ComponentModel.DataAnnotations;

namespace CodeMySpec.Silo.Configuration;

/// <summary>Binds and validates a settings section at start, naming each bad setting by its full key.</summary>
internal static class SettingsReader
{
    public static T Read<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        T settings;
        try
        {
            settings = configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            // The binder's own message names the key and the expected type.
            throw new StartupException(e.Message, e);
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true))
        {
            var problems = results.Select(r =>
                $"'{section}:{r.MemberNames.FirstOrDefault() ?? "?"}' is invalid: {r.ErrorMessage}");
            throw new StartupException("Invalid settings. " + string.Join(" ", problems));
        }

        return settings;
    }
}

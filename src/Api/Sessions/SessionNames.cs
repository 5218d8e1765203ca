using System.Text.Json;
using CodeMySpec.Errors;

namespace CodeMySpec.Api.Sessions;

/// <summary>The snake_case names of the session enums as clients send them, parsed with errors that list the valid names.</summary>
internal static class SessionNames
{
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static T Parse<T>(string? value, string field) where T : struct, Enum =>
        TryParse<T>(value) ?? throw DomainException.Invalid(field,
            $"'{value}' is not a valid {field}; use one of: {string.Join(", ", Enum.GetValues<T>().Select(v => Name(v)))}.");

    public static T? Optional<T>(string? value, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : Parse<T>(value, field);

    private static T? TryParse<T>(string? value) where T : struct, Enum
    {
        var wanted = value?.Trim().ToLowerInvariant();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Name(candidate) == wanted)
            {
                return candidate;
            }
        }

        return null;
    }
}

namespace CodeMySpec.Api.Identity;

/// <summary>Body of POST /api/auth/register and /api/auth/login.</summary>
public sealed record Credentials(string Email, string Password);

/// <summary>Body of POST /api/auth/password.</summary>
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <summary>A person as they see themselves after registering or signing in.</summary>
public sealed record PersonInfo(Guid UserId, string Email, Guid PersonalAccountId);

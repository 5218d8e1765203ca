using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CodeMySpec.Accounts;
using CodeMySpec.Errors;
using CodeMySpec.Security;
using Microsoft.AspNetCore.Identity;

namespace CodeMySpec.Api.Identity;

/// <summary>Registers a person together with their personal account, or leaves neither behind.</summary>
internal sealed partial class Registration(UserManager<ApplicationUser> users, IGrainFactory grains)
{
    public async Task<ApplicationUser> RegisterAsync(string? email, string? password)
    {
        email = email?.Trim() ?? "";
        var user = new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, PersonalAccountId = Guid.NewGuid() };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            throw IdentityErrors.ToDomainException(created);
        }

        try
        {
            await CreatePersonalAccountAsync(user);
            return user;
        }
        catch
        {
            await users.DeleteAsync(user);
            throw;
        }
    }

    private async Task CreatePersonalAccountAsync(ApplicationUser user)
    {
        var account = grains.GetGrain<IAccountGrain>(user.PersonalAccountId);
        var scope = Scope.ForPerson(user.Id, user.PersonalAccountId);
        var name = user.Email!.Split('@')[0];
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await account.CreateAsync(scope, new NewAccount(name.Length > 100 ? name[..100] : name, SlugFor(name), AccountType.Personal));
                return;
            }
            catch (DomainException e) when (e.Kind == DomainErrorKind.Conflict && attempt < 4)
            {
                // A random suffix collided with another slug; draw again.
            }
        }
    }

    private static string SlugFor(string localPart)
    {
        var cleaned = NotSlug().Replace(localPart.ToLowerInvariant(), "-").Trim('-');
        cleaned = cleaned.Length > 40 ? cleaned[..40] : cleaned;
        return $"{(cleaned.Length == 0 ? "user" : cleaned)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}

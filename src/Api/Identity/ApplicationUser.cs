using Microsoft.AspNetCore.Identity;

namespace CodeMySpec.Api.Identity;

/// <summary>A person who signs in. Their accounts and roles live in grains; this row is only who they are.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    /// <summary>The account created for them at registration.</summary>
    public Guid PersonalAccountId { get; set; }
}

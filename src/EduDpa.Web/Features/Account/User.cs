using EduDpa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace EduDpa.Web.Features.Account;

/// <summary>A person with an account. What they may do in an organisation is in their memberships.</summary>
public sealed class User : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = string.Empty;

    public PlatformRoles PlatformRoles { get; set; }

    /// <summary>"nl" or "en"; the language the person last chose, used for e-mails to them.</summary>
    public string PreferredCulture { get; set; } = "nl";
}

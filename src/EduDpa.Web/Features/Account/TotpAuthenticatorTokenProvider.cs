using Microsoft.AspNetCore.Identity;

namespace EduDpa.Web.Features.Account;

/// <summary>Identity's authenticator-app token provider, with the application's clock.</summary>
public sealed class TotpAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<User>
{
    public const string ProviderName = "EduDpaAuthenticator";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    // An authenticator app makes the codes; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        return !string.IsNullOrWhiteSpace(key) && Totp.Verify(Totp.DecodeBase32(key), token, clock.GetUtcNow());
    }
}

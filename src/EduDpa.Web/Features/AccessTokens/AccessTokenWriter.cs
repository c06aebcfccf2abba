using EduDpa.Domain.Accounts;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Security;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.AccessTokens;

public sealed record TokenRow(AccessToken Token, string OrganisationName);

/// <summary>A person's own API tokens. The tenant filter shows each person only their own.</summary>
public sealed class AccessTokenWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    public static readonly int[] ValidityDays = [30, 90, 365];

    public async Task<IReadOnlyList<TokenRow>> ListAsync(CancellationToken cancellationToken)
    {
        var tokens = await db.AccessTokens.OrderByDescending(t => t.CreatedAt).AsNoTracking().ToListAsync(cancellationToken);
        var names = tenant.Organisations.ToDictionary(o => o.Id, o => o.Name);
        return [.. tokens.Select(t => new TokenRow(t, names.GetValueOrDefault(t.OrganisationId, "–")))];
    }

    /// <summary>Creates a token; the secret is in the result and is never shown again.</summary>
    public async Task<(AccessToken? Token, string? Secret, ValidationErrors Errors)> CreateAsync(string? name, Guid? organisationId, int? validForDays, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (organisationId is not { } orgId || tenant.Organisations.All(o => o.Id != orgId))
        {
            errors.Add("OrganisationId", ValidationCodes.UnknownValue);
        }
        if (validForDays is { } days && !ValidityDays.Contains(days))
        {
            errors.Add("ValidForDays", ValidationCodes.UnknownValue);
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("Name", ValidationCodes.Required);
        }
        else if (name.Trim().Length > AccessToken.NameMaxLength)
        {
            errors.Add("Name", ValidationCodes.TooLong);
        }
        if (!errors.IsEmpty)
        {
            return (null, null, errors);
        }
        var now = clock.GetUtcNow();
        var secret = Secrets.New(AccessTokenAuthenticationHandler.TokenPrefix);
        var token = AccessToken.Create(tenant.UserId!.Value, organisationId!.Value, name, secret[..12], Secrets.Hash(secret), now,
            validForDays is { } valid ? now.AddDays(valid) : null);
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret, errors);
    }

    public async Task<bool> RevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null)
        {
            return false;
        }
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

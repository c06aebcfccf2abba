using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.AccessTokens;

/// <summary>
/// /api/tokens: a person's personal access tokens. Managing tokens needs the login cookie: a token
/// cannot mint or list tokens.
/// </summary>
public static class AccessTokensApi
{
    public sealed record TokenResponse(Guid Id, string Name, Guid OrganisationId, string OrganisationName, string Prefix,
        DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
    {
        public static TokenResponse From(TokenRow row) => From(row.Token, row.OrganisationName);

        public static TokenResponse From(AccessToken t, string organisationName) =>
            new(t.Id, t.Name, t.OrganisationId, organisationName, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
    }

    public sealed record CreatedTokenResponse(TokenResponse Token, string Secret);

    public sealed record TokenRequest(string? Name, Guid? OrganisationId, int? ValidForDays);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/tokens").WithTags("Account").RequireAuthorization(Policies.SignedIn).AddEndpointFilter(RequireCookie);
        api.MapGet("", List).WithSummary("Your personal access tokens.");
        api.MapPost("", Create).WithSummary("Creates a token bound to one of your organisations (validForDays: 30, 90, 365 or null for no expiry). The secret is returned once.");
        api.MapDelete("/{tokenId:guid}", Revoke).WithSummary("Revokes one of your tokens.");
    }

    private static async ValueTask<object?> RequireCookie(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<TenantContext>().AccessTokenId is null
            ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tokens are managed with the login cookie, not with a token.");

    private static async Task<Ok<List<TokenResponse>>> List(AccessTokenWriter writer, CancellationToken cancellationToken) =>
        TypedResults.Ok((await writer.ListAsync(cancellationToken)).Select(TokenResponse.From).ToList());

    private static async Task<Results<Created<CreatedTokenResponse>, ValidationProblem>> Create(
        TokenRequest request, AccessTokenWriter writer, TenantContext tenant, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var (token, secret, errors) = await writer.CreateAsync(request.Name, request.OrganisationId, request.ValidForDays, cancellationToken);
        if (token is null)
        {
            return TypedResults.ValidationProblem(messages.ForApi(errors), title: t["Api.ValidationFailed"]);
        }
        var organisationName = tenant.Organisations.First(o => o.Id == token.OrganisationId).Name;
        return TypedResults.Created($"/api/tokens/{token.Id}", new CreatedTokenResponse(TokenResponse.From(token, organisationName), secret!));
    }

    private static async Task<Results<NoContent, NotFound>> Revoke(Guid tokenId, AccessTokenWriter writer, CancellationToken cancellationToken) =>
        await writer.RevokeAsync(tokenId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}

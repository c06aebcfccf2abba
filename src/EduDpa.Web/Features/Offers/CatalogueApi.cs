using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Offers;

/// <summary>/api/catalogue: the open offers of all suppliers, and a board's adoption of one.</summary>
public static class CatalogueApi
{
    public sealed record AdoptionResponse(Guid AgreementId, bool Created, string Url);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/catalogue").WithTags("Offers");
        api.MapGet("", Search).RequireAuthorization(Policies.Member)
            .WithSummary("Open offers, searched by product or supplier name (q) and audience (po, vo, vso, mbo), with their published annexes and conformity summary.");
        api.MapPost("/{openOfferId:guid}/adopt", Adopt).RequireAuthorization(Policies.BoardEditor)
            .WithSummary("The acting school board adopts an open offer: 201 with its new offer, or 200 with the live agreement it already has for the product.");
    }

    private static async Task<Results<Ok<IReadOnlyList<CatalogueRow>>, ValidationProblem>> Search(
        string? q, string? audience, Catalogue catalogue, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        if (!TryAudience(audience, out var parsed))
        {
            return TypedResults.ValidationProblem(messages.ForApi(ValidationErrors.For("Audience", ValidationCodes.UnknownValue)), title: t["Api.ValidationFailed"]);
        }
        return TypedResults.Ok(await catalogue.SearchAsync(q, parsed, cancellationToken));
    }

    private static async Task<Results<Created<AdoptionResponse>, Ok<AdoptionResponse>, NotFound>> Adopt(Guid openOfferId, Catalogue catalogue, CancellationToken cancellationToken)
    {
        if (await catalogue.AdoptAsync(openOfferId, cancellationToken) is not { } adoption)
        {
            return TypedResults.NotFound();
        }
        var response = new AdoptionResponse(adoption.AgreementId, adoption.Created, $"/api/agreements/{adoption.AgreementId}");
        return adoption.Created ? TypedResults.Created(response.Url, response) : TypedResults.Ok(response);
    }

    /// <summary>An audience as the API and the page name it (po, vo, vso, mbo; any case); empty means any.</summary>
    public static bool TryAudience(string? value, out Audience? audience)
    {
        audience = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        if (Enum.TryParse<Audience>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            audience = parsed;
            return true;
        }
        return false;
    }
}

using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Offers;

/// <summary>
/// /api/products/{productId}/offers: a supplier offers a product to many boards at once and follows where each
/// offer stands. /api/products/{productId}/open-offer: the product's open offer for the catalogue.
/// </summary>
public static class OffersApi
{
    public sealed record BulkOfferResponse(IReadOnlyList<OfferedBoard> Offered, IReadOnlyList<OfferedBoard> AlreadyOffered, IReadOnlyList<string> UnknownKvk, IReadOnlyList<BadLine> BadLines);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/products/{productId:guid}").WithTags("Offers");
        api.MapPost("/offers", Offer).RequireAuthorization(Policies.ProcessorEditor)
            .WithSummary("Offers the product to all convenant members (target members), all boards with a school in a sector (target sector), or the boards with the KvK numbers given one per line (target kvk), with the same terms. A board with a live agreement for the product is reported as already offered; unknown KvK numbers and lines that are no KvK number are reported, the rest is offered.");
        api.MapGet("/offers", Progress).RequireAuthorization(Policies.ProcessorMember)
            .WithSummary("Where the product's offers stand, per board, with the counts of offered, opened, signed and declined.");
        api.MapPost("/open-offer", Publish).RequireAuthorization(Policies.ProcessorEditor)
            .WithSummary("Publishes the product's open offer in the catalogue with these terms; an open offer already there is closed and replaced.");
        api.MapDelete("/open-offer", Close).RequireAuthorization(Policies.ProcessorEditor)
            .WithSummary("Closes the product's open offer; agreements already adopted stay.");
    }

    private static async Task<Results<Ok<BulkOfferResponse>, NotFound, ValidationProblem>> Offer(
        Guid productId, BulkOfferRequest request, BulkOffer offers, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var result = await offers.OfferAsync(productId, request, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(new BulkOfferResponse(result.Value!.Offered, result.Value.AlreadyOffered, result.Value.UnknownKvk, result.Value.BadLines)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, OfferForm.Scope), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Results<Ok<OfferProgressView>, NotFound>> Progress(Guid productId, OfferProgress progress, CancellationToken cancellationToken) =>
        await progress.LoadAsync(productId, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<OpenOfferInfo>, NotFound, ValidationProblem>> Publish(
        Guid productId, OpenOfferRequest request, OpenOfferWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var result = await writer.PublishAsync(productId, request, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(OpenOfferInfo.From(result.Value!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, OfferForm.Scope), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Results<NoContent, NotFound>> Close(Guid productId, OpenOfferWriter writer, CancellationToken cancellationToken) =>
        await writer.CloseAsync(productId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}

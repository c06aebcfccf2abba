using EduDpa.Domain.Annexes;
using EduDpa.Domain.Reference;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements;

/// <summary>
/// /api/agreements/{id}/annexes: each product's published annexes in the agreement with the board's part
/// (contacts, optional services, transfers, retention); /api/agreements/{id}/findings: what stands between
/// the agreement and its signing.
/// </summary>
public static class BoardPartApi
{
    public sealed record AnnexRef(int Number, DateOnly Date, string Url);

    public sealed record OptionalServiceRow(string ServiceId, string? Description, string? Processing, bool? Accepted, DateTimeOffset? DecidedAt);

    public sealed record TransferRow(string TransferId, string? Destination, Safeguard? Safeguard, string? Recipient, bool? Consented, DateTimeOffset? DecidedAt);

    public sealed record ProductPart(
        Guid ProductId, string Name, AnnexRef? PrivacyAnnex, AnnexRef? SecurityAnnex,
        IReadOnlyList<OptionalServiceRow> OptionalServices, IReadOnlyList<TransferRow> Transfers,
        string? RetentionProposal, RetentionChoice? Retention, string? RetentionSettled);

    public sealed record BoardPartResponse(ContactPerson? BoardContact, ContactPerson? BoardIncidentContact, IReadOnlyList<ProductPart> Products, int Errors, int Version);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/agreements/{agreementId:guid}").WithTags("Agreements");
        api.MapGet("/annexes", Get).RequireAuthorization(Policies.Member)
            .WithSummary("Each product's newest published annexes with the board's part: contacts, decisions on optional services, consent to transfers, retention.");
        api.MapPut("/annexes", Save).RequireAuthorization(Policies.Editor)
            .WithSummary("The board replaces its part. A decision left null is not taken. Send the agreement's version you read.");
        api.MapGet("/findings", Findings).RequireAuthorization(Policies.Member)
            .WithSummary("The conformity check of the agreement before signing: every product's annexes and the board's part.");
    }

    public static BoardPartResponse Describe(AgreementView view)
    {
        var agreement = view.Agreement;
        var products = view.Annexes.Select(source =>
        {
            var choices = agreement.ChoicesFor(source.ProductId);
            var privacy = source.Privacy;
            return new ProductPart(
                source.ProductId, source.ProductName,
                Ref(source.ProductId, AnnexKind.Privacy, privacy?.Version), Ref(source.ProductId, AnnexKind.Security, source.Security?.Version),
                [.. (privacy?.OptionalServices ?? []).Select(s => choices.DecisionFor(s) is { } d
                    ? new OptionalServiceRow(s.Id, s.Description, s.Processing, d.Accepted, d.DecidedAt)
                    : new OptionalServiceRow(s.Id, s.Description, s.Processing, null, null))],
                [.. (privacy?.Transfers ?? []).Where(t => t.InternationalOrganisation is not null || (t.CountryCode is { } c && !Countries.IsEea(c))).Select(t => choices.ConsentFor(t) is { } c
                    ? new TransferRow(t.Id, Destination(t), t.Safeguard, t.Recipient, c.Consented, c.DecidedAt)
                    : new TransferRow(t.Id, Destination(t), t.Safeguard, t.Recipient, null, null))],
                privacy?.Retention, choices.Retention, privacy is null ? null : choices.RetentionFor(privacy));
        }).ToList();
        return new BoardPartResponse(agreement.BoardContact, agreement.BoardIncidentContact, products, view.Blocking.Count, agreement.Version);
    }

    private static string? Destination(Transfer t) => AnnexLabels.Join(", ", t.CountryCode is { } c ? Countries.NameOf(c, FindingResponse.English) : null, t.InternationalOrganisation);

    private static AnnexRef? Ref(Guid productId, AnnexKind kind, AnnexStamp? stamp) =>
        stamp is null ? null : new AnnexRef(stamp.Number, stamp.Date, AnnexesApi.VersionUrl(productId, kind, stamp.Number));

    private static async Task<Results<Ok<BoardPartResponse>, NotFound>> Get(Guid agreementId, AgreementReader reader, CancellationToken cancellationToken) =>
        await reader.LoadAsync(agreementId, cancellationToken) is { } view ? TypedResults.Ok(Describe(view)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<FindingResponse>>, NotFound>> Findings(Guid agreementId, AgreementReader reader, CancellationToken cancellationToken) =>
        await reader.LoadAsync(agreementId, cancellationToken) is { } view ? TypedResults.Ok(FindingResponse.From(view.Findings)) : TypedResults.NotFound();

    private static async Task<Results<Ok<BoardPartResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Save(
        Guid agreementId, BoardPartInput input, BoardPartWriter writer, AgreementReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var result = await writer.SaveAsync(agreementId, input, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(Describe((await reader.LoadAsync(agreementId, cancellationToken))!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = Describe((await reader.LoadAsync(agreementId, cancellationToken))!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]),
        };
    }
}

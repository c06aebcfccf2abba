using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using AmendmentResults = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Created<EduDpa.Web.Features.Agreements.AgreementsApi.AmendmentResponse>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<EduDpa.Web.Features.Agreements.AgreementsApi.AmendmentResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace EduDpa.Web.Features.Agreements;

/// <summary>
/// /api/agreements: drafts between a school board and a supplier or distributor, their text, and the
/// amendments (Bijlage 3) the parties negotiate. /api/directory: whom one can draw up an agreement with.
/// </summary>
public static class AgreementsApi
{
    public sealed record AgreementResponse(
        Guid Id, string ModelId, AgreementState State, PartyRole YourRole, PartyRole InitiatedBy,
        Party Board, Party Processor, bool CoversAllSchools, IReadOnlyList<SchoolRow> Schools,
        IReadOnlyList<ProductRow> Products, DateOnly? ContractDate, string? ContractDescription, int? ReturnTermDays,
        IReadOnlyList<string> MissingFields, IReadOnlyList<OmittedClause> OmittedClauses, int Version,
        LifecycleFacts Lifecycle);

    /// <summary>Where the agreement is in its life, as the acting party sees it today.</summary>
    public sealed record LifecycleFacts(
        AgreementState CurrentState, DateTimeOffset? OfferedAt, DateTimeOffset? OpenedAt, ReviewApproval? Approval, IReadOnlyList<AgreementSignature> Signatures,
        DateOnly? EffectiveFrom, string? EndReason, ContractEnd? Ending, DateOnly? ReturnDeadline, DestructionConfirmation? Destruction,
        DestructionAcknowledgement? Acknowledgement, Guid? SupersedesId, Guid? SupersededById, PendingAction? YourNextAction);

    public sealed record Party(Guid Id, string Name, string Kind, string? RepresentativeName, string? RepresentativeFunction);

    public sealed record AmendmentResponse(
        Guid Id, Guid AgreementId, string ClauseId, string Citation, AmendmentKind Kind, PartyRole ProposedBy, AmendmentState State,
        int? Number, string CurrentText, string NewText, string Reason, IReadOnlyList<AmendmentEvent> History, int Version)
    {
        public static AmendmentResponse From(Amendment a, string citation) =>
            new(a.Id, a.AgreementId, a.ClauseId, citation, a.Kind, a.ProposedBy, a.State, a.Number, a.CurrentText, a.NewText, a.Reason, a.History, a.Version);
    }

    public static AgreementResponse Describe(AgreementView view)
    {
        var a = view.Agreement;
        return new AgreementResponse(
            a.Id, a.ModelId, a.State, view.Role, a.InitiatedBy,
            new Party(view.Board.Id, view.Board.Name, view.Board.Kind.ToString(), a.BoardRepresentative?.Name, a.BoardRepresentative?.Function),
            new Party(view.Processor.Id, view.Processor.Name, view.Processor.Kind.ToString(), a.ProcessorRepresentative?.Name, a.ProcessorRepresentative?.Function),
            a.CoversAllSchools, view.CoveredSchools, view.Products, a.Contract.Date, a.Contract.Description, a.Contract.ReturnTermDays,
            view.Document.MissingFields, [.. view.Document.Articles.SelectMany(x => x.Omitted)], a.Version,
            new LifecycleFacts(a.StateOn(view.Today), a.OfferedAt, a.OpenedAt, a.Approval, a.Signatures, a.EffectiveFrom, a.EndReason, a.Ending, a.ReturnDeadline,
                a.Destruction, a.Acknowledgement, a.SupersedesId, a.SupersededById, PendingAction.For(a, view.Role, view.Today)));
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var directory = endpoints.MapGroup("/api/directory").WithTags("Agreements").RequireAuthorization(Policies.Member);
        directory.MapGet("/organisations", (Counterparties c, CancellationToken ct) => c.ListAsync(ct))
            .WithSummary("Organisations the acting organisation can draw up an agreement with: suppliers and distributors for a school board, school boards for them.");
        directory.MapGet("/organisations/{organisationId:guid}/products", (Guid organisationId, Counterparties c, CancellationToken ct) => c.ProductsOfAsync(organisationId, ct))
            .WithSummary("The product names of a supplier or distributor, to choose what an agreement covers.");

        var api = endpoints.MapGroup("/api/agreements").WithTags("Agreements");
        api.MapGet("", List).RequireAuthorization(Policies.Member).WithSummary("The acting organisation's agreements.");
        api.MapPost("", Create).RequireAuthorization(Policies.Editor)
            .WithSummary("Starts a draft from the Model Verwerkersovereenkomst 4.0 with another organisation, for some of its products.");
        api.MapGet("/{agreementId:guid}", Get).RequireAuthorization(Policies.Member).WithName("GetAgreement");
        api.MapPut("/{agreementId:guid}", Update).RequireAuthorization(Policies.Editor)
            .WithSummary("Replaces your own part (representative; for a school board also the schools) and the shared part (contract, products). Send the version you read.");
        api.MapGet("/{agreementId:guid}/text", Text).RequireAuthorization(Policies.Member)
            .WithSummary("The whole agreement as plain UTF-8 text in reading order, amendments in place.");

        var amendments = api.MapGroup("/{agreementId:guid}/amendments");
        amendments.MapGet("", ListAmendments).RequireAuthorization(Policies.Member);
        amendments.MapPost("", Propose).RequireAuthorization(Policies.Editor)
            .WithSummary("Proposes a change to a clause (kind Change) or a new clause after it (Addition), with the reason (model art. 14.2).");
        amendments.MapGet("/{amendmentId:guid}", GetAmendment).RequireAuthorization(Policies.Member);
        amendments.MapPut("/{amendmentId:guid}", Revise).RequireAuthorization(Policies.Editor).WithSummary("The proposer revises the text or the reason.");
        amendments.MapPost("/{amendmentId:guid}/accept", Accept).RequireAuthorization(Policies.Editor).WithSummary("The other party accepts; it enters Bijlage 3.");
        amendments.MapPost("/{amendmentId:guid}/reject", Reject).RequireAuthorization(Policies.Editor).WithSummary("The other party rejects, with a comment (required).");
        amendments.MapPost("/{amendmentId:guid}/withdraw", Withdraw).RequireAuthorization(Policies.Editor).WithSummary("The proposer withdraws.");
    }

    private static async Task<Ok<IReadOnlyList<AgreementListRow>>> List(AgreementReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ListAsync(cancellationToken));

    private static async Task<Results<Ok<AgreementResponse>, NotFound>> Get(Guid agreementId, AgreementReader reader, CancellationToken cancellationToken) =>
        await reader.LoadAsync(agreementId, cancellationToken) is { } view ? TypedResults.Ok(Describe(view)) : TypedResults.NotFound();

    private static async Task<Results<Created<AgreementResponse>, ValidationProblem>> Create(
        DraftRequest request, AgreementWriter writer, AgreementReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var result = await writer.StartDraftAsync(request, cancellationToken);
        if (result.Outcome != WriteOutcome.Saved)
        {
            return TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]);
        }
        var view = (await reader.LoadAsync(result.Value!.Id, cancellationToken))!;
        return TypedResults.Created($"/api/agreements/{view.Agreement.Id}", Describe(view));
    }

    private static async Task<Results<Ok<AgreementResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Update(
        Guid agreementId, DraftUpdate update, AgreementWriter writer, AgreementReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        var result = await writer.UpdateAsync(agreementId, update, cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(Describe((await reader.LoadAsync(agreementId, cancellationToken))!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = Describe((await reader.LoadAsync(agreementId, cancellationToken))!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Results<ContentHttpResult, NotFound>> Text(Guid agreementId, AgreementReader reader, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(agreementId, cancellationToken) is not { } view)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Text(AgreementPlainText.Write(view.Document, t["Agreement.AnnexPending"]), "text/plain; charset=utf-8");
    }

    private static async Task<Results<Ok<List<AmendmentResponse>>, NotFound>> ListAmendments(Guid agreementId, AgreementReader reader, CancellationToken cancellationToken) =>
        await reader.LoadAsync(agreementId, cancellationToken) is { } view
            ? TypedResults.Ok(view.Amendments.Select(a => AmendmentResponse.From(a, Citation(view, a))).ToList())
            : TypedResults.NotFound();

    private static async Task<Results<Ok<AmendmentResponse>, NotFound>> GetAmendment(Guid agreementId, Guid amendmentId, AgreementReader reader, CancellationToken cancellationToken) =>
        await reader.LoadAsync(agreementId, cancellationToken) is { } view && view.Amendments.FirstOrDefault(a => a.Id == amendmentId) is { } amendment
            ? TypedResults.Ok(AmendmentResponse.From(amendment, Citation(view, amendment)))
            : TypedResults.NotFound();

    private static string Citation(AgreementView view, Amendment amendment) => amendment.Citation;

    private static async Task<AmendmentResults> Propose(
        Guid agreementId, ProposalRequest request, AmendmentWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken) =>
        Answer(await writer.ProposeAsync(agreementId, request, cancellationToken), created: true, messages, t);

    private static async Task<AmendmentResults> Revise(
        Guid agreementId, Guid amendmentId, RevisionRequest request, AmendmentWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken) =>
        Answer(await writer.ReviseAsync(agreementId, amendmentId, request, cancellationToken), created: false, messages, t);

    private static async Task<AmendmentResults> Accept(
        Guid agreementId, Guid amendmentId, DecisionRequest request, AmendmentWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken) =>
        Answer(await writer.AcceptAsync(agreementId, amendmentId, request, cancellationToken), created: false, messages, t);

    private static async Task<AmendmentResults> Reject(
        Guid agreementId, Guid amendmentId, DecisionRequest request, AmendmentWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken) =>
        Answer(await writer.RejectAsync(agreementId, amendmentId, request, cancellationToken), created: false, messages, t);

    private static async Task<AmendmentResults> Withdraw(
        Guid agreementId, Guid amendmentId, DecisionRequest request, AmendmentWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken) =>
        Answer(await writer.WithdrawAsync(agreementId, amendmentId, request, cancellationToken), created: false, messages, t);

    /// <summary>
    /// One shape for every amendment action: 201 for a new proposal, 200 for a step, 404 outside the
    /// parties, 409 for a stale version, 400 naming the field for a refused step.
    /// </summary>
    private static AmendmentResults Answer(WriteResult<Amendment> result, bool created, ValidationMessages messages, IStringLocalizer<SharedResource> t) =>
        result.Outcome switch
        {
            WriteOutcome.Saved when created => TypedResults.Created($"/api/agreements/{result.Value!.AgreementId}/amendments/{result.Value.Id}", Response(result.Value)),
            WriteOutcome.Saved => TypedResults.Ok(Response(result.Value!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = Response(result.Value!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, AmendmentScope), title: t["Api.ValidationFailed"]),
        };

    private const string AmendmentScope = "Amendment";

    private static AmendmentResponse Response(Amendment amendment) => AmendmentResponse.From(amendment, amendment.Citation);
}

using EduDpa.Domain.Agreements;
using EduDpa.Domain.Obligations;
using EduDpa.Domain.Requests;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using StepResults = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<EduDpa.Web.Features.Requests.RequestsApi.RequestResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace EduDpa.Web.Features.Requests;

/// <summary>/api/requests: data subject requests the supplier forwarded to the school board, their due moments and what each party did.</summary>
public static class RequestsApi
{
    /// <param name="Status">Where the answer stands now: Open, DueSoon or Overdue; null once answered.</param>
    public sealed record RequestResponse(
        Guid Id, Guid AgreementId, PartyRole YourRole, string Counterparty, RequestType Type, SubjectGroup? SubjectGroup,
        DateTimeOffset ReceivedAt, DateTimeOffset ForwardedAt, string Description, DateTimeOffset DueAt, DueStatus? Status,
        bool Extended, string? ExtensionReason, RequestOutcome? Outcome, string? OutcomeExplanation, DateTimeOffset? AnsweredAt, bool AnsweredLate,
        IReadOnlyList<AssistanceQuestion> Assistance, IReadOnlyList<RequestEvent> History, int Version);

    public static RequestResponse Describe(RequestView view, DateTimeOffset now)
    {
        var r = view.Request;
        return new RequestResponse(r.Id, r.AgreementId, view.Role, view.Counterparty, r.Type, r.SubjectGroup, r.ReceivedAt, r.ForwardedAt, r.Description, r.DueAt,
            r.IsOpen ? Deadlines.StatusAt(r.DueAt, now) : null, r.Extended, r.ExtensionReason, r.Outcome, r.OutcomeExplanation, r.AnsweredAt, r.AnsweredLate,
            r.Assistance, r.History, r.Version);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/requests").WithTags("Data subject requests");
        api.MapGet("", List).RequireAuthorization(Policies.Member).WithSummary("The acting organisation's data subject requests, open ones first by due moment.");
        api.MapGet("/{requestId:guid}", Get).RequireAuthorization(Policies.Member);
        endpoints.MapPost("/api/agreements/{agreementId:guid}/requests", Forward).WithTags("Data subject requests").RequireAuthorization(Policies.EditorOrAdmin)
            .WithSummary("The supplier forwards a request it received (model art. 9.1): type (Access, Rectification, Erasure, Restriction, Objection, Portability), receivedAt, description, optional subjectGroup (Pupil, Parent, Staff).");
        api.MapPost("/{requestId:guid}/extend", (Guid requestId, ExtendInput r, RequestWriter w, Answers a, CancellationToken ct) => a.StepAsync(requestId, w.ExtendAsync(requestId, r, ct), ct))
            .RequireAuthorization(Policies.EditorOrAdmin).WithSummary("The school board extends the term once by two months, with a reason (AVG art. 12.3).");
        api.MapPost("/{requestId:guid}/outcome", (Guid requestId, OutcomeInput r, RequestWriter w, Answers a, CancellationToken ct) => a.StepAsync(requestId, w.RecordOutcomeAsync(requestId, r, ct), ct))
            .RequireAuthorization(Policies.EditorOrAdmin).WithSummary("The school board records the outcome (Granted, PartlyGranted, Refused), an explanation and when it answered; after the due moment it is marked late.");
        api.MapPost("/{requestId:guid}/assistance", (Guid requestId, AssistanceInput r, RequestWriter w, Answers a, CancellationToken ct) => a.StepAsync(requestId, w.AskAssistanceAsync(requestId, r, ct), ct))
            .RequireAuthorization(Policies.EditorOrAdmin).WithSummary("The school board asks the supplier for assistance (question); the supplier's editors are told by e-mail.");
        api.MapPost("/{requestId:guid}/assistance-answer", (Guid requestId, AssistanceAnswerInput r, RequestWriter w, Answers a, CancellationToken ct) => a.StepAsync(requestId, w.AnswerAssistanceAsync(requestId, r, ct), ct))
            .RequireAuthorization(Policies.EditorOrAdmin).WithSummary("The supplier answers the open question (answer).");
    }

    private static async Task<Ok<IReadOnlyList<RequestResponse>>> List(RequestReader reader, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<RequestResponse>>([.. (await reader.ListAsync(ct)).Select(v => Describe(v, now))]);
    }

    private static async Task<Results<Ok<RequestResponse>, NotFound>> Get(Guid requestId, RequestReader reader, TimeProvider clock, CancellationToken ct) =>
        await reader.LoadAsync(requestId, ct) is { } view ? TypedResults.Ok(Describe(view, clock.GetUtcNow())) : TypedResults.NotFound();

    private static async Task<Results<Created<RequestResponse>, StepResults>> Forward(
        Guid agreementId, ForwardInput input, RequestWriter writer, RequestReader reader, Answers answers, TimeProvider clock, CancellationToken ct)
    {
        var result = await writer.ForwardAsync(agreementId, input, ct);
        return result.Outcome == WriteOutcome.Saved
            ? TypedResults.Created($"/api/requests/{result.Value!.Id}", Describe((await reader.LoadAsync(result.Value.Id, ct))!, clock.GetUtcNow()))
            : await answers.StepAsync(result.Value?.Id ?? Guid.Empty, Task.FromResult(result), ct);
    }

    /// <summary>One shape for every step: 200 with the request, 404 outside its parties, 403 naming the missing role, 409 for a stale version, 400 naming every failed guard.</summary>
    public sealed class Answers(RequestReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        public async Task<StepResults> StepAsync(Guid requestId, Task<WriteResult<DataSubjectRequest>> step, CancellationToken ct)
        {
            var result = await step;
            return result.Outcome switch
            {
                WriteOutcome.Saved => TypedResults.Ok(Describe((await reader.LoadAsync(requestId, ct))!, clock.GetUtcNow())),
                WriteOutcome.NotFound => TypedResults.NotFound(),
                WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: string.Join(" ", messages.ForApi(result.Errors!).SelectMany(e => e.Value)),
                    statusCode: StatusCodes.Status403Forbidden),
                WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                    extensions: new Dictionary<string, object?> { ["current"] = Describe((await reader.LoadAsync(requestId, ct))!, clock.GetUtcNow()) }),
                _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Request"), title: t["Api.ValidationFailed"]),
            };
        }
    }
}

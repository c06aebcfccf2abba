using EduDpa.Domain.Auditing;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduDpa.Web.Features.Audit;

/// <summary>/api/audit: the append-only trail of every change to domain data, and a check of its hash chain.</summary>
public static class AuditApi
{
    public sealed record AuditEntryResponse(long Sequence, DateTimeOffset At, Guid? UserId, string? UserName, Guid? OrganisationId,
        string Entity, string EntityId, AuditAction Action, string Changes, string PreviousHash, string Hash)
    {
        public static AuditEntryResponse From(AuditEntry e) =>
            new(e.Sequence, e.At, e.UserId, e.UserName, e.OrganisationId, e.Entity, e.EntityId, e.Action, e.Changes, e.PreviousHash, e.Hash);
    }

    public sealed record VerificationResponse(bool Intact, long EntriesChecked, long? FirstBrokenSequence, AuditChainProblem? Problem);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(Policies.PlatformAdmin);
        api.MapGet("", List).WithSummary("Audit entries, newest first; filter by entity, entityId or organisationId; page with before (a sequence number).");
        api.MapGet("/verify", Verify).WithSummary("Recomputes the hash chain and reports whether it is intact, and if not the first entry that does not fit.");
    }

    private static async Task<Ok<List<AuditEntryResponse>>> List(
        AuditTrail trail, string? entity, string? entityId, Guid? organisationId, long? before, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok((await trail.ListAsync(entity, entityId, organisationId, before, take ?? AuditTrail.PageSize, cancellationToken)).Select(AuditEntryResponse.From).ToList());

    private static async Task<Ok<VerificationResponse>> Verify(AuditTrail trail, CancellationToken cancellationToken)
    {
        var result = await trail.VerifyAsync(cancellationToken);
        return TypedResults.Ok(new VerificationResponse(result.Intact, result.EntriesChecked, result.FirstBrokenSequence, result.Problem));
    }
}

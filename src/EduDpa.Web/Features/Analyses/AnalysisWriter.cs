using EduDpa.Domain.Agreements;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Common;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Analyses;

public sealed record AnalysisStepRequest(int? Version, string? Comment = null, string? Reason = null);

public sealed record DecisionRequest(int? Version, DecisionOutcome? Outcome, DateOnly? DecidedOn, string? DecidedByName, string? DecidedByFunction, string? Rationale, IReadOnlyList<MeasureInput>? Measures)
{
    public DecisionInput ToInput() => new(Outcome, DecidedOn, DecidedByName, DecidedByFunction, Rationale, Measures);
}

/// <summary>
/// Every change to an analysis, for the pages and the API alike: only analysts write analyses (the endpoints' policy, checked
/// again here), the domain guards each step, and a stale version is refused. Publishing a new version supersedes the one before
/// it in the same save. A board's editors and admins record the board's decision.
/// </summary>
public sealed class AnalysisWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    public const string RoleField = "Role";

    private Actor Me => new(tenant.UserId!.Value, tenant.UserName ?? string.Empty);

    public async Task<(WriteResult<TermsAnalysis> Result, IReadOnlyList<string> UnknownReferences)> CreateAsync(AnalysisDocument document, CancellationToken ct)
    {
        if (!tenant.IsAnalyst)
        {
            return (Forbidden(), []);
        }
        var (content, errors, unknown) = await PrepareAsync(document, ct);
        if (!errors.IsEmpty)
        {
            return (WriteResult<TermsAnalysis>.Invalid(errors), unknown);
        }
        var analysis = TermsAnalysis.Start(content, Me, clock.GetUtcNow());
        db.Analyses.Add(analysis);
        await db.SaveChangesAsync(ct);
        return (WriteResult<TermsAnalysis>.Saved(analysis), []);
    }

    public async Task<(WriteResult<TermsAnalysis> Result, IReadOnlyList<string> UnknownReferences)> EditAsync(Guid id, AnalysisDocument document, CancellationToken ct)
    {
        IReadOnlyList<string> unknown = [];
        var result = await StepAsync(id, document.Version, async analysis =>
        {
            var (content, errors, missing) = await PrepareAsync(document, ct);
            unknown = missing;
            if (!errors.IsEmpty)
            {
                throw new DomainRuleViolation(errors);
            }
            analysis.Edit(content, Me, clock.GetUtcNow());
        }, ct);
        return (result, unknown);
    }

    public Task<WriteResult<TermsAnalysis>> SubmitAsync(Guid id, AnalysisStepRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, a => { a.Submit(Me, clock.GetUtcNow()); return Task.CompletedTask; }, ct);

    public Task<WriteResult<TermsAnalysis>> ReviewAsync(Guid id, AnalysisStepRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, a => { a.Review(Me, r.Comment, clock.GetUtcNow()); return Task.CompletedTask; }, ct);

    public Task<WriteResult<TermsAnalysis>> ReturnAsync(Guid id, AnalysisStepRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, a => { a.ReturnToDraft(Me, r.Comment, clock.GetUtcNow()); return Task.CompletedTask; }, ct);

    public Task<WriteResult<TermsAnalysis>> WithdrawAsync(Guid id, AnalysisStepRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, a => { a.Withdraw(Me, r.Reason, clock.GetUtcNow()); return Task.CompletedTask; }, ct);

    /// <summary>Publishes to every board; the version before it, when still current, is superseded in the same save.</summary>
    public Task<WriteResult<TermsAnalysis>> PublishAsync(Guid id, AnalysisStepRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, async analysis =>
        {
            var now = clock.GetUtcNow();
            analysis.Publish(Me, now);
            var older = await db.Analyses.Where(a => a.SeriesId == analysis.SeriesId && a.Number < analysis.Number && a.State == AnalysisState.Published && a.SupersededById == null).ToListAsync(ct);
            foreach (var previous in older)
            {
                previous.Supersede(analysis, now);
            }
        }, ct);

    /// <summary>A new draft from a published version; refused while the analysis already has a version in draft or review.</summary>
    public async Task<WriteResult<TermsAnalysis>> NewVersionAsync(Guid id, CancellationToken ct)
    {
        if (!tenant.IsAnalyst)
        {
            return Forbidden();
        }
        var analysis = await db.Analyses.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (analysis is null)
        {
            return WriteResult<TermsAnalysis>.NotFound();
        }
        if (await db.Analyses.AnyAsync(a => a.SeriesId == analysis.SeriesId && (a.State == AnalysisState.Draft || a.State == AnalysisState.InReview), ct))
        {
            return WriteResult<TermsAnalysis>.Invalid(ValidationErrors.For("State", AnalysisCodes.OpenVersion));
        }
        try
        {
            var next = analysis.StartNewVersion(Me, clock.GetUtcNow());
            db.Analyses.Add(next);
            await db.SaveChangesAsync(ct);
            return WriteResult<TermsAnalysis>.Saved(next);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<TermsAnalysis>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateException saved) when (UniqueViolation.Is(saved))
        {
            return WriteResult<TermsAnalysis>.Invalid(ValidationErrors.For("State", AnalysisCodes.OpenVersion));
        }
    }

    /// <summary>
    /// The acting board records (or revises) its decision on a published analysis. A revision needs the decision's version as read;
    /// the board's editors and admins decide.
    /// </summary>
    public async Task<WriteResult<AnalysisDecision>> DecideAsync(Guid analysisId, DecisionRequest request, CancellationToken ct)
    {
        var analysis = await db.Analyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == analysisId && (a.State == AnalysisState.Published || a.State == AnalysisState.Withdrawn), ct);
        if (analysis is null || tenant.Current is not { Kind: OrganisationKind.SchoolBoard } board)
        {
            return WriteResult<AnalysisDecision>.NotFound();
        }
        if (!tenant.HasRole(Domain.Accounts.OrganisationRoles.Editor | Domain.Accounts.OrganisationRoles.Admin))
        {
            return WriteResult<AnalysisDecision>.Forbidden(ValidationErrors.For(RoleField, AgreementCodes.MissingRole));
        }
        var existing = await db.AnalysisDecisions.FirstOrDefaultAsync(d => d.AnalysisId == analysisId, ct);
        if (existing is not null && request.Version != existing.Version)
        {
            return request.Version is null
                ? WriteResult<AnalysisDecision>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required))
                : WriteResult<AnalysisDecision>.Stale(existing);
        }
        try
        {
            var now = clock.GetUtcNow();
            var today = AmsterdamTime.Today(clock);
            if (existing is null)
            {
                existing = AnalysisDecision.Record(analysis, board.Id, request.ToInput(), Me, today, now);
                db.AnalysisDecisions.Add(existing);
            }
            else
            {
                existing.Revise(analysis, request.ToInput(), Me, today, now);
            }
            await db.SaveChangesAsync(ct);
            return WriteResult<AnalysisDecision>.Saved(existing);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<AnalysisDecision>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateException saved) when (saved is DbUpdateConcurrencyException || UniqueViolation.Is(saved))
        {
            db.ChangeTracker.Clear();
            var current = await db.AnalysisDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.AnalysisId == analysisId, ct);
            return current is null ? WriteResult<AnalysisDecision>.NotFound() : WriteResult<AnalysisDecision>.Stale(current);
        }
    }

    /// <summary>The content checked, with the vendor's name taken from its organisation when one is named.</summary>
    private async Task<(AnalysisDocument Content, ValidationErrors Errors, IReadOnlyList<string> Unknown)> PrepareAsync(AnalysisDocument document, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var vendor = document.Vendor ?? new AnalysisVendor(string.Empty);
        if (vendor.OrganisationId is { } organisationId)
        {
            var name = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                .Where(o => o.Id == organisationId && o.Kind != OrganisationKind.SchoolBoard).Select(o => o.Name).FirstOrDefaultAsync(ct);
            if (name is null)
            {
                errors.Add("Vendor.OrganisationId", ValidationCodes.UnknownValue);
            }
            else if (string.IsNullOrWhiteSpace(vendor.Name))
            {
                vendor = vendor with { Name = name };
            }
        }
        var content = AnalysisContent.Check(document with { Vendor = vendor }, errors, out var unknown);
        return (content, errors, unknown);
    }

    private async Task<WriteResult<TermsAnalysis>> StepAsync(Guid id, int? version, Func<TermsAnalysis, Task> change, CancellationToken ct)
    {
        if (!tenant.IsAnalyst)
        {
            return Forbidden();
        }
        var analysis = await db.Analyses.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (analysis is null)
        {
            return WriteResult<TermsAnalysis>.NotFound();
        }
        if (version is null)
        {
            return WriteResult<TermsAnalysis>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required));
        }
        if (analysis.Version != version)
        {
            return WriteResult<TermsAnalysis>.Stale(analysis);
        }
        try
        {
            await change(analysis);
            await db.SaveChangesAsync(ct);
            return WriteResult<TermsAnalysis>.Saved(analysis);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<TermsAnalysis>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Analyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            return current is null ? WriteResult<TermsAnalysis>.NotFound() : WriteResult<TermsAnalysis>.Stale(current);
        }
    }

    private static WriteResult<TermsAnalysis> Forbidden() => WriteResult<TermsAnalysis>.Forbidden(ValidationErrors.For(RoleField, AgreementCodes.MissingRole));
}

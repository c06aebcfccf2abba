using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Agreements;

/// <summary>The organisation's dashboard of agreements: counts by state, what waits for it, and the list, filtered and searched.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(AgreementReader reader, Analyses.AnalysisDecisionReader decisions, TenantContext tenant, Registers.RegisterReader registers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")]
    public AgreementState? State { get; set; }

    public IReadOnlyList<AgreementListRow> All { get; private set; } = [];
    public IReadOnlyList<AgreementListRow> Agreements { get; private set; } = [];
    public IReadOnlyList<AgreementListRow> Pending { get; private set; } = [];
    public IReadOnlyList<(AgreementState State, int Count)> Counts { get; private set; } = [];
    public bool CanDraft => tenant.HasRole(OrganisationRoles.Editor);

    /// <summary>A board's decisions on vendors' own terms (from the analyses), those needing review first.</summary>
    public IReadOnlyList<Analyses.BoardDecisionRow> TermsDecisions { get; private set; } = [];
    public bool IsBoard => tenant.Current?.Kind == Domain.Organisations.OrganisationKind.SchoolBoard;

    /// <summary>A board's questions across its suppliers (Features/Registers).</summary>
    public Registers.CrossSupplierOverview? Overview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        All = await reader.ListAsync(cancellationToken);
        var found = All.Where(a => a.Matches(Search)).ToList();
        Counts = [.. found.GroupBy(a => a.State).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];
        Agreements = [.. found.Where(a => State is null || a.State == State)];
        Pending = [.. found.Where(a => a.NextAction is not null).OrderByDescending(a => a.NextAction!.Overdue).ThenBy(a => a.NextAction!.DueOn ?? DateOnly.MaxValue)];
        if (tenant.Current?.Kind == Domain.Organisations.OrganisationKind.SchoolBoard)
        {
            TermsDecisions = [.. (await decisions.OfBoardAsync(tenant.Current.Id, cancellationToken)).OrderByDescending(d => d.NeedsReview)];
        }
        Overview = IsBoard ? await registers.OverviewAsync(cancellationToken) : null;
    }
}

using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Analyses;

/// <summary>For a school board: a decision on a vendor's terms whose analysis has a newer published version, due from its publication.</summary>
public sealed class AnalysisDueItems(AnalysisDecisionReader decisions, TenantContext tenant, IStringLocalizer<SharedResource> t) : IDueItemSource
{
    public const string Kind = "AnalysisDecisionReview";

    public IReadOnlyList<string> Kinds => [Kind];

    public async Task<IReadOnlyList<DueItem>> OpenForCurrentOrganisationAsync(CancellationToken cancellationToken)
    {
        if (tenant.Current is not { Kind: Domain.Organisations.OrganisationKind.SchoolBoard } board)
        {
            return [];
        }
        var rows = await decisions.OfBoardAsync(board.Id, cancellationToken);
        return [.. rows.Where(d => d.NeedsReview).Select(d => new DueItem($"analysis-decision:{d.DecisionId}:review:{d.NewerVersionId}", Kind,
            t["Analysis.Due.Title", d.AnalysisTitle, d.NewerVersionNumber!.Value].Value, d.VendorName, d.NewerVersionPublishedAt!.Value, $"/analyses/{d.NewerVersionId}"))];
    }
}

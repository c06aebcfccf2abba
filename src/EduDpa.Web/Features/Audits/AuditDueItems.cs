using EduDpa.Domain.Agreements;
using EduDpa.Domain.Audits;
using EduDpa.Web.Features.Obligations;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Audits;

/// <summary>The kinds of due item audits list (DueItem.Kind, resource key "Due.Kind.{kind}"), for the digest and filters.</summary>
public static class AuditDueKinds
{
    /// <summary>For the supplier: answer a request (approve or reject), due 14 days after it (EduDpa's response term).</summary>
    public const string AuditResponse = nameof(AuditResponse);

    /// <summary>For the board: the report of an approved audit, due at the end of the planned period.</summary>
    public const string AuditReport = nameof(AuditReport);

    public static readonly IReadOnlyList<string> All = [AuditResponse, AuditReport];
}

/// <summary>What is due on audits: for the supplier its answer to each request, for the board each approved audit's report.</summary>
public sealed class AuditDueItems(AuditReader reader, IStringLocalizer<SharedResource> t) : IDueItemSource
{
    public IReadOnlyList<string> Kinds => [AuditDueKinds.AuditResponse, AuditDueKinds.AuditReport];

    public async Task<IReadOnlyList<DueItem>> OpenForCurrentOrganisationAsync(CancellationToken cancellationToken)
    {
        var items = new List<DueItem>();
        foreach (var view in await reader.ListAsync(null, cancellationToken))
        {
            var a = view.Audit;
            if (view.Role == PartyRole.Processor && a.State == AuditState.Requested)
            {
                items.Add(new DueItem($"audit:{a.Id}:response:{a.History.Count}", AuditDueKinds.AuditResponse, t["Due.Audit.Response", view.Counterparty].Value,
                    view.Counterparty, a.ResponseDue, $"/audits/{a.Id}"));
            }
            else if (view.Role == PartyRole.Controller && a.State == AuditState.Approved)
            {
                items.Add(new DueItem($"audit:{a.Id}:report", AuditDueKinds.AuditReport, t["Due.Audit.Report", a.Auditor].Value, view.Counterparty, a.ReportDue, $"/audits/{a.Id}"));
            }
        }
        return [.. items.OrderBy(i => i.DueAt)];
    }
}

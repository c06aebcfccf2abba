using EduDpa.Domain.Agreements;
using EduDpa.Web.Features.Certificates;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Audits;

/// <summary>The board requests an audit under one of its signed agreements (model art. 7.7).</summary>
[Authorize(Policy = Policies.BoardEditor)]
public sealed class NewModel(EduDpaDbContext db, AuditWriter writer, Uploads messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AgreementId { get; set; }

    [BindProperty]
    public ProposalForm Input { get; set; } = new();

    public string Counterparty { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await writer.RequestAsync(AgreementId, Input.ToRequest(), ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Audits.Requested"].Value;
                return Redirect($"/audits/{result.Value!.Id}");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
        }
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        messages.AddTo(ModelState, "Input", result.Errors!, "Audit");
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == AgreementId, ct);
        if (agreement is null)
        {
            return false;
        }
        Counterparty = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => o.Id == agreement.ProcessorId).Select(o => o.Name).FirstAsync(ct);
        return true;
    }
}

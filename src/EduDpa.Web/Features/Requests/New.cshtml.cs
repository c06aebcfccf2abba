using EduDpa.Domain.Agreements;
using EduDpa.Domain.Requests;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Requests;

/// <summary>The supplier forwards a data subject request it received, under one of its signed agreements.</summary>
[Authorize(Policy = Policies.ProcessorEditorOrAdmin)]
public sealed class NewModel(EduDpaDbContext db, RequestWriter writer, TenantContext tenant, TimeProvider clock, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AgreementId { get; set; }

    [BindProperty]
    public ForwardForm Input { get; set; } = new();

    public string Board { get; private set; } = string.Empty;

    public IEnumerable<SelectListItem> Types => Enum.GetValues<RequestType>().Select(v => new SelectListItem(t[$"RequestType.{v}"], v.ToString()));
    public IEnumerable<SelectListItem> Groups => Enum.GetValues<SubjectGroup>().Select(v => new SelectListItem(t[$"SubjectGroup.{v}"], v.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var result = await writer.ForwardAsync(AgreementId, new ForwardInput(Input.Type, RequestText.FromDate(Input.ReceivedAt, clock), Input.Description, Input.SubjectGroup), ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Requests.Forwarded"].Value;
                return Redirect($"/requests/{result.Value!.Id}");
            case WriteOutcome.NotFound:
                return NotFound();
            default:
                messages.AddTo(ModelState, "Input", result.Errors!, "Request");
                return Page();
        }
    }

    /// <summary>Only the processor's own agreements are found; the domain checks that it is signed and still applies.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == AgreementId && a.ProcessorId == tenant.CurrentOrganisationId, ct);
        if (agreement is null)
        {
            return false;
        }
        Board = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => o.Id == agreement.BoardId).Select(o => o.Name).FirstAsync(ct);
        return true;
    }

    public sealed class ForwardForm
    {
        public string? Type { get; set; }
        public DateOnly? ReceivedAt { get; set; }
        public string? Description { get; set; }
        public string? SubjectGroup { get; set; }
    }
}

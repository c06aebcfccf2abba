using EduDpa.Domain.Agreements;
using EduDpa.Domain.Breaches;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Breaches;

/// <summary>
/// Reports a breach or incident under one of the organisation's signed agreements, or (a supplier, with <c>productId</c>) for one
/// of its products: then under every signed agreement covering it.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class NewModel(EduDpaDbContext db, TenantContext tenant, BreachWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid AgreementId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProductId { get; set; }

    /// <summary>For a product: its name, and how many signed agreements (boards) the breach will be recorded under.</summary>
    public string? ProductName { get; private set; }

    public int Covered { get; private set; }

    [BindProperty]
    public BreachForm Input { get; set; } = new();

    public string Counterparty { get; private set; } = string.Empty;
    public bool IsBoard { get; private set; }

    public IEnumerable<SelectListItem> Kinds => Enum.GetValues<BreachKind>().Select(k => new SelectListItem(t[$"Breach.Kind.{k}"], k.ToString()));
    public IEnumerable<SelectListItem> Protections => Enum.GetValues<Protection>().Select(p => new SelectListItem(t[$"Breach.Encrypted.{p}"], p.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ProductId is { } productId)
        {
            return await ForProductAsync(productId, ct);
        }
        var result = await writer.RecordAsync(Input.ToRequest(AgreementId), ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Breach.Recorded"].Value;
                return Redirect($"/breaches/{result.Value!.Id}");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
            default:
                if (!await LoadAsync(ct))
                {
                    return NotFound();
                }
                messages.AddTo(ModelState, "Input", result.Errors!, "Breach");
                return Page();
        }
    }

    private async Task<IActionResult> ForProductAsync(Guid productId, CancellationToken ct)
    {
        var result = await writer.RecordForProductAsync(productId, Input.ToRequest(Guid.Empty), ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Breach.RecordedForProduct", result.Value!.Count].Value;
                return Redirect("/breaches");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
            default:
                if (!await LoadAsync(ct))
                {
                    return NotFound();
                }
                messages.AddTo(ModelState, "Input", result.Errors!, "Breach");
                return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (ProductId is { } productId)
        {
            // Only the supplier's own products are found (the product filter); a board gets 404.
            ProductName = await db.Products.Where(p => p.Id == productId).Select(p => p.Name).FirstOrDefaultAsync(ct);
            Covered = ProductName is null ? 0 : (await writer.SignedCoveringAsync(productId, ct)).Count;
            return ProductName is not null;
        }
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == AgreementId, ct);
        if (agreement is null)
        {
            return false;
        }
        IsBoard = agreement.RoleOf(tenant.CurrentOrganisationId!.Value) == PartyRole.Controller;
        var other = IsBoard ? agreement.ProcessorId : agreement.BoardId;
        Counterparty = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => o.Id == other).Select(o => o.Name).FirstAsync(ct);
        return true;
    }
}

using EduDpa.Domain.Accounts;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Certificates;

/// <summary>A product's certificates for its supplier: the list with each one's status, the upload form and withdrawing (editors).</summary>
[Authorize(Policy = Policies.ProcessorMember)]
public sealed class IndexModel(CertificateReader reader, CertificateWriter writer, Uploads uploads, TenantContext tenant, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid ProductId { get; set; }

    [BindProperty]
    public CertificateForm Input { get; set; } = new();

    [BindProperty]
    public WithdrawForm Withdraw { get; set; } = new();

    public CertifiedProduct Product { get; private set; } = null!;
    public IReadOnlyList<CertificateView> Certificates { get; private set; } = [];
    public bool CanEdit => tenant.HasRole(OrganisationRoles.Editor);
    public int MaxMegabytes => uploads.MaxMegabytes;

    public IEnumerable<SelectListItem> Kinds => Enum.GetValues<CertificateKind>().Select(k => new SelectListItem(t[$"CertificateKind.{k}"], k.ToString()));

    public IEnumerable<SelectListItem> Current => Certificates.Where(c => c.Certificate.IsCurrent)
        .Select(c => new SelectListItem($"{CertificateText.Name(t, c.Certificate)} ({c.Certificate.ValidFrom:d} – {c.Certificate.ValidTo:d})", c.Certificate.Id.ToString()));

    public async Task<IActionResult> OnGetAsync(Guid? replaces, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Certificates.FirstOrDefault(c => c.Certificate.Id == replaces && c.Certificate.IsCurrent) is { } old)
        {
            Input = new CertificateForm { Replaces = old.Certificate.Id, Kind = old.Certificate.Kind.ToString(), OtherName = old.Certificate.OtherName, Scope = old.Certificate.Scope, Issuer = old.Certificate.Issuer };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        // A date the browser could not send as a date is named by model binding; the domain names the rest.
        var parse = new ValidationErrors();
        foreach (var field in new[] { nameof(CertificateForm.ValidFrom), nameof(CertificateForm.ValidTo) })
        {
            if (ModelState.TryGetValue($"Input.{field}", out var entry) && entry.Errors.Count > 0)
            {
                parse.Add(field, ValidationCodes.DateFormat);
            }
        }
        ModelState.Clear();
        var file = await uploads.ReadAsync(Input.Document, ct);
        var result = await writer.AddAsync(ProductId, new AddCertificate(Input.ToInput(), file, Input.Replaces, parse), ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Certificate.Added"].Value;
                return Redirect($"/products/{ProductId}/certificates");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
        }
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        uploads.AddTo(ModelState, "Input", result.Errors!, "Certificate");
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }
        var result = await writer.WithdrawAsync(Withdraw.CertificateId, Withdraw.Version, Withdraw.Reason, ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Certificate.Withdrawn"].Value;
                return Redirect($"/products/{ProductId}/certificates");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
        }
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (result.Outcome == WriteOutcome.Stale)
        {
            ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
        }
        else
        {
            uploads.AddTo(ModelState, "Withdraw", result.Errors!, "Certificate");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        // The supplier's page: a board that may read the certificates reads them on its agreement's page instead.
        if (await reader.ProductAsync(ProductId, ct) is not { IsSupplier: true } product)
        {
            return false;
        }
        Product = product;
        Certificates = await reader.ForProductAsync(ProductId, ct);
        return true;
    }
}

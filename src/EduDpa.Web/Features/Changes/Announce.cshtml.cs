using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Conformity;
using EduDpa.Domain.Products;
using EduDpa.Domain.Reference;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Html;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Changes;

/// <summary>A supplier announces an intended change to a product's sub-processors (art. 11.2) to every board with a signed agreement for it.</summary>
[Authorize(Policy = Policies.ProcessorEditor)]
public sealed class AnnounceModel(EduDpaDbContext db, SubProcessorChangeWriter writer, TimeProvider clock, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid ProductId { get; set; }

    [BindProperty]
    public AnnounceForm Input { get; set; } = new();

    public Product Product { get; private set; } = null!;

    /// <summary>The newest published privacy annex, which the change starts from; null when there is none yet.</summary>
    public PrivacyAnnex? Current { get; private set; }

    public int? CurrentNumber { get; private set; }
    public int SignedAgreements { get; private set; }
    public DateOnly EarliestIntendedDate => AnnexChange.EarliestIntendedDate(clock.GetUtcNow());
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public IEnumerable<SelectListItem> Actions => Enum.GetValues<SubProcessorAction>().Select(a => new SelectListItem(t[$"SubProcessorAction.{a}"], a.ToString()));
    public IEnumerable<SelectListItem> Existing => (Current?.SubProcessors ?? []).Where(s => s.Name is not null).Select(s => new SelectListItem(s.Name, s.Name));
    public IEnumerable<SelectListItem> Services => (Current?.AllServices ?? []).Select(s => new SelectListItem(s.Description ?? s.Id, s.Id));
    public IEnumerable<SelectListItem> Safeguards => Enum.GetValues<Safeguard>().Select(s => new SelectListItem(t[$"Safeguard.{s}"], s.ToString()));

    public IEnumerable<SelectListItem> CountryOptions => Countries.All
        .Select(c => new SelectListItem(c.Name(ChangeText.English) + (Countries.IsEea(c.Code) ? string.Empty : " " + t["Change.OutsideEea"].Value), c.Code))
        .OrderBy(i => i.Text, StringComparer.CurrentCulture);

    public ChoiceList Categories => ChoiceList.Of("Input.DataCategories", t["Field.Change.DataCategories"], t["Change.DataCategoriesHint"],
        (Current?.DataCategories ?? []).Select(c => (c.Id, ChangeText.Category(c.Id))), Input.DataCategories,
        ModelState.TryGetValue("Input.DataCategories", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input.IntendedDate ??= EarliestIntendedDate;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var (result, findings) = await writer.AnnounceAsync(ProductId, Input.ToRequest(), ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Change.Announced", result.Value!.NoticeCount].Value;
                return Redirect($"/changes/{result.Value.Id}");
            case WriteOutcome.NotFound:
                return NotFound();
            default:
                Findings = findings;
                ModelState.Clear();
                messages.AddTo(ModelState, "Input", result.Errors!, "Change");
                return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == ProductId, ct);
        if (product is null)
        {
            return false;
        }
        Product = product;
        var latest = await db.AnnexVersions.AsNoTracking().Where(v => v.ProductId == ProductId && v.Kind == AnnexKind.Privacy && v.Number != null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        Current = latest?.PrivacyAnnex();
        CurrentNumber = latest?.Number;
        SignedAgreements = await ChangeFanOut.Covering(db, product.SupplierId, product.Id).CountAsync(ct);
        return true;
    }

    public sealed class AnnounceForm
    {
        public SubProcessorAction? Action { get; set; } = SubProcessorAction.Add;
        public string? Existing { get; set; }
        public string? Name { get; set; }
        public string? Processing { get; set; }
        public List<string> DataCategories { get; set; } = [];
        public string? ProcessingCountryCode { get; set; }
        public string? EstablishmentCountryCode { get; set; }
        public string? TransferServiceId { get; set; }
        public string? TransferDescription { get; set; }
        public Safeguard? TransferSafeguard { get; set; }
        public string? TransferSafeguardDetails { get; set; }
        public string? TransferSupplementaryMeasures { get; set; }
        public string? TransferRecipientQualification { get; set; }
        public string? Reason { get; set; }
        public DateOnly? IntendedDate { get; set; }

        public AnnounceSubProcessorChangeRequest ToRequest() => new(Action, Existing, Name, Processing, DataCategories, ProcessingCountryCode, EstablishmentCountryCode,
            TransferServiceId, TransferDescription, TransferSafeguard, TransferSafeguardDetails, TransferSupplementaryMeasures, TransferRecipientQualification, Reason, IntendedDate);
    }
}

using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Features.Agreements;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Transparency;

/// <summary>
/// /transparency: the board's public page for pupils and parents: publish or unpublish it, write the introduction and
/// the privacy contact it publishes (board editors and admins). Shows what is on the page today and links to it.
/// </summary>
[Authorize(Policy = Policies.BoardEditorOrAdmin)]
public sealed class SettingsModel(TransparencyWriter writer, TenantContext tenant, Counterparties directory, ProductsInUse inUse, ValidationMessages messages,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SettingsForm Input { get; set; } = new();

    public TransparencyPage Stored { get; private set; } = null!;
    public string PublicUrl { get; private set; } = string.Empty;
    public IReadOnlyList<PublicSchoolResponse> Schools { get; private set; } = [];
    public int ProductsInForce { get; private set; }
    public bool Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = SettingsForm.From(Stored);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await writer.SaveAsync(Input.ToInput(), Input.Version, ct);
        if (result.Outcome == WriteOutcome.Saved)
        {
            TempData["Status"] = t[result.Value!.Published ? "Transparency.Saved.Published" : "Transparency.Saved.Unpublished"].Value;
            return RedirectToPage();
        }
        await LoadAsync(ct);
        if (result.Outcome == WriteOutcome.Stale)
        {
            Conflict = true;
            ModelState.Remove("Input.Version");
            Input.Version = Stored.Version;
        }
        else
        {
            messages.AddTo(ModelState, "Input", result.Errors!, "Transparency");
        }
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Stored = await writer.MineAsync(ct);
        var board = (await directory.FindAsync(tenant.CurrentOrganisationId!.Value, ct))!;
        PublicUrl = PublicReader.BoardUrl(board.KvkNumber.Value);
        Schools = [.. board.Schools.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).Select(s => new PublicSchoolResponse(s.Name, s.Brin.Value, s.Sector.ToString(), PublicReader.SchoolUrl(s.Brin.Value)))];
        ProductsInForce = (await inUse.ForBoardAsync(board.Id, ct)).Count(p => p.InForce);
    }

    public sealed class SettingsForm
    {
        [Display(Name = "Field.Transparency.Published")]
        public bool Published { get; set; }

        [Display(Name = "Field.Transparency.Introduction")]
        public string? Introduction { get; set; }

        [Display(Name = "Field.Transparency.ContactName")]
        public string? ContactName { get; set; }

        [Display(Name = "Field.Transparency.ContactEmail")]
        public string? ContactEmail { get; set; }

        [Display(Name = "Field.Transparency.ContactPhone")]
        public string? ContactPhone { get; set; }

        [Display(Name = "Field.Transparency.ContactUrl")]
        public string? ContactUrl { get; set; }

        public int Version { get; set; }

        public static SettingsForm From(TransparencyPage page) => new()
        {
            Published = page.Published, Introduction = page.Introduction, ContactName = page.ContactName, ContactEmail = page.ContactEmail,
            ContactPhone = page.ContactPhone, ContactUrl = page.ContactUrl?.ToString(), Version = page.Version,
        };

        public TransparencyPageInput ToInput() => new(Published, Introduction, ContactName, ContactEmail, ContactPhone, ContactUrl);
    }
}

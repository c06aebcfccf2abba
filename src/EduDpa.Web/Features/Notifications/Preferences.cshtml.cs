using System.ComponentModel.DataAnnotations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Notifications;

/// <summary>The person's e-mail preferences: the daily digest on or off, and which kinds of due items it includes.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PreferencesModel(NotificationPreferences preferences, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public PreferencesForm Input { get; set; } = new();

    public IReadOnlyList<DueKind> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var mine = await preferences.MineAsync(ct);
        Kinds = preferences.Kinds;
        Input = new PreferencesForm { Digest = mine.DigestEnabled, Included = [.. Kinds.Select(k => k.Kind).Where(k => !mine.ExcludedKinds.Contains(k))] };
    }

    /// <summary>The ticked kinds are in the digest; every other declared kind is left out.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Kinds = preferences.Kinds;
        var known = Kinds.Select(k => k.Kind).ToList();
        if (Input.Included.Except(known, StringComparer.Ordinal).Any())
        {
            ModelState.AddModelError($"Input.{NotificationPreferences.ExcludedKindsField}",
                messages.Describe(NotificationPreferences.ExcludedKindsField, Domain.Common.ValidationCodes.UnknownValue, "Notifications"));
            return Page();
        }
        var result = await preferences.SaveAsync(Input.Digest, [.. known.Where(k => !Input.Included.Contains(k, StringComparer.Ordinal))], ct);
        if (result.Outcome == WriteOutcome.Saved)
        {
            TempData["Status"] = t["Notifications.Saved"].Value;
            return RedirectToPage();
        }
        messages.AddTo(ModelState, "Input", result.Errors!, "Notifications");
        return Page();
    }

    public sealed class PreferencesForm
    {
        [Display(Name = "Field.Notifications.Digest")]
        public bool Digest { get; set; } = true;

        public List<string> Included { get; set; } = [];
    }
}

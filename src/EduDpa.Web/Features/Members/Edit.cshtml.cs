using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Members;

/// <summary>Changes a member's roles, or removes them from the organisation. The last admin stays.</summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class EditModel(MembershipWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid MembershipId { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public MemberRow Member { get; private set; } = null!;
    public MemberRow? Stored { get; private set; }
    public OrganisationRoles SelectedRoles => RoleChoice.Parse(Roles);
    public string? RolesError => ModelState.TryGetValue("Roles", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await writer.FindAsync(MembershipId, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        Member = member;
        Roles = [.. RoleChoice.Names(member.Roles)];
        Version = member.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await writer.FindAsync(MembershipId, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        Member = member;
        var result = await writer.ChangeRolesAsync(MembershipId, SelectedRoles, Version, cancellationToken);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Members.RolesSaved", member.DisplayName].Value;
                return RedirectToPage("Index");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Stale:
                Stored = result.Value;
                Version = result.Value!.Version;
                ModelState.Remove(nameof(Version));
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                return Page();
            default:
                messages.AddTo(ModelState, string.Empty, result.Errors!);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        var result = await writer.RemoveAsync(MembershipId, cancellationToken);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Members.Removed", result.Value!.DisplayName].Value;
                return RedirectToPage("Index");
            case WriteOutcome.NotFound:
                return NotFound();
            default:
                Member = (await writer.FindAsync(MembershipId, cancellationToken))!;
                Roles = [.. RoleChoice.Names(Member.Roles)];
                Version = Member.Version;
                messages.AddTo(ModelState, string.Empty, result.Errors!);
                return Page();
        }
    }
}

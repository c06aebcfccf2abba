using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Conformity;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements;

/// <summary>
/// The school board fills in its part of the annexes: its contact person (Bijlage 1 A) and incident contact
/// (Bijlage 2 C), per product its decision on each optional service, its written consent to each transfer
/// outside the EEA and the retention periods.
/// </summary>
[Authorize(Policy = Policies.Editor)]
public sealed class BoardPartModel(AgreementReader reader, BoardPartWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid AgreementId { get; set; }

    [BindProperty]
    public BoardPartForm Input { get; set; } = new();

    public AgreementView View { get; private set; } = null!;
    public BoardPartApi.BoardPartResponse Part { get; private set; } = null!;
    public bool Stale { get; private set; }

    public IReadOnlyList<Finding> FindingsAt(string field) =>
        [.. View.Findings.Where(f => f.Stage == CheckStage.Signing && (f.Field == "Agreement." + field || f.Field.StartsWith("Agreement." + field + "[", StringComparison.Ordinal) || f.Field.StartsWith("Agreement." + field + ".", StringComparison.Ordinal)))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        Input = BoardPartForm.From(View);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        var result = await writer.SaveAsync(AgreementId, Input.ToInput(), cancellationToken);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["BoardPart.Saved"].Value;
                return Redirect($"/agreements/{AgreementId}#bijlage-1");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Stale:
                Stale = true;
                Input.Version = result.Value!.Version;
                ModelState.Remove("Input.Version");
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                return Page();
            default:
                messages.AddTo(ModelState, "Input", result.Errors!);
                return Page();
        }
    }

    /// <summary>Loads the agreement; refuses when the acting organisation is not its board or its part is settled (approved or signed).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(AgreementId, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        if (view.Role != PartyRole.Controller || !view.Agreement.BoardPartEditable)
        {
            return Forbid();
        }
        View = view;
        Part = BoardPartApi.Describe(view);
        return null;
    }
}

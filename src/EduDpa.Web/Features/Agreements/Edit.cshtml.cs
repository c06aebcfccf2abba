using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements;

/// <summary>A party edits its own part and the shared part of a draft; a save over a stale copy shows both versions.</summary>
[Authorize(Policy = Policies.Editor)]
public sealed class EditModel(AgreementWriter writer, AgreementReader reader, Counterparties directory, ValidationMessages messages, IStringLocalizer<SharedResource> t)
    : DraftPage(messages)
{
    [FromRoute]
    public Guid AgreementId { get; set; }

    public AgreementView View { get; private set; } = null!;

    /// <summary>Set when someone else saved first: what is stored now.</summary>
    public AgreementView? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var a = View.Agreement;
        var own = View.Role == PartyRole.Controller ? a.BoardRepresentative : a.ProcessorRepresentative;
        Input = new DraftForm
        {
            ProductIds = [.. a.ProductIds], ContractDate = a.Contract.Date, ContractDescription = a.Contract.Description, ReturnTermDays = a.Contract.ReturnTermDays,
            RepresentativeName = own?.Name, RepresentativeFunction = own?.Function, CoversAllSchools = a.CoversAllSchools, SchoolIds = [.. a.SchoolIds],
            Version = a.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await writer.UpdateAsync(AgreementId, Input.ToUpdate(), cancellationToken);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Agreement.Saved"].Value;
                return Redirect($"/agreements/{AgreementId}");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Stale:
                await LoadAsync(cancellationToken);
                Stored = View;
                Input.Version = View.Agreement.Version;
                ModelState.Remove("Input.Version");
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                return Page();
            default:
                await LoadAsync(cancellationToken);
                ShowErrors(result.Errors!);
                return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(AgreementId, cancellationToken) is not { } view)
        {
            return false;
        }
        View = view;
        IsBoard = view.Role == PartyRole.Controller;
        SharedEditable = view.Agreement.State == AgreementState.Draft;
        Products = await directory.ProductsOfAsync(view.Agreement.ProcessorId, cancellationToken);
        Schools = [.. view.Board.Schools.OrderBy(s => s.Name).Select(s => new SchoolRow(s.Id, s.Name, s.Brin.Value))];
        return true;
    }
}

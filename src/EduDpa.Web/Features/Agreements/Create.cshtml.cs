using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements;

/// <summary>
/// A new draft from the model: the other party, the products (reloaded with htmx when the other party
/// changes, or with a plain button), the underlying contract and one's own part.
/// </summary>
[Authorize(Policy = Policies.Editor)]
public sealed class CreateModel(AgreementWriter writer, Counterparties directory, TenantContext tenant, ValidationMessages messages, IStringLocalizer<SharedResource> t)
    : DraftPage(messages)
{
    public IReadOnlyList<CounterpartyRow> CounterpartyOptions { get; private set; } = [];

    public IEnumerable<SelectListItem> CounterpartyItems =>
        CounterpartyOptions.Select(c => new SelectListItem($"{c.Name} ({t[$"OrganisationKind.{c.Kind}"]}, {c.City})", c.Id.ToString()));

    public async Task OnGetAsync(Guid? counterpartyId, CancellationToken cancellationToken)
    {
        Input.CounterpartyId = counterpartyId;
        await LoadChoicesAsync(cancellationToken);
    }

    /// <summary>The product choice for the chosen other party (htmx swaps it in; without script the whole form returns).</summary>
    public async Task<IActionResult> OnPostChooseAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await writer.StartDraftAsync(Input.ToRequest(), cancellationToken);
        if (result.Outcome != WriteOutcome.Saved)
        {
            ModelState.Clear();
            ShowErrors(result.Errors!);
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }
        TempData["Status"] = t["Agreements.Started"].Value;
        return Redirect($"/agreements/{result.Value!.Id}");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var self = tenant.Current!;
        IsBoard = self.Kind == OrganisationKind.SchoolBoard;
        CounterpartyOptions = await directory.ListAsync(cancellationToken);
        var processorId = IsBoard ? Input.CounterpartyId : self.Id;
        Products = processorId is { } id && (IsBoard ? CounterpartyOptions.Any(c => c.Id == id) : true)
            ? await directory.ProductsOfAsync(id, cancellationToken)
            : [];
        if (IsBoard && await directory.FindAsync(self.Id, cancellationToken) is { } board)
        {
            Schools = [.. board.Schools.OrderBy(s => s.Name).Select(s => new SchoolRow(s.Id, s.Name, s.Brin.Value))];
        }
    }
}

using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements.Amendments;

/// <summary>
/// Proposing a deviation (model art. 14.2): pick the clause, change it or add one after it, say why. The
/// clause's current text is prefilled; htmx refreshes it when another clause is picked.
/// </summary>
[Authorize(Policy = Policies.Editor)]
public sealed class ProposeModel(AgreementReader reader, AmendmentWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid AgreementId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AgreementView View { get; private set; } = null!;

    public sealed class InputModel
    {
        [Display(Name = "Field.Amendment.ClauseId")]
        public string? ClauseId { get; set; }

        public AmendmentKind Kind { get; set; } = AmendmentKind.Change;

        [Display(Name = "Field.Amendment.NewText")]
        public string? NewText { get; set; }

        [Display(Name = "Field.Amendment.Reason")]
        public string? Reason { get; set; }
    }

    /// <summary>The text of the chosen clause as this agreement has it now.</summary>
    public RenderedClause? Current => Input.ClauseId is { } id ? View.Document.Clause(id) : null;

    public IEnumerable<SelectListItem> Clauses => View.Document.Articles.SelectMany(article =>
    {
        var group = new SelectListGroup { Name = article.Heading };
        return article.Clauses.Where(c => c.AmendmentKind != AmendmentKind.Addition).Select(c =>
            new SelectListItem($"{View.Document.Model.FindClause(c.Id)!.Citation}: {Shorten(c.PlainText)}", c.Id, c.Id == Input.ClauseId) { Group = group });
    });

    public async Task<IActionResult> OnGetAsync(string? clause, int? article, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var chosenArticle = article is { } number ? View.Document.Articles.FirstOrDefault(a => a.Number == number) : null;
        Input.ClauseId = clause ?? (chosenArticle is { Clauses.Count: > 0 } ? chosenArticle.Clauses[0].Id : null);
        Input.NewText = Current is { } current ? current.PlainText : null;
        return Page();
    }

    /// <summary>Another clause picked: its current text becomes the starting point of the new text.</summary>
    public async Task<IActionResult> OnPostClauseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        ModelState.Clear();
        Input.NewText = Input.Kind == AmendmentKind.Change ? Current?.PlainText : string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await SubmitAsync(new ProposalRequest(Input.ClauseId, Input.Kind, Input.NewText, Input.Reason), cancellationToken);

    /// <summary>The one-click deviation of art. 7.4: the parties do not use the ECK iD. Only the reason is asked.</summary>
    public async Task<IActionResult> OnPostEckIdAsync(CancellationToken cancellationToken)
    {
        Input.ClauseId = Amendment.EckIdClause;
        Input.Kind = AmendmentKind.Addition;
        Input.NewText = Amendment.EckIdText;
        return await SubmitAsync(new ProposalRequest(Amendment.EckIdClause, AmendmentKind.Addition, Amendment.EckIdText, Input.Reason), cancellationToken);
    }

    private async Task<IActionResult> SubmitAsync(ProposalRequest request, CancellationToken cancellationToken)
    {
        var result = await writer.ProposeAsync(AgreementId, request, cancellationToken);
        if (result.Outcome == WriteOutcome.NotFound || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (result.Outcome != WriteOutcome.Saved)
        {
            ModelState.Clear();
            messages.AddTo(ModelState, "Input", result.Errors!, "Amendment");
            return Page();
        }
        TempData["Status"] = t["Amendment.Proposed"].Value;
        return Redirect($"/agreements/{AgreementId}/amendments/{result.Value!.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(AgreementId, cancellationToken) is not { } view)
        {
            return false;
        }
        View = view;
        return true;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}

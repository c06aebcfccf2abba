using EduDpa.Domain.Analyses;
using EduDpa.Domain.Common;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Analyses;

/// <summary>
/// The editor of a draft, for a new analysis and an existing draft alike: the analysis's own texts, the vendor and its documents,
/// the frameworks, and a row per framework article with the vendor's references and comment, the analysts' comment, the verdict
/// and the action. Adding rows keeps what was typed; saving shows each refused field beside it, nothing lost.
/// </summary>
public abstract class AnalysisEditorPage(AnalysisWriter writer, EduDpaDbContext db, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public AnalysisForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Vendors { get; private set; } = [];

    /// <summary>The draft being edited; null for a new analysis.</summary>
    protected abstract Guid? DraftId { get; }

    public Task<IActionResult> OnPostAddRowAsync(CancellationToken ct) => RedisplayAsync(() => Input.Rows.Add(new AnalysisRowForm { Framework = Input.Frameworks.FirstOrDefault() }), ct);

    public Task<IActionResult> OnPostRemoveRowAsync(int index, CancellationToken ct) => RedisplayAsync(() =>
    {
        if (index >= 0 && index < Input.Rows.Count)
        {
            Input.Rows.RemoveAt(index);
        }
    }, ct);

    public Task<IActionResult> OnPostPrefillAsync(CancellationToken ct) => RedisplayAsync(Input.AddRowPerArticle, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) => await SaveAsync(Input.ToDocument(), ct);

    /// <summary>Replaces the form with an analysis JSON file; every problem is listed with its path and nothing is saved.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadVendorsAsync(ct);
        if (file is null || file.Length == 0 || file.Length > AnnexBody.MaxBytes)
        {
            ModelState.AddModelError("file", t["Analysis.ImportFile"]);
            return Page();
        }
        await using var stream = file.OpenReadStream();
        var (json, parseErrors) = await AnnexBody.ParseAsync(stream, ct);
        var errors = parseErrors;
        if (json is { } element && AnalysisJson.TryRead(element, out var document, out errors))
        {
            return await SaveAsync(document! with { Version = Input.Version }, ct);
        }
        foreach (var (field, codes) in errors.ByField)
        {
            foreach (var code in codes)
            {
                ModelState.AddModelError("file", $"{(field.Length == 0 ? "$" : field)}: {messages.Describe(field, code, "Analysis")}");
            }
        }
        return Page();
    }

    protected async Task LoadVendorsAsync(CancellationToken ct) =>
        Vendors = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(o => o.Kind != OrganisationKind.SchoolBoard).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(ct);

    private async Task<IActionResult> SaveAsync(AnalysisDocument document, CancellationToken ct)
    {
        var (result, unknown) = DraftId is { } id ? await writer.EditAsync(id, document, ct) : await writer.CreateAsync(document, ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Analysis.Saved"].Value;
                return Redirect($"/analyses/{result.Value!.Id}/edit");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
            case WriteOutcome.Stale:
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                break;
            default:
                messages.AddTo(ModelState, "Input", AnalysisForm.ForForm(result.Errors!), "Analysis");
                if (unknown.Count > 0)
                {
                    ModelState.AddModelError(string.Empty, t["Analysis.UnknownReferences", string.Join(", ", unknown)]);
                }
                // What was imported (or typed) stays on the page to correct.
                Input = AnalysisForm.From(document, Input.Version);
                break;
        }
        await LoadVendorsAsync(ct);
        return Page();
    }

    private async Task<IActionResult> RedisplayAsync(Action change, CancellationToken ct)
    {
        change();
        ModelState.Clear();
        await LoadVendorsAsync(ct);
        return Page();
    }
}
